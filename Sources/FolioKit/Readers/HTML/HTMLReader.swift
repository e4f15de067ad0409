import Foundation

/// Reads saved web pages: decodes them, parses them with libxml2, finds the article the way
/// Readability does, and turns it into sections and blocks with the page's title, byline,
/// date and links.
public enum HTMLReader {
    /// Reads the bytes of a web page. Never fails: a page without an article gives an article
    /// without sections, titled after the file. `address` is where the page was fetched from,
    /// when known (a saved page's final address, a feed item's link): relative links resolve
    /// against it (or against the page's `<base href>`, itself resolved against it), and it is
    /// the article's `url`.
    public static func read(_ bytes: [UInt8], path: String, address: String? = nil) -> Article {
        let tree = parse(bytes)
        let metadata = HTMLMetadata(tree)
        let title = metadata.title ?? ""
        let extraction = ArticleExtractor.extract(from: consume tree, title: title) { parse(bytes) }
        var builder = HTMLBlockBuilder(tree: extraction.tree, title: title, baseURL: base(metadata.baseURL, address: address))
        builder.build(from: extraction.article)
        let byline = (metadata.byline ?? extraction.byline).map(cleanByline)
        // A byline of only a date and time names nobody: it is the date, when the page gives none.
        let bylineDate = byline.flatMap(DateLineParser.date(ofText:))
        let published = metadata.publishedText.flatMap(HTMLDate.parse)
        var article = Article(
            path: path, format: .html, title: title.isEmpty ? FileName.readableTitle(ofPath: path) : title,
            author: bylineDate != nil ? nil : byline.flatMap { $0.isEmpty ? nil : $0 },
            published: published ?? bylineDate,
            publishedText: published == nil && bylineDate != nil ? byline : metadata.publishedText,
            sections: builder.sections,
            header: ArticleHeader(titleLine: metadata.titleLine > 0 ? SourceLine(line: Int(metadata.titleLine), column: 0, text: title) : nil),
            links: builder.links)
        article.url = address
        return article
    }

    /// The address relative links resolve against: the page's `<base href>` (resolved against
    /// `address`), else `address`.
    private static func base(_ pageBase: String?, address: String?) -> String? {
        guard let pageBase else { return address }
        guard let address, let resolved = URL(string: pageBase, relativeTo: URL(string: address))?.absoluteString else { return pageBase }
        return resolved
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
