/// Recognises a byline among an article's header lines: `by NAME`, `By A and B`,
/// `Written by NAME`, `Author: NAME` (any case). The author is everything after the label, as
/// written: `by Written by Rob Ewaschuk` gives `Written by Rob Ewaschuk`.
enum BylineParser {
    /// The byte range of the name part when the line `start..<end` is a byline, else nil.
    static func name(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Range<Int>? {
        guard let labelEnd = labelEnd(in: bytes, from: start, to: end) else { return nil }
        let nameStart = ByteText.skipSpaces(in: bytes, from: labelEnd, end: end)
        guard nameStart < end, !looksLikeSentence(bytes, from: start, to: end) else { return nil }
        return nameStart..<end
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

    /// A body sentence that happens to start with "By" (`By the time we left, it was over.`):
    /// more than six words ending in `.`, `!` or `?`.
    private static func looksLikeSentence(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        let last = bytes[end - 1]
        guard last == 0x2E || last == 0x21 || last == 0x3F else { return false }
        var words = 1
        for index in start..<end where bytes[index] == 0x20 { words += 1 }
        return words > 6
    }
}
