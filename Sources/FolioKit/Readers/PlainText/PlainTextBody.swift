/// The body of a plain-text article as items (paragraphs and list items over source lines),
/// and the decision which standalone lines are headings.
struct PlainTextBody {
    /// One paragraph or list item, before its text is built.
    struct Item {
        /// Paragraph or list item.
        var kind: BlockKind
        /// Indices into the scanned lines.
        var lines: Range<Int>
        /// Where the text of the first line starts (after a list marker).
        var firstTextStart: Int
        /// The column of `firstTextStart`.
        var firstColumn: Int
        /// A lone numbered line (`21) Star Wars`): a heading when body paragraphs stand on
        /// both sides of it, otherwise a list item (its marker then dropped).
        var numberedMarker: ListMarker.Match?
        /// The item's shape when it could be a heading (one line, or a wrapped short line).
        var shape: HeadingShape?
        /// Starts with a lowercase word (the rest of a sentence broken by a blank line).
        var startsLowercase = false
        /// Ends like a sentence.
        var endsLikeSentence = false

        /// The item as body text: a numbered line that is no heading becomes a list item.
        var asBlockItem: Item {
            guard let marker = numberedMarker else { return self }
            var item = self
            item.kind = .listItem
            item.firstColumn += marker.columns
            item.firstTextStart = marker.textStart
            item.numberedMarker = nil
            return item
        }

        /// True when the shape allows a heading here.
        var isCandidate: Bool {
            guard let shape, !shape.isTableRow else { return false }
            return shape.isHeadingLike || shape.isTitleLikeQuestion
        }
    }

    /// The items in reading order.
    var items: [Item]
    /// For each item, whether it is a heading.
    var isHeading: [Bool]
    /// The last paragraph, dropped as scraping debris (see `isDebris`).
    var trailer: Item?

    /// A run of this many consecutive candidate lines is a list of links or short lines, not a
    /// stack of headings: only its last line may head what follows.
    static let longRun = 5
    /// A two-line paragraph whose first line is at least this long may be one wrapped heading.
    static let minWrappedLineLength = 50

    /// Splits paragraphs (ranges of non-blank lines) into items and finds the headings. The
    /// last item is dropped as debris (`trailer`) when it looks like it (`isDebris`). The item
    /// of line `textLine` (a dateline kept as text) is neither a heading nor debris.
    init(paragraphs: [Range<Int>], lines: [ScannedLine], bytes: UnsafeBufferPointer<UInt8>, textLine: Int? = nil) {
        var items: [Item] = []
        for paragraph in paragraphs {
            Self.appendItems(of: paragraph, lines: lines, bytes: bytes, to: &items)
        }
        if let textLine, let index = items.firstIndex(where: { $0.lines.contains(textLine) }) { items[index].shape = nil }
        if Self.isDebris(items, lines: lines, bytes: bytes) { trailer = items.removeLast() }
        self.items = items
        isHeading = Self.headings(items)
    }

    // MARK: - Debris

    /// True when the last item is scraping debris: a lone heading-like line (or one wrapped
    /// over two) made of the words of page furniture (`DebrisLine`), which the text before it
    /// does not lead into (that text does not end in `,`, `:`, `;`, `…` or a dash). A short
    /// closing line of the text (`See you soon.` then `Bob`) stays.
    private static func isDebris(_ items: [Item], lines: [ScannedLine], bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = items.last, last.kind == .paragraph, last.numberedMarker == nil,
            last.shape?.isHeadingLike == true
        else { return false }
        for index in last.lines {
            guard DebrisLine.matches(bytes, from: lines[index].textStart, to: lines[index].textEnd) else { return false }
        }
        guard items.count > 1, let before = items[items.count - 2].lines.last.map({ lines[$0] }) else { return true }
        return !HeadingShape.leadsOn(bytes, from: before.textStart, to: before.textEnd)
    }

    // MARK: - Items

