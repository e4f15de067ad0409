/// How much of one text's wording another repeats (Readability's `_textSimilarity`).
enum TextSimilarity {
    /// 1 when every word of `b` is in `a`, towards 0 as `b` has more words of its own;
    /// words are lowercased runs of letters and digits.
    static func similarity(_ a: String, _ b: String) -> Double {
        let wordsA = Set(words(a))
        let wordsB = words(b)
        guard !wordsA.isEmpty, !wordsB.isEmpty else { return 0 }
        let unique = wordsB.filter { !wordsA.contains($0) }
        let total = wordsB.joined(separator: " ").count
        return 1 - Double(unique.joined(separator: " ").count) / Double(total)
    }

    /// Lowercased runs of letters and digits.
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }
}
