/// An article laid out as lines for a column of a given width: the title block (title, byline,
/// date with age and reading time), then each section's heading and blocks, word-wrapped by
/// display width. Each line records what part of the article it shows, so a reader can
/// highlight search hits, find section headings and keep its place across a resize. A
/// block's links are numbered like footnotes (`words[1]`, for `Article.links[0]`) and its
/// inline styles become the lines' spans.
///
/// Used by the reader pane and by `folio dump --format text`.
public struct ArticleLayout: Sendable {
    /// The article laid out.
    public let article: Article
    /// The column width; no line is wider.
    public let width: Int
    /// The lines, top to bottom.
    public private(set) var lines: [LayoutLine] = []
    /// For each section, the line it starts at: its heading, or the first line for the lead.
    public private(set) var sectionStarts: [Int] = []
    /// The lines showing each searchable place.
    private var placeLines: [TextPlace: Range<Int>] = [:]
    /// The blocks with inline spans, as shown (with their links' numbers).
    private var footnoted: [TextPlace: FootnotedText] = [:]
    /// The byline as shown (the source's byline line when there is one).
    private let bylineText: String?

    /// Lays out `article` for `width` columns (at least 2); `today` gives the age in the meta
    /// line, `dates` how its date is written.
    public init(article: Article, width: Int, today: SimpleDate, dates: DateStyle = .standard) {
        self.article = article
        self.width = max(2, width)
        bylineText = article.header.bylineLine?.text ?? article.author.map { "by \($0)" }
        appendWrapped(article.title, role: .readerTitle, content: .title)
        if let bylineText { appendWrapped(bylineText, role: .readerByline, content: .byline) }
        appendWrapped(ArticleLayout.metaText(article, today: today, dates: dates), role: .readerByline, content: .meta)
        for (sectionIndex, section) in article.sections.enumerated() {
            if let heading = section.heading {
                appendBlank()
                sectionStarts.append(lines.count)
                appendWrapped(heading, role: .readerHeading, content: .heading(section: sectionIndex))
            } else {
                sectionStarts.append(sectionIndex == 0 ? 0 : lines.count)
            }
            var previous: BlockKind?
            for (blockIndex, block) in section.blocks.enumerated() {
                let content = LineContent.block(section: sectionIndex, block: blockIndex)
                let keepsTogether = previous == .listItem && block.kind == .listItem
                appendBlock(block, content: content, blankBefore: previous != nil && !keepsTogether || previous == nil && section.heading == nil)
                previous = block.kind
            }
        }
    }

    /// The meta line: `June 15, 2024 · 2 years ago · 4 min read` (the date as `dates` writes
    /// it), or only the reading time when the article has no date.
    public static func metaText(_ article: Article, today: SimpleDate, dates: DateStyle = .standard) -> String {
        var parts: [String] = []
        if let published = article.published { parts += dates.readerParts(published, today: today) }
        parts.append("\(article.readingMinutes) min read")
        return parts.joined(separator: " · ")
    }

    /// The whole layout as text, one line per layout line.
    public var text: String { lines.map(\.text).joined(separator: "\n") }

    // MARK: - Finding lines

    /// The section a line belongs to (lines above the first heading belong to the first).
    public func section(atLine line: Int) -> Int {
        var low = 0
        var high = sectionStarts.count
        while low < high {
            let middle = (low + high) / 2
            if sectionStarts[middle] <= line { low = middle + 1 } else { high = middle }
        }
        return max(0, low - 1)
    }

    /// The line showing a UTF-8 offset of a place's text, or nil when no line shows the place.
    public func line(of place: TextPlace, offset: Int) -> Int? {
        guard let range = placeLines[place] else { return nil }
        let offset = footnoted[place]?.shown(offset, isEnd: false) ?? offset
        var low = range.lowerBound
        var high = range.upperBound - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lines[middle].range.lowerBound <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The reading position of a line: the part it shows (or, for a blank line, the next part)
    /// and the offset its text starts at.
    public func anchor(atLine line: Int) -> LayoutAnchor {
        guard !lines.isEmpty else { return LayoutAnchor(content: .title) }
        var index = min(max(0, line), lines.count - 1)
        while index < lines.count - 1, lines[index].content == .blank { index += 1 }
        let offset = lines[index].range.lowerBound
        let original = lines[index].content.place.flatMap { footnoted[$0]?.original(offset) } ?? offset
        return LayoutAnchor(content: lines[index].content, offset: original)
    }

    /// The line showing an anchor (the first line when the part is not in this layout).
    public func line(of anchor: LayoutAnchor) -> Int {
        if let place = anchor.content.place { return line(of: place, offset: anchor.offset) ?? 0 }
        return lines.firstIndex { $0.content == anchor.content } ?? 0
    }

    /// The columns of line `index` that show the UTF-8 range `range` of the line's place text
    /// (as search sees it), or nil when the line shows none of it.
    public func columns(of range: Range<Int>, onLine index: Int) -> Range<Int>? {
        guard lines.indices.contains(index), let place = lines[index].content.place,
            let text = text(of: place)
        else { return nil }
        guard let shown = footnoted[place] else { return Self.columns(of: range, in: text, line: lines[index]) }
        return Self.columns(of: shown.shown(range), in: shown.text, line: lines[index])
    }

    /// The columns of `line` that show `range` of `text` (the line's place text as shown).
    private static func columns(of range: Range<Int>, in text: String, line: LayoutLine) -> Range<Int>? {
        let lower = max(range.lowerBound, line.range.lowerBound)
        let upper = min(range.upperBound, line.range.upperBound)
        guard lower < upper else { return nil }
        let utf8 = text.utf8
        func offset(_ value: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: min(value, utf8.count)) }
        let start = line.textColumn + TextWrapper.width(utf8[offset(line.range.lowerBound)..<offset(lower)])
        return start..<start + TextWrapper.width(utf8[offset(lower)..<offset(upper)])
    }

