/// A feed as `folio fetch` reads it: its title, its site, and its items with what identifies
/// them. Parsed by the same hardened parser as `FeedReader` (no entity expansion, no DTD, no
/// network).
public struct FeedContent: Equatable, Sendable {
    /// The feed's title.
    public var title: String?
    /// The feed's web site (the channel's link).
    public var siteLink: String?
    /// The items in document order.
    public var items: [FeedItem]
    /// Problems met, e.g. XML that is not well-formed (what could be recovered is read).
    public var warnings: [String]

    /// Reads `bytes` (named `source` in the warnings); nil when they are not an RSS or Atom
    /// feed, with the reason, or are refused as hostile (see `EntityExpansion`).
    public static func read(_ bytes: [UInt8], source: String) -> Result<FeedContent, NotAFeed> {
        if EntityExpansion.exceedsLimit(bytes) {
            return .failure(NotAFeed(reason: "\(source) \(EntityExpansion.refusal)", refusal: EntityExpansion.refusal))
        }
        var content: FeedContent?
        let warnings = FeedReader.withLayout(bytes, path: source) { layout in
            let channel = FeedEntry(layout.channel, atom: layout.atom, namespaces: layout.namespaces)
            let items = layout.items.map { FeedEntry($0, atom: layout.atom, namespaces: layout.namespaces).item }
            content = FeedContent(title: channel.title, siteLink: channel.link, items: items, warnings: [])
        }
        guard var content else { return .failure(NotAFeed(reason: warnings.last ?? "\(source): not a feed")) }
        content.warnings = warnings
        return .success(content)
    }

    /// Why bytes are not a feed.
    public struct NotAFeed: Error, Equatable, Sendable {
        /// The reader's words, e.g. `URL: not XML, no feed could be read`.
        public var reason: String
        /// Why the bytes were refused outright as hostile, without the source (whatever they
        /// are); nil when they are simply no feed.
        public var refusal: String?

        /// `reason`, and `refusal` when the bytes were refused as hostile.
        public init(reason: String, refusal: String? = nil) {
            self.reason = reason
            self.refusal = refusal
        }
    }
}
