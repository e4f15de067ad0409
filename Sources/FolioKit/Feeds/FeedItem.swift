/// One item of a feed as fetched: the fields folio keeps of it, and what identifies it from
/// one fetch to the next.
public struct FeedItem: Equatable, Sendable {
    /// RSS `guid` or Atom `id`, as written.
    public var guid: String?
    /// The item's own address, absolute.
    public var link: String?
    /// The title, as plain text.
    public var title: String?
    /// The author's name.
    public var author: String?
    /// The date as the feed wrote it.
    public var dateText: String?
    /// The content (or summary) as HTML.
    public var contentHTML: String?
    /// The `xml:base` in effect for the content's relative links.
    public var base: String?

    /// Creates an item.
    public init(
        guid: String? = nil, link: String? = nil, title: String? = nil, author: String? = nil, dateText: String? = nil,
        contentHTML: String? = nil, base: String? = nil
    ) {
        self.guid = guid
        self.link = link
        self.title = title
        self.author = author
        self.dateText = dateText
        self.contentHTML = contentHTML
        self.base = base
    }

    /// What tells the item from the feed's others across fetches: its guid, else its link,
    /// else its title and date. Nil when it has none of these (such an item is not kept:
    /// nothing would find it again).
    public var identity: String? {
        if let guid { return "guid:" + guid }
        if let link { return "link:" + link }
        if title != nil || dateText != nil { return "title:" + (title ?? "") + "\u{1F}" + (dateText ?? "") }
        return nil
    }

    /// A digest of every field: an item whose digest changed was edited by its feed.
    public var digest: String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for field in [guid, link, title, author, dateText, contentHTML, base] {
            for byte in (field ?? "").utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
            }
            hash = (hash ^ (field == nil ? 0xFE : 0xFF)) &* 0x100_0000_01B3
        }
        return String(hash, radix: 16)
    }
}

extension FeedEntry {
    /// The entry's fields as an item.
    var item: FeedItem {
        FeedItem(guid: guid, link: link, title: title, author: author, dateText: dateText, contentHTML: contentHTML, base: base)
    }
}
