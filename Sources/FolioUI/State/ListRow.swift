/// A feed as the article list groups it: its items are the entries of one file with the same
/// feed title, or of the files of one feed address (the home library keeps an item a file).
public struct FeedKey: Sendable, Hashable {
    /// The feed's file, or its address when the feed names it.
    public var path: String
    /// The feed's title.
    public var title: String

    /// Creates a feed key.
    public init(path: String, title: String) {
        self.path = path
        self.title = title
    }

    /// The feed an entry is an item of, if any.
    public init?(_ entry: LibraryEntry) {
        guard let title = entry.feed else { return nil }
        self.init(path: entry.feedURL ?? entry.path, title: title)
    }
}

/// One row of the article list: an article, or the header of a feed's group.
public enum ListRow: Sendable, Equatable {
    /// Entry `index` (into `AppState.entries`); `inFeed` when it is indented under a feed header.
    case entry(Int, inFeed: Bool)
    /// The header of a feed: its items shown (all of them unless filtered), and how many are unread.
    case feed(FeedKey, items: [Int], unread: Int)

    /// The entry of an article row.
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
