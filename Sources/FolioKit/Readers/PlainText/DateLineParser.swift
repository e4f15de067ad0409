/// Recognises an article's dateline: `Published: June 15, 2024 (1 month ago)`,
/// `Updated: …`, `Posted on …`, or a line that is just a date (`15 June 2024`, `2024-06-15`,
/// `Jun 15, 2024, 10:30 AM`).
enum DateLineParser {
    /// Whether a dateline gives the publication date or a later update.
    enum Kind: Sendable, Equatable {
        case published
        case updated
    }

    /// A recognised dateline.
    struct Match: Sendable, Equatable {
        /// The date found.
        var date: SimpleDate
        /// What the date stands for.
        var kind: Kind
        /// The date text as written after the label (the whole line for a bare date).
        var textRange: Range<Int>
    }

    /// The dateline in `start..<end`, or nil when the line is not one.
    static func match(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Match? {
        if let (kind, textStart) = label(in: bytes, from: start, to: end) {
            var cursor = DateCursor(bytes: bytes, index: textStart, end: end)
            guard textStart < end, let date = cursor.date() else { return nil }
            return Match(date: date, kind: kind, textRange: textStart..<end)
        }
        var cursor = DateCursor(bytes: bytes, index: start, end: end)
        guard let date = cursor.date(), cursor.restIsTimeOrNote() else { return nil }
        return Match(date: date, kind: .published, textRange: start..<end)
    }

    /// The kind of a labelled line and where its text starts.
    private static func label(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> (Kind, Int)? {
        for (word, kind) in labels where ByteText.hasPrefix(word, in: bytes, at: start, end: end) {
            var index = start + word.utf8CodeUnitCount
            guard index < end, bytes[index] == 0x3A || bytes[index] == 0x20 else { continue }
            if bytes[index] == 0x3A { index += 1 }
            index = ByteText.skipSpaces(in: bytes, from: index, end: end)
            if ByteText.hasPrefix("on ", in: bytes, at: index, end: end) {
                index = ByteText.skipSpaces(in: bytes, from: index + 3, end: end)
            }
            return (kind, index)
        }
        return nil
    }

    /// Labels, longest first.
    private static let labels: [(StaticString, Kind)] = [
        ("originally published", .published), ("first published", .published), ("published", .published),
        ("posted", .published), ("date", .published), ("last updated", .updated), ("updated", .updated),
        ("modified", .updated),
    ]
}