    /// The text of a place as the reader shows it: with the footnote numbers of its links
    /// (`text[1]`). Lines' ranges (`LayoutLine.range`) are offsets into it.
    public func shownText(of place: TextPlace) -> String? {
        footnoted[place]?.text ?? text(of: place)
    }

    /// The searchable text of a place, as search sees it.
    public func text(of place: TextPlace) -> String? {
        switch place {
        case .title: return article.title
        case .byline: return bylineText
        case .heading(let section):
            return article.sections.indices.contains(section) ? article.sections[section].heading : nil
        case .block(let section, let block):
            guard article.sections.indices.contains(section), article.sections[section].blocks.indices.contains(block)
            else { return nil }
            return article.sections[section].blocks[block].text
        }
    }

    // MARK: - Building

    private mutating func appendBlank() {
        if let last = lines.last, last.content != .blank {
            lines.append(LayoutLine(text: "", role: .readerText, content: .blank))
        }
    }

    private mutating func appendWrapped(_ text: String, role: ThemeRole, content: LineContent) {
        let ranges = ArticleLayout.withBytes(text) { TextWrapper.wrap($0, width: width) }
        append(ranges, of: text, role: role, content: content, prefix: "", continuation: "")
    }

    private mutating func appendBlock(_ block: Block, content: LineContent, blankBefore: Bool) {
        let indent = block.kind == .listItem || block.kind == .quote ? 2 : 0
        var text = block.text
        var spans: [(range: Range<Int>, role: ThemeRole)] = []
        if !block.spans.isEmpty, let place = content.place {
            let shown = FootnotedText(block)
            footnoted[place] = shown
            text = shown.text
            spans = shown.spans
        }
        let ranges = ArticleLayout.withBytes(text) { bytes -> [Range<Int>] in
            guard block.kind == .code else { return TextWrapper.wrap(bytes, width: width - indent) }
            var result: [Range<Int>] = []
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
                result.append(TextWrapper.clip(bytes, start..<index, width: width))
                start = index + 1
            }
            return result
        }
        guard !ranges.isEmpty else { return }
        if blankBefore { appendBlank() }
        let (role, prefix, continuation): (ThemeRole, String, String) =
            switch block.kind {
            case .paragraph: (.readerText, "", "")
            case .listItem: (.readerText, "• ", "  ")
            case .quote: (.readerQuote, "│ ", "│ ")
            case .code: (.readerCode, "", "")
            }
        append(ranges, of: text, role: role, content: content, prefix: prefix, continuation: continuation, spans: spans)
    }

    private mutating func append(
        _ ranges: [Range<Int>], of text: String, role: ThemeRole, content: LineContent, prefix: String,
        continuation: String, spans: [(range: Range<Int>, role: ThemeRole)] = []
    ) {
        let first = lines.count
        let utf8 = text.utf8
        var index = utf8.startIndex
        var position = 0
        // Spans by where they start; those reaching into the current line are active.
        let order = spans.indices.sorted { spans[$0].range.lowerBound < spans[$1].range.lowerBound }
        var nextSpan = 0
        var active: [Int] = []
        for (number, range) in ranges.enumerated() {
            index = utf8.index(index, offsetBy: range.lowerBound - position)
            let end = utf8.index(index, offsetBy: range.count)
            position = range.upperBound
            let lead = number == 0 ? prefix : continuation
            var line = LayoutLine(
                text: lead + String(decoding: utf8[index..<end], as: UTF8.self), role: role, content: content,
                range: range, textColumn: lead.isEmpty ? 0 : 2)
            while nextSpan < order.count, spans[order[nextSpan]].range.lowerBound < range.upperBound {
                active.append(order[nextSpan])
                nextSpan += 1
            }
            active.removeAll { spans[$0].range.upperBound <= range.lowerBound }
            active.sort()
            line.spans = active.compactMap { span in
                Self.columns(of: spans[span].range, in: text, line: line).map { LineSpan(columns: $0, role: spans[span].role) }
            }
            lines.append(line)
            index = end
        }
        if let place = content.place, lines.count > first { placeLines[place] = first..<lines.count }
    }

    private static func withBytes<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var text = text
        return text.withUTF8(body)
    }
}
