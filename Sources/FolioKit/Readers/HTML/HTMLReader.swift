/// Reads saved web pages: decodes them, parses them with libxml2, finds the article the way
/// Readability does, and turns it into sections and blocks with the page's title, byline,
/// date and links.
public enum HTMLReader {
    /// Reads the bytes of a web page. Never fails: a page without an article gives an article
    /// without sections, titled after the file.
    public static func read(_ bytes: [UInt8], path: String) -> Article {
        let tree = parse(bytes)
        let metadata = HTMLMetadata(tree)
        let title = metadata.title ?? ""
        let extraction = ArticleExtractor.extract(from: consume tree, title: title) { parse(bytes) }
        var builder = HTMLBlockBuilder(tree: extraction.tree, title: title, baseURL: metadata.baseURL)
        builder.build(from: extraction.article)
        let byline = (metadata.byline ?? extraction.byline).map(cleanByline)
        // A byline of only a date and time names nobody: it is the date, when the page gives none.
        let bylineDate = byline.flatMap(DateLineParser.date(ofText:))
        let published = metadata.publishedText.flatMap(HTMLDate.parse)
        return Article(
            path: path, format: .html, title: title.isEmpty ? FileName.readableTitle(ofPath: path) : title,
            author: bylineDate != nil ? nil : byline.flatMap { $0.isEmpty ? nil : $0 },
            published: published ?? bylineDate,
            publishedText: published == nil && bylineDate != nil ? byline : metadata.publishedText,
            sections: builder.sections,
            header: ArticleHeader(titleLine: metadata.titleLine > 0 ? SourceLine(line: Int(metadata.titleLine), column: 0, text: title) : nil),
            links: builder.links)
    }

    /// The page as a tree (empty when libxml2 cannot read it at all).
    static func parse(_ bytes: [UInt8]) -> HTMLTree {
        HTMLParser.tree(bytes, encoding: CharsetDetector.encoding(of: bytes)) ?? HTMLTree()
    }

    /// `By Jane Doe` → `Jane Doe`.
    private static func cleanByline(_ text: String) -> String {
        let collapsed = HTMLText.collapsed(text)
        for prefix in ["By ", "by ", "BY "] where collapsed.hasPrefix(prefix) {
            return String(collapsed.dropFirst(prefix.count))
        }
        return collapsed
    }
}
