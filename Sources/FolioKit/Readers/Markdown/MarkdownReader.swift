/// Reads Markdown files: CommonMark block structure and inline styles, YAML front matter for
/// the title, author and date. Headings become sections; inline styles become spans and links
/// go to `Article.links`.
public enum MarkdownReader {
    /// One block of the document after inline reading: a heading or a body block.
    struct RenderedBlock {
        /// The heading level, or nil for a body block.
        var headingLevel: Int?
        /// The body block (for headings: its text, source and spans).
        var block: Block
    }

    /// Reads the bytes of a Markdown file. Never fails: bytes that are not UTF-8 are read as
    /// Windows-1252.
    public static func read(_ bytes: [UInt8], path: String) -> Article {
        let text = sanitized(bytes)
        let front = FrontMatter(text)
        var links: [Link] = []
        var rendered = render(text, front: front, links: &links)

        var title = front.title.map(HTMLText.collapsed)
        // Front matter values as written may hold tabs: collapsed like the title itself.
        var titleLine = front.titleLine.map { SourceLine(line: $0.line, column: $0.column, text: HTMLText.collapsed($0.text)) }
        // A first heading of level 1 is the title when front matter gives none, and is
        // dropped when it repeats the front matter's title.
        if let first = rendered.firstIndex(where: { $0.headingLevel != nil }), rendered[first].headingLevel == 1,
            !HTMLText.isBlank(rendered[first].block.text),
            title == nil || title?.lowercased() == HTMLText.collapsed(rendered[first].block.text).lowercased()
        {
            let heading = rendered.remove(at: first).block
            if title == nil {
                let text = HTMLText.collapsed(heading.text)
                title = text
                titleLine = heading.source.first.map { SourceLine(line: $0.line, column: $0.column, text: text) }
            }
        }
        if title == nil, let first = rendered.first(where: { !HTMLText.isBlank($0.block.text) }) {
            let text = first.block.text.utf8
            let line = first.block.source.count > 1 ? text.prefix(first.block.source[1].textOffset) : text.prefix { $0 != 0x0A }
            title = HTMLText.collapsed(String(decoding: line, as: UTF8.self))
        }

        var sections: [Section] = []
        var current = Section(heading: nil, level: 0, blocks: [])
        for item in rendered {
            if let level = item.headingLevel {
                // An empty heading (`#` alone, `## `, `### ###`) is a heading with empty text,
                // as CommonMark reads it: it starts a section of its own.
                let heading = HTMLText.collapsed(item.block.text)
                if current.heading != nil || !current.blocks.isEmpty { sections.append(current) }
                let source = item.block.source.first.map { SourceLine(line: $0.line, column: $0.column, text: heading) }
                current = Section(heading: heading, level: level, headingSource: source, blocks: [])
            } else {
                current.blocks.append(item.block)
            }
        }
        if current.heading != nil || !current.blocks.isEmpty { sections.append(current) }

        let author = front.author.map(HTMLText.collapsed)
        return Article(
            path: path, format: .markdown, title: title.flatMap { $0.isEmpty ? nil : $0 } ?? FileName.readableTitle(ofPath: path),
            author: author.flatMap { $0.isEmpty ? nil : $0 }, published: front.date.flatMap(HTMLDate.parse),
            publishedText: front.date.map(HTMLText.collapsed), sections: sections, header: ArticleHeader(titleLine: titleLine),
            links: links)
    }

    /// The headings of a Markdown text in order, their text with line breaks kept (for tests
    /// against the CommonMark specification).
    static func headings(_ bytes: [UInt8]) -> [(level: Int, text: String)] {
        var links: [Link] = []
        let text = sanitized(bytes)
        return render(text, front: FrontMatter(text), links: &links).compactMap { item in
            item.headingLevel.map { ($0, item.block.text) }
        }
    }

    /// Whether `bytes` look like Markdown: front matter, or enough ATX headings, fences, list
    /// items, emphasis and link syntax in the first 4 KiB.
    public static func looksLikeMarkdown(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(4096)
        guard !sample.contains(0), let start = sample.firstIndex(where: { $0 > 0x20 }), sample[start] != 0x3C
        else { return false }
        if sample.starts(with: "---\n".utf8) || sample.starts(with: "---\r\n".utf8) { return FrontMatter(Array(sample)).bodyStart > 0 }
        var score = 0
        for line in MarkdownLine.lines(of: sample, firstLine: 1) where line.indent < 4 {
            let rest = line.rest
            if let heading = MarkdownSyntax.atxHeading(rest), !heading.content.isEmpty { score += 2 }
            if MarkdownSyntax.fence(line) != nil { score += 2 }
            if let marker = MarkdownSyntax.listMarker(rest), rest.count > marker.width + 1 { score += 1 }
            var index = rest.startIndex
            while index + 1 < rest.endIndex {
                if rest[index] == 0x5D, rest[index + 1] == 0x28 { score += 1 }
                if rest[index] == 0x2A, rest[index + 1] == 0x2A { score += 1 }
                index += 1
            }
        }
        return score >= 4
    }

    // MARK: - Reading

