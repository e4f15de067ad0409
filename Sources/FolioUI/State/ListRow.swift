import FolioKit

/// A feed as the article list groups it: its items are the entries of one source with the same
/// feed title, or of the files of one feed address (the home library keeps an item a file).
public struct FeedKey: Sendable, Hashable {
    /// The feed's source (its file), for a feed kept in one file; nil for one known by its
    /// address.
    public var source: ArticleSource?
    /// The feed's address, for a feed whose items are kept a file each (the home library's).
    public var address: String?
    /// The feed's title.
    public var title: String

    /// The key of a feed kept in one file.
    public init(source: ArticleSource, title: String) {
        self.source = source
        self.title = title
    }

    /// The key of a feed known by its address, its items kept a file each.
    public init(address: String, title: String) {
        self.address = address
        self.title = title
    }

    /// How messages name the feed: its address, or its file.
    public var name: String { address ?? source?.name ?? title }

    /// The feed an entry is an item of, if any.
    public init?(_ entry: LibraryEntry) {
        guard let title = entry.feed else { return nil }
        if let address = entry.feedURL {
            self.init(address: address, title: title)
        } else {
            self.init(source: entry.source, title: title)
        }
    }
}

/// One row of the article list: an article, or the header of a feed's group.
public enum ListRow: Sendable, Equatable {
    /// The entry at a position in `AppState.entries` (rows are worked out again whenever the
    /// entries change); `inFeed` when it is indented under a feed header.
    case entry(Int, inFeed: Bool)
    /// The header of a feed: its items shown (all of them unless filtered; positions in
    /// `AppState.entries`), and how many are unread.
    case feed(FeedKey, items: [Int], unread: Int)

    /// The position in `AppState.entries` of an article row's entry.
    public var entry: Int? {
        if case .entry(let index, _) = self { return index }
        return nil
    }

    /// The feed of a header row.
    public var feed: FeedKey? {
        if case .feed(let key, _, _) = self { return key }
        return nil
    }
}
