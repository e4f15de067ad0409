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
        /// The date text as written after the label (the whole line for a bare date; only the
        /// date, its time and notes when other words follow).
        var textRange: Range<Int>
        /// The line goes on with words that are not part of the date (`Last updated
        /// September 14, 2016 and corrected since`): the line is text of the article too.
        var hasOtherWords = false
    }

    /// The dateline in `start..<end`, or nil when the line is not one. A labelled line may go
    /// on with other words after its date (`hasOtherWords`); a bare date may not.
    static func match(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Match? {
        if let (kind, textStart) = label(in: bytes, from: start, to: end) {
            var cursor = DateCursor(bytes: bytes, index: textStart, end: end)
            guard textStart < end, let date = cursor.date() else { return nil }
            let dateEnd = cursor.index
            guard restIsDateText(&cursor) else {
                return Match(date: date, kind: kind, textRange: textStart..<dateEnd, hasOtherWords: true)
            }
            return Match(date: date, kind: kind, textRange: textStart..<end)
        }
        guard let date = date(in: bytes, from: start, to: end) else { return nil }
        return Match(date: date, kind: .published, textRange: start..<end)
    }

    /// The date of a line that holds only date text: a date, then times, zones, notes and
    /// further labelled dates (`April 28, 2019 at 6:01 am Updated April 29, 2019`); nil when
    /// anything else is in the line.
    static func date(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> SimpleDate? {
        var cursor = DateCursor(bytes: bytes, index: start, end: end)
        guard let date = cursor.date(), restIsDateText(&cursor) else { return nil }
        return date
    }

    /// The date of `text` when it holds only date text (see `date(in:from:to:)`).
    static func date(ofText text: String) -> SimpleDate? {
        var text = text
        return text.withUTF8 { date(in: $0, from: 0, to: $0.count) }
    }

    /// After a date: true when the rest of the line is times, notes and labelled dates.
    private static func restIsDateText(_ cursor: inout DateCursor) -> Bool {
        while !cursor.restIsTimeOrNote() {
            // Stopped at a word that is no time: it may label another date.
            guard let (_, textStart) = label(in: cursor.bytes, from: cursor.index, to: cursor.end) else { return false }
            cursor.index = textStart
            guard cursor.date() != nil else { return false }
        }
        return true
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
