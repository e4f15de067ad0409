import Foundation

/// Finds a regular expression in text with NSRegularExpression, reporting UTF-8 ranges.
/// Empty matches (from patterns like `a*`) are skipped. Pattern and text are matched in their
/// canonical composition (`CanonicalComposition`), as literal search does.
struct RegexMatcher: Sendable {
    private let regex: NSRegularExpression

    /// Compiles `pattern`; throws `SearchError.invalidRegex` with the reason when it does not.
    init(_ pattern: String, ignoresCase: Bool, wholeWord: Bool) throws(SearchError) {
        let word = "[\\p{L}\\p{N}_\\p{M}]"
        let composed = CanonicalComposition.composed(pattern)
        let source = wholeWord ? "(?<!\(word))(?:\(composed))(?!\(word))" : composed
        do {
            regex = try NSRegularExpression(pattern: source, options: ignoresCase ? [.caseInsensitive] : [])
        } catch {
            throw .invalidRegex(Self.reason(pattern))
        }
    }

    /// The UTF-8 byte ranges of the non-empty matches in `text`, as far as `budget` lets the
    /// search go: the match engine reports its progress at each place it tries a match and
    /// every few thousand steps within one attempt, and the budget is consulted there, so one
    /// long line is bounded as well as many short ones. When the budget runs out (or the search
    /// is cancelled) the matches found so far are returned and `budget.isExhausted` is set.
    func ranges(in text: String, budget: inout SearchBudget) -> [Range<Int>] {
        var text = text
        let composed = text.withUTF8 { bytes in
            CanonicalComposition.firstUnstable(in: bytes) == nil ? nil : CanonicalComposition.compose(bytes)
        }
        guard let composed else { return matches(in: text, budget: &budget) }
        return matches(in: String(decoding: composed.bytes, as: UTF8.self), budget: &budget).map(composed.original)
    }

    /// `ranges(in:budget:)` on text that is composed.
    private func matches(in text: String, budget: inout SearchBudget) -> [Range<Int>] {
        let length = text.utf16.count
        guard budget.begin(units: length) else { return [] }
        var utf16Ranges: [NSRange] = []
        // The block may not capture an inout parameter: it works on a copy, put back after.
        var left = budget
        defer { budget = left }
        regex.enumerateMatches(in: text, options: [.reportProgress], range: NSRange(location: 0, length: length)) { match, _, stop in
            guard let match else {
                if !left.report() { stop.pointee = true }
                return
            }
            if match.range.length > 0 { utf16Ranges.append(match.range) }
        }
        guard !utf16Ranges.isEmpty else { return [] }
        if length == text.utf8.count { return utf16Ranges.map { $0.location..<$0.location + $0.length } }
        return UTF16ToUTF8(text).convert(utf16Ranges)
    }

    /// A readable reason why `pattern` does not compile.
    private static func reason(_ pattern: String) -> String {
        var depth = 0
        var escaped = false
        var inClass = false
        for character in pattern {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "[" where !inClass: inClass = true
            case "]" where inClass: inClass = false
            case "(" where !inClass: depth += 1
            case ")" where !inClass: depth -= 1
            default: break
            }
            if depth < 0 { return "'\(pattern)': unmatched ')'" }
        }
        if escaped { return "'\(pattern)': trailing backslash" }
        if inClass { return "'\(pattern)': missing ']'" }
        if depth > 0 { return "'\(pattern)': missing ')'" }
        return "'\(pattern)' is not a valid pattern"
    }
}

/// Converts increasing UTF-16 offsets of a string into UTF-8 offsets in one pass.
private struct UTF16ToUTF8 {
    let scalars: String.UnicodeScalarView

    init(_ text: String) { scalars = text.unicodeScalars }

    func convert(_ ranges: [NSRange]) -> [Range<Int>] {
        var index = scalars.startIndex
        var utf16 = 0, utf8 = 0
        func advance(to target: Int) -> Int {
            while utf16 < target, index < scalars.endIndex {
                let scalar = scalars[index]
                utf16 += scalar.utf16.count
                utf8 += scalar.utf8.count
                scalars.formIndex(after: &index)
            }
            return utf8
        }
        return ranges.map { range in
            let start = advance(to: range.location)
            return start..<advance(to: range.location + range.length)
        }
    }
}