    private static func render(_ text: [UInt8], front: FrontMatter, links: inout [Link]) -> [RenderedBlock] {
        let lines = MarkdownLine.lines(of: text[front.bodyStart...], firstLine: front.bodyLine)
        var parser = MarkdownBlockParser()
        parser.parse(lines)
        var result: [RenderedBlock] = []
        result.reserveCapacity(parser.blocks.count)
        for block in parser.blocks {
            switch block.kind {
            case .code:
                // A fence with nothing inside is no block, as an empty paragraph is none.
                let code = codeBlock(block.lines)
                if !code.text.isEmpty { result.append(RenderedBlock(headingLevel: nil, block: code)) }
            case .heading(let level):
                result.append(
                    RenderedBlock(headingLevel: level, block: inlineBlock(block.lines, kind: .paragraph, parser, &links)))
            case .text(let kind):
                let rendered = trimmed(inlineBlock(block.lines, kind: kind, parser, &links))
                if !rendered.text.isEmpty {
                    var oneLine = rendered
                    oneLine.text = String(decoding: rendered.text.utf8.map { $0 == 0x0A ? 0x20 : $0 }, as: UTF8.self)
                    result.append(RenderedBlock(headingLevel: nil, block: oneLine))
                }
            }
        }
        return result
    }

    private static func inlineBlock(
        _ lines: [MarkdownLine], kind: BlockKind, _ parser: MarkdownBlockParser, _ links: inout [Link]
    ) -> Block {
        var content: [UInt8] = []
        var lineStarts: [Int] = []
        for line in lines {
            if !content.isEmpty || !lineStarts.isEmpty { content.append(0x0A) }
            lineStarts.append(content.count)
            content.append(contentsOf: line.bytes)
        }
        let inline = InlineMarkdown(content, definitions: parser.definitions, links: &links)
        var source: [SourceSegment] = []
        if let first = lines.first { source.append(SourceSegment(textOffset: 0, line: first.line, column: first.column)) }
        var lineIndex = 0
        for lineBreak in inline.breaks {
            while lineIndex + 1 < lineStarts.count, lineStarts[lineIndex + 1] <= lineBreak.contentOffset { lineIndex += 1 }
            let line = lines[lineIndex]
            let column = line.column + lineBreak.contentOffset - lineStarts[lineIndex]
            source.append(SourceSegment(textOffset: lineBreak.textOffset, line: line.line, column: column))
        }
        return Block(kind: kind, text: String(decoding: inline.text, as: UTF8.self), source: source, spans: inline.spans)
    }

    /// The block without white space at either end of its text (left by removed HTML tags),
    /// its spans and source segments moved to match.
    private static func trimmed(_ block: Block) -> Block {
        let bytes = Array(block.text.utf8)
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x0A { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0A { end -= 1 }
        guard start > 0 || end < bytes.count else { return block }
        var result = block
        result.text = String(decoding: bytes[start..<end], as: UTF8.self)
        result.spans = block.spans.compactMap { span in
            let lower = max(span.range.lowerBound - start, 0)
            let upper = min(span.range.upperBound - start, end - start)
            return lower < upper ? InlineSpan(range: lower..<upper, style: span.style) : nil
        }
        // The line the text starts on is the last one starting at or before `start`; lines
        // before it, and lines starting at or after `end`, hold only trimmed white space.
        let first = block.source.lastIndex { $0.textOffset <= start } ?? 0
        result.source = block.source[first...].compactMap { segment in
            guard segment.textOffset < end || segment.textOffset <= start else { return nil }
            var moved = segment
            if segment.textOffset < start { moved.column += start - segment.textOffset }
            moved.textOffset = max(0, segment.textOffset - start)
            return moved
        }
        return result
    }

    private static func codeBlock(_ lines: [MarkdownLine]) -> Block {
        var text: [UInt8] = []
        var source: [SourceSegment] = []
        for line in lines {
            if !source.isEmpty { text.append(0x0A) }
            source.append(SourceSegment(textOffset: text.count, line: line.line, column: line.column))
            var column = 0
            for byte in line.bytes {
                if byte == 0x09 {
                    let width = 4 - column % 4
                    text.append(contentsOf: repeatElement(0x20, count: width))
                    column += width
                } else {
                    text.append(byte)
                    if byte & 0xC0 != 0x80 { column += 1 }
                }
            }
        }
        return Block(kind: .code, text: String(decoding: text, as: UTF8.self), source: source)
    }

    /// The text as valid UTF-8 without a byte-order mark or control characters other than tab
    /// and line endings (C0, DEL, C1), so offsets stay stable and nothing reaches a terminal.
    static func sanitized(_ bytes: [UInt8]) -> [UInt8] {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let decoded: [UInt8]
        if String(validating: body, as: UTF8.self) != nil {
            decoded = Array(body)
        } else {
            decoded = Array((String(bytes: body, encoding: .windowsCP1252) ?? String(decoding: body, as: UTF8.self)).utf8)
        }
        var output: [UInt8] = []
        output.reserveCapacity(decoded.count)
        var index = 0
        while index < decoded.count {
            let byte = decoded[index]
            if byte == 0xC2, index + 1 < decoded.count, (0x80...0x9F).contains(decoded[index + 1]) {
                index += 2
                continue
            }
            if byte >= 0x20 && byte != 0x7F || byte == 0x09 || byte == 0x0A || byte == 0x0D { output.append(byte) }
            index += 1
        }
        return output
    }
}
