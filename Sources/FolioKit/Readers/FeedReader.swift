internal import CLibXML2

/// Reads RSS 0.9x, RSS 1.0 (RDF), RSS 2.0 and Atom 0.3/1.0 feeds with libxml2: one article per
/// item, its HTML content read into sections and blocks like a web page.
public enum FeedReader {
    /// Reads the bytes of a feed. Never fails: an ill-formed feed gives what could be
    /// recovered and a warning.
    public static func read(_ bytes: [UInt8], path: String) -> FeedReadResult {
        guard bytes.contains(where: { $0 > 0x20 }) else {
            return FeedReadResult(title: nil, articles: [], warnings: ["\(path): the file is empty"])
        }
        let xml: UnsafePointer<folio_libxml2>
        switch LibXML2.loaded {
        case .success(let functions): xml = functions.table
        case .failure(let error):
            return FeedReadResult(title: nil, articles: [], warnings: ["\(path): feeds need libxml2, which could not be loaded (\(error.reason))"])
        }
        guard let document = FeedDocument(bytes: bytes, with: xml), let root = document.root else {
            return FeedReadResult(title: nil, articles: [], warnings: ["\(path): not XML, no feed could be read"])
        }
        var warnings: [String] = []
        if !document.wellFormed {
            let detail = document.lastError.map { " (\($0))" } ?? ""
            warnings.append("\(path): the feed is not well-formed XML\(detail); read what could be recovered")
        }
        guard let layout = FeedLayout(root: root) else {
            warnings.append("\(path): <\(root.name)> is not an RSS or Atom feed")
            return FeedReadResult(title: nil, articles: [], warnings: warnings)
        }
        let feed = FeedEntry(layout.channel, atom: layout.atom)
        let feedTitle = feed.title.flatMap { $0.isEmpty ? nil : $0 }
        let articles = layout.items.enumerated().map { index, item in
            FeedEntry(item, atom: layout.atom).article(path: path, number: index + 1, feed: feedTitle, feedAuthor: feed.author)
        }
        return FeedReadResult(title: feedTitle, articles: articles, warnings: warnings)
    }

    /// Whether `bytes` look like a feed: after white space (and a byte-order mark) either an
    /// `<?xml` declaration with `<rss`, `<feed` or `<rdf:RDF` in the first 1 KiB, or one of
    /// those root tags straight away.
    public static func looksLikeFeed(_ bytes: [UInt8]) -> Bool {
        var window = bytes.prefix(1024)
        if window.starts(with: [0xEF, 0xBB, 0xBF]) { window = window.dropFirst(3) }
        guard let start = window.firstIndex(where: { $0 > 0x20 }) else { return false }
        let lower = window[start...].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        let declared = lower.starts(with: Array("<?xml".utf8))
        for tag in ["<rss", "<feed", "<rdf:rdf"] {
            let needle = Array(tag.utf8)
            var index = 0
            while index + needle.count < lower.count, declared || index == 0 {
                if lower[index] == 0x3C, lower[index..<(index + needle.count)].elementsEqual(needle) {
                    let next = lower[index + needle.count]
                    if next == 0x20 || next == 0x3E || next == 0x09 || next == 0x0A || next == 0x0D { return true }
                }
                index += 1
            }
        }
        return false
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

    /// Recognises RSS (`rss/channel/item`), RDF (`rdf:RDF/channel` + `rdf:RDF/item`) and
    /// Atom (`feed/entry`); nil for any other root.
    init?(root: FeedNode) {
        switch root.name.lowercased() {
        case "feed":
            channel = root
            items = root.children("entry", in: FeedNode.Namespace.atom)
            atom = true
        case "rss", "rdf":
            let channel = root.child("channel", in: FeedNode.Namespace.rss)
            self.channel = channel ?? root
            let channelItems = channel?.children("item", in: FeedNode.Namespace.rss) ?? []
            items = channelItems + root.children("item", in: FeedNode.Namespace.rss)
            atom = false
        default:
            return nil
        }
    }
}
