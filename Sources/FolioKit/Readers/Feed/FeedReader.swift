internal import CLibXML2

/// Reads RSS 0.9x, RSS 1.0 (RDF), RSS 2.0 and Atom 0.3/1.0 feeds with libxml2: one article per
/// item, its HTML content read into sections and blocks like a web page.
public enum FeedReader {
    /// Reads the bytes of a feed. Never fails: an ill-formed feed gives what could be
    /// recovered and a warning.
    public static func read(_ bytes: [UInt8], path: String) -> FeedReadResult {
        var feedTitle: String?
        var articles: [Article] = []
        let warnings = withLayout(bytes, path: path) { layout in
            let feed = FeedEntry(layout.channel, atom: layout.atom, namespaces: layout.namespaces)
            feedTitle = feed.title.flatMap { $0.isEmpty ? nil : $0 }
            let selfLink = feed.selfLink
            articles = layout.items.enumerated().map { index, item in
                var article = FeedEntry(item, atom: layout.atom, namespaces: layout.namespaces)
                    .article(path: path, number: index + 1, feed: feedTitle, feedAuthor: feed.author)
                article.feedURL = selfLink
                return article
            }
        }
        return FeedReadResult(title: feedTitle, articles: articles, warnings: warnings)
    }

    /// Parses `bytes` (from `path`, for the warnings) and hands the feed's layout to `body`
    /// while the document lives; returns the warnings (one when the bytes are no feed, and
    /// `body` is then not called).
    static func withLayout(_ bytes: [UInt8], path: String, _ body: (FeedLayout) -> Void) -> [String] {
        guard bytes.contains(where: { $0 > 0x20 }) else { return ["\(path): the file is empty"] }
        let xml: UnsafePointer<folio_libxml2>
        switch LibXML2.loaded {
        case .success(let functions): xml = functions.table
        case .failure(let error): return ["\(path): feeds need libxml2, which could not be loaded (\(error.reason))"]
        }
        guard let document = FeedDocument(bytes: bytes, with: xml), let root = document.root else {
            return ["\(path): not XML, no feed could be read"]
        }
        var warnings: [String] = []
        if !document.wellFormed {
            let detail = document.lastError.map { " (\($0))" } ?? ""
            warnings.append("\(path): the feed is not well-formed XML\(detail); read what could be recovered")
        }
        guard let layout = FeedLayout(root: root) else {
            warnings.append("\(path): <\(root.name)> is not an RSS or Atom feed")
            return warnings
        }
        withExtendedLifetime(document) { body(layout) }
        return warnings
    }

    /// Whether `bytes` are a feed: their first element (after a byte-order mark, an XML
    /// declaration, comments, processing instructions and a document type of any length) is
    /// `rss` (in any namespace), Atom's `feed` or RDF's `RDF`; see `MarkupStart`.
    public static func looksLikeFeed(_ bytes: [UInt8]) -> Bool {
        MarkupStart(bytes)?.isFeed ?? false
    }
}

/// Where a feed keeps its channel data and items.
struct FeedLayout {
    /// The element holding the feed's title and author (`channel` or `feed`).
    var channel: FeedNode
    /// The items or entries in document order.
    var items: [FeedNode]
    /// Whether this is Atom (0.3 or 1.0).
    var atom: Bool
    /// The namespaces of the feed's own elements: RSS's or Atom's, and the root element's (a
    /// feed written `<r:rss xmlns:r="...">` has `r:channel` and `r:item`).
    var namespaces: Set<String>

    /// Recognises RSS (`rss/channel/item`), RDF (`rdf:RDF/channel` + `rdf:RDF/item`) and
    /// Atom (`feed/entry`); nil for any other root.
    init?(root: FeedNode) {
        switch root.name.lowercased() {
        case "feed":
            namespaces = FeedNode.Namespace.atom.union([root.namespace])
            channel = root
            items = root.children("entry", in: namespaces)
            atom = true
        case "rss", "rdf":
            namespaces = FeedNode.Namespace.rss.union(root.namespace == FeedNode.Namespace.rdf ? [] : [root.namespace])
            let channel = root.child("channel", in: namespaces)
            self.channel = channel ?? root
            let channelItems = channel?.children("item", in: namespaces) ?? []
            items = channelItems + root.children("item", in: namespaces)
            atom = false
        default:
            return nil
        }
    }
}
