import Foundation

/// What a page says about its article in `<head>` and structured data: title, byline, date
/// and the base URL for links.
struct HTMLMetadata: Sendable, Equatable {
    /// The article title: JSON-LD, Dublin Core, Open Graph, Twitter or `<title>` cleaned of
    /// the site name; nil when the page has none.
    var title: String?
    /// The byline from JSON-LD or `<meta name=author>`-style tags.
    var byline: String?
    /// The publication date as written (e.g. `2015-07-24T05:36:09+01:00`).
    var publishedText: String?
    /// `<base href>`, when given.
    var baseURL: String?
    /// The source line of the `<title>`'s text (0: none), where a search hit in the title is.
    var titleLine: Int32 = 0

    /// Reads the metadata of a parsed page.
    init(_ tree: HTMLTree) {
        var values: [String: String] = [:]
        var documentTitle = ""
        var jsonLD: JSONLDArticle?
        var firstTime: String?
        var authorLink: String?
        for index in tree.descendants(of: HTMLTree.rootIndex) {
            let node = tree[index]
            switch node.name {
            case "title" where documentTitle.isEmpty && !tree.hasAncestor(index, named: "svg"):
                documentTitle = tree.innerText(index)
                titleLine = tree.firstTextLine(in: index)
            case "meta":
                Self.collect(node, into: &values)
            case _ where node.attribute("itemprop") != nil && node.attribute("content") != nil:
                Self.collect(node, into: &values)
            case "base" where baseURL == nil:
                baseURL = node.attribute("href")
            case "time" where firstTime == nil:
                firstTime = node.attribute("datetime")
            case "a" where authorLink == nil && node.attribute("rel") == "author":
                authorLink = tree.innerText(index)
            case "script" where jsonLD == nil && node.attribute("type")?.lowercased() == "application/ld+json":
                jsonLD = JSONLDArticle(json: tree.textContent(index))
            default:
                break
            }
        }
        let titleFromPage = ArticleTitle.clean(documentTitle, tree: tree)
        let titleKeys = [
            "dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title", "title",
            "twitter:title", "parsely-title",
        ]
        let candidates = [jsonLD?.title(pageTitle: titleFromPage)] + titleKeys.map { values[$0] } + [titleFromPage]
        title = candidates.lazy.compactMap { $0.map(Self.cleaned) }.first { !$0.isEmpty }
        let bylineKeys = ["dc:creator", "dcterm:creator", "author", "parsely-author", "article:author"]
        byline = ([jsonLD?.byline] + bylineKeys.map { values[$0] } + [authorLink]).lazy
            .compactMap { $0.map(Self.cleaned) }.first { !$0.isEmpty && !$0.hasPrefix("http") }
        let dateKeys = [
            "article:published_time", "parsely-pub-date", "datepublished", "dc:date", "dcterm:date", "date",
            "pubdate",
        ]
        publishedText = ([jsonLD?.datePublished] + dateKeys.map { values[$0] } + [firstTime]).lazy
            .compactMap { $0.map(HTMLText.collapsed) }.first { !$0.isEmpty }
    }

    /// White space collapsed, leftover entities decoded.
    private static func cleaned(_ text: String) -> String {
        HTMLText.collapsed(HTMLText.unescapingEntities(text))
    }

    /// Stores a `<meta>` tag's content under its normalised `name` and each `property`.
    private static func collect(_ node: HTMLNode, into values: inout [String: String]) {
        guard let content = node.attribute("content").map(HTMLText.collapsed), !content.isEmpty
        else { return }
        for key in ["name", "property", "itemprop"] {
            guard let raw = node.attribute(key) else { continue }
            for name in raw.lowercased().split(separator: " ") {
                let normalised = String(decoding: name.utf8.map { $0 == 0x2E ? 0x3A : $0 }, as: UTF8.self)
                values[normalised] = content
                // `og:article:author` is read as `article:author`, as Readability does.
                if normalised.hasPrefix("og:"), normalised.dropFirst(3).contains(":") {
                    values[String(normalised.dropFirst(3))] = content
                }
            }
        }
    }
}