    private static func appendItems(
        of paragraph: Range<Int>, lines: [ScannedLine], bytes: UnsafeBufferPointer<UInt8>, to items: inout [Item]
    ) {
        let first = lines[paragraph.lowerBound]
        guard let marker = ListMarker.match(in: bytes, from: first.textStart, to: first.textEnd) else {
            var item = Item(
                kind: .paragraph, lines: paragraph, firstTextStart: first.textStart, firstColumn: first.column)
            item.shape = shape(of: paragraph, lines: lines, bytes: bytes)
            item.startsLowercase = HeadingShape.startsLowercase(bytes, from: first.textStart, to: first.textEnd)
            let last = lines[paragraph.upperBound - 1]
            item.endsLikeSentence = HeadingShape.endsLikeSentence(bytes, from: last.textStart, to: last.textEnd)
            items.append(item)
            return
        }
        if marker.isNumbered, paragraph.count == 1 {
            let shape = HeadingShape(bytes, from: first.textStart, to: first.textEnd)
            if shape.isHeadingLike || shape.isTitleLikeQuestion {
                var item = Item(
                    kind: .paragraph, lines: paragraph, firstTextStart: first.textStart, firstColumn: first.column)
                item.numberedMarker = marker
                item.shape = shape
                items.append(item)
                return
            }
        }
        var itemStart = paragraph.lowerBound
        var current = marker
        for index in paragraph.dropFirst() {
            let line = lines[index]
            guard let next = ListMarker.match(in: bytes, from: line.textStart, to: line.textEnd) else { continue }
            items.append(listItem(itemStart..<index, marker: current, lines: lines))
            itemStart = index
            current = next
        }
        items.append(listItem(itemStart..<paragraph.upperBound, marker: current, lines: lines))
    }

    private static func listItem(_ range: Range<Int>, marker: ListMarker.Match, lines: [ScannedLine]) -> Item {
        Item(
            kind: .listItem, lines: range, firstTextStart: marker.textStart,
            firstColumn: lines[range.lowerBound].column + marker.columns)
    }

    /// The shape of a one-line paragraph, or of two lines that look like one wrapped short
    /// line (the first line long, both together within a heading's length); nil otherwise.
    private static func shape(of paragraph: Range<Int>, lines: [ScannedLine], bytes: UnsafeBufferPointer<UInt8>)
        -> HeadingShape?
    {
        let first = lines[paragraph.lowerBound]
        if paragraph.count == 1 { return HeadingShape(bytes, from: first.textStart, to: first.textEnd) }
        guard paragraph.count == 2, first.textEnd - first.textStart <= 4 * HeadingShape.maxCharacters else {
            return nil
        }
        let second = lines[paragraph.lowerBound + 1]
        let firstLength = ByteText.scalarCount(in: bytes, from: first.textStart, to: first.textEnd)
        let secondLength = ByteText.scalarCount(in: bytes, from: second.textStart, to: second.textEnd)
        guard firstLength >= Self.minWrappedLineLength, firstLength + 1 + secondLength <= HeadingShape.maxCharacters
        else { return nil }
        let joined =
            ByteText.string(bytes, from: first.textStart, to: first.textEnd) + " "
            + ByteText.string(bytes, from: second.textStart, to: second.textEnd)
        var utf8 = Array(joined.utf8)
        return utf8.withUnsafeMutableBufferPointer { HeadingShape(UnsafeBufferPointer($0), from: 0, to: $0.count) }
    }

    // MARK: - Headings

    /// Decides headings from the last item back, so each decision can see what follows. A
    /// candidate heads a section when a list follows, when
    /// another heading follows (unless it is part of a long run of short lines), or when a
    /// longer paragraph follows that ends like a sentence and does not start in lowercase
    /// (labels such as `Image` are followed by credits, broken lines by their continuation).
    /// A numbered line heads a section only between body paragraphs; next to other items it
    /// is a list item.
    private static func headings(_ items: [Item]) -> [Bool] {
        var isHeading = Array(repeating: false, count: items.count)
        let runLengths = candidateRunLengths(items)
        for index in items.indices.reversed() where items[index].isCandidate {
            let item = items[index]
            let isNumbered = item.numberedMarker != nil
            // The last line heads nothing: it is the text's closing line.
            guard index + 1 < items.count else { continue }
            let next = items[index + 1]
            if isNumbered, index > 0, items[index - 1].kind == .listItem || items[index - 1].numberedMarker != nil {
                continue
            }
            if isHeading[index + 1] {
                isHeading[index] = runLengths[index] < longRun && !isNumbered
            } else if next.kind == .listItem || next.numberedMarker != nil {
                isHeading[index] = !isNumbered
            } else if !next.isCandidate, !next.startsLowercase {
                let longer =
                    next.lines.count > 1
                    || (next.shape?.length ?? Int.max) > (item.shape?.length ?? 0)
                isHeading[index] = longer && next.endsLikeSentence
            }
        }
        return isHeading
    }

    /// For each candidate, the length of the run of consecutive candidates it belongs to.
    private static func candidateRunLengths(_ items: [Item]) -> [Int] {
        var lengths = Array(repeating: 0, count: items.count)
        var runStart = 0
        for index in 0...items.count {
            if index < items.count, items[index].isCandidate { continue }
            for member in runStart..<index { lengths[member] = index - runStart }
            runStart = index + 1
        }
        return lengths
    }
}
