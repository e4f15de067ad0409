/// Reads scraped plain-text articles: the title line, a byline and dateline under it, then
/// paragraphs separated by blank lines, with headings recognised by their shape.
///
/// Works on UTF-8 bytes: lines are byte ranges, classified on bytes; strings are built only
/// for the texts that end up in the article. Linear in the input size.
public enum PlainTextReader {
    /// Parses the bytes of a plain-text article. Never fails: bytes that are not UTF-8 are read
    /// as Windows-1252, control characters become spaces, and an empty file gives an article
    /// titled after its file name with no sections.
    public static func read(_ bytes: [UInt8], path: String) -> Article {
        let clean = TextDecoding.cleanUTF8(bytes)
        return clean.withUnsafeBufferPointer { read(buffer: $0, path: path) }
    }

    private static func read(buffer: UnsafeBufferPointer<UInt8>, path: String) -> Article {
        let lines = LineScanner.lines(in: buffer)
        let paragraphs = paragraphRanges(lines)
        guard let header = PlainTextHeader(paragraphs: paragraphs, lines: lines, bytes: buffer) else {
            return Article(
                path: path, format: .plainText, title: PlainTextHeader.readableTitle(fromPath: path), sections: [])
        }
        let body = PlainTextBody(paragraphs: header.bodyParagraphs, lines: lines, bytes: buffer, textLine: header.datelineInBody)
        var builder = BlockTextBuilder(bytes: buffer, lines: lines)
        var sections: [Section] = []
        var lead: [Block] = []
        for (index, item) in body.items.enumerated() {
            if body.isHeading[index] {
                let heading = builder.block(for: item)
                let source = heading.source.first.map {
                    SourceLine(line: $0.line, column: $0.column, text: heading.text)
                }
                sections.append(Section(heading: heading.text, level: 2, headingSource: source, blocks: []))
            } else {
                let block = builder.block(for: item.asBlockItem)
                if sections.isEmpty { lead.append(block) } else { sections[sections.count - 1].blocks.append(block) }
            }
        }
        if !lead.isEmpty { sections.insert(Section(heading: nil, level: 0, blocks: lead), at: 0) }
        var article = Article(
            path: path, format: .plainText, title: header.titleLine.text, author: header.author,
            published: header.published, publishedText: header.publishedText, sections: sections,
            header: ArticleHeader(titleLine: header.titleLine, bylineLine: header.bylineLine))
        article.trailer = body.trailer.map { builder.block(for: $0).text }
        return article
    }

    /// Runs of consecutive non-blank lines (paragraphs), as ranges of indices into `lines`.
    static func paragraphRanges(_ lines: [ScannedLine]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for index in lines.indices.dropFirst() where lines[index].number != lines[index - 1].number + 1 {
            ranges.append(start..<index)
            start = index
        }
        if !lines.isEmpty { ranges.append(start..<lines.count) }
        return ranges
    }
}
