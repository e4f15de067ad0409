/// Recognises a byline among an article's header lines: `by NAME`, `By A and B`,
/// `Written by NAME`, `Author: NAME` (any case). The author is everything after the label, as
/// written: `by Written by Rob Ewaschuk` gives `Written by Rob Ewaschuk`.
enum BylineParser {
    /// A line that starts with a byline label.
    struct Match: Sendable, Equatable {
        /// The byte range of the name part.
        var name: Range<Int>
        /// The line reads like a sentence of body text that happens to start with "By"
        /// (`By the time we left, it was over.`): it ends in `.`, `!` or `?` and has more than
        /// six words or a lowercase word after the label. A lowercase `by` label, the scraped
        /// byline's own form, is never taken for a sentence's first word.
        var looksLikeSentence: Bool
    }

    /// The byline in the line `start..<end`, if the line starts with a label and a name.
    static func match(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Match? {
        guard let labelEnd = labelEnd(in: bytes, from: start, to: end) else { return nil }
        let nameStart = ByteText.skipSpaces(in: bytes, from: labelEnd, end: end)
        guard nameStart < end else { return nil }
        let last = bytes[end - 1]
        var sentence = false
        let lowercaseBy = bytes[start] == 0x62 && bytes[start + 1] == 0x79
        if !lowercaseBy, last == 0x2E || last == 0x21 || last == 0x3F {
            var words = 1
            for index in start..<end where bytes[index] == 0x20 { words += 1 }
            sentence = words > 6 || HeadingShape.startsLowercase(bytes, from: nameStart, to: end)
        }
        return Match(name: nameStart..<end, looksLikeSentence: sentence)
    }

    /// Where the label ends (before the name), when the line starts with one.
    private static func labelEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        for label in labels where ByteText.hasPrefix(label, in: bytes, at: start, end: end) {
            let after = start + label.utf8CodeUnitCount
            if label.utf8Start[label.utf8CodeUnitCount - 1] == 0x3A { return after }
            if after < end, bytes[after] == 0x3A { return after + 1 }
            if after < end, ByteText.spaceWidth(in: bytes, at: after, end: end) > 0 { return after }
        }
        return nil
    }

    /// Labels, longest first; those ending in `:` need no space after them.
    private static let labels: [StaticString] = ["written by", "authors:", "author:", "by"]
}
