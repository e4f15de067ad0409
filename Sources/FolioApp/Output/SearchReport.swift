import FolioKit

/// One hit placed in its source file: the line it is on, the section it is in and the text of
/// that line around it.
struct LocatedHit {
    /// The section heading, nil for the lead, title and byline.
    var section: String?
    /// 1-based source line, nil when the reader gave no source position.
    var line: Int?
    /// 1-based source column in Unicode scalars, nil when unknown.
    var column: Int?
    /// The text of the whole line.
    var context: Substring
    /// The hit's UTF-8 range within `context`.
    var range: Range<Int>
    /// Identifies the line within the article, to group hits that share it.
    var lineKey: LineKey

    /// A place plus the index of the source segment within it.
    struct LineKey: Equatable {
        var place: TextPlace
        var segment: Int
    }
}

/// Places the hits of a search in an article's source and formats them.
enum SearchReport {
    /// Lines longer than this (in UTF-8 bytes) are shown as windows around the hits.
    static let longLine = 1000

    /// The hits of a search in `article`, located in its source.
    static func locate(_ hits: [SearchHit], in article: Article) -> [LocatedHit] {
        var located: [LocatedHit] = []
        var cursor = ColumnCursor()
        for hit in hits {
            switch hit.place {
            case .title:
                located.append(headerHit(hit, text: article.title, source: article.header.titleLine, section: nil))
            case .byline:
                let byline = article.header.bylineLine
                located.append(headerHit(hit, text: byline?.text ?? "", source: byline, section: nil))
            case .heading(let section):
                let heading = article.sections[section]
                located.append(headerHit(hit, text: heading.heading ?? "", source: heading.headingSource, section: heading.heading))
            case .block(let section, let blockIndex):
                let block = article.sections[section].blocks[blockIndex]
                located.append(blockHit(hit, block: block, section: article.sections[section].heading, cursor: &cursor))
            }
        }
        return located
    }

    private static func headerHit(_ hit: SearchHit, text: String, source: SourceLine?, section: String?) -> LocatedHit {
        // Column 0: only the line is known.
        var column = source.flatMap { $0.column > 0 ? $0.column : nil }
        if let start = column, source?.text == text {
            column = start + scalarCount(text.utf8.prefix(hit.range.lowerBound))
        }
        return LocatedHit(
            section: section, line: source?.line, column: column, context: Substring(text), range: hit.range,
            lineKey: .init(place: hit.place, segment: 0))
    }

    private static func blockHit(_ hit: SearchHit, block: Block, section: String?, cursor: inout ColumnCursor) -> LocatedHit {
        let utf8 = block.text.utf8
        guard let segmentIndex = block.source.lastIndex(where: { $0.textOffset <= hit.range.lowerBound }) else {
            return LocatedHit(
                section: section, line: nil, column: nil, context: Substring(block.text), range: hit.range,
                lineKey: .init(place: hit.place, segment: -1))
        }
        let segment = block.source[segmentIndex]
        let nextOffset = segmentIndex + 1 < block.source.count ? block.source[segmentIndex + 1].textOffset : utf8.count
        var end = min(nextOffset, utf8.count)
        while end > segment.textOffset, [0x20, 0x0A, 0x0D].contains(utf8[utf8.index(utf8.startIndex, offsetBy: end - 1)]) {
            end -= 1
        }
        let startIndex = utf8.index(utf8.startIndex, offsetBy: segment.textOffset)
        let endIndex = utf8.index(utf8.startIndex, offsetBy: max(end, segment.textOffset))
        let context = Substring(block.text[startIndex..<endIndex])
        // Column 0: only the line is known.
        let column = segment.column > 0
            ? segment.column + cursor.scalars(in: block.text, place: hit.place, from: segment.textOffset, to: hit.range.lowerBound) : nil
        let start = hit.range.lowerBound - segment.textOffset
        let range = start..<max(start, min(hit.range.upperBound - segment.textOffset, context.utf8.count))
        return LocatedHit(
            section: section, line: segment.line, column: column, context: context, range: range,
            lineKey: .init(place: hit.place, segment: segmentIndex))
    }

    /// The UTF-8 bounds of the part of `context` to show for a hit at `range`: the whole
    /// line, or for a very long line a window of about 800 bytes starting a little before it.
    static func window(around range: Range<Int>, in context: Substring) -> Range<Int> {
        let utf8 = context.utf8
        guard utf8.count > longLine else { return 0..<utf8.count }
        var lower = max(0, range.lowerBound - 200)
        var upper = min(utf8.count, max(range.upperBound, lower + 800))
        func isBoundary(_ offset: Int) -> Bool {
            offset == 0 || offset == utf8.count || utf8[utf8.index(utf8.startIndex, offsetBy: offset)] & 0xC0 != 0x80
        }
        while !isBoundary(lower) { lower -= 1 }
        while !isBoundary(upper) { upper += 1 }
        return lower..<upper
    }

    static func scalarCount(_ bytes: some Sequence<UInt8>) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
    }
}

/// Counts Unicode scalars up to increasing offsets of one text without starting over.
private struct ColumnCursor {
    private var place: TextPlace?
    private var offset = 0
    private var scalars = 0

    /// Scalars in `text` between UTF-8 offsets `start` and `end`.
    mutating func scalars(in text: String, place: TextPlace, from start: Int, to end: Int) -> Int {
        if self.place != place || offset > end || offset < start {
            self.place = place
            offset = start
            scalars = 0
        }
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: offset)
        let to = utf8.index(utf8.startIndex, offsetBy: end)
        scalars += SearchReport.scalarCount(utf8[from..<to])
        offset = end
        return scalars
    }
}
