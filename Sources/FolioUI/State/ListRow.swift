import FolioKit

/// A feed as the article list groups it: its items are the entries of one source with the same
/// feed title.
public struct FeedKey: Sendable, Hashable {
    /// The feed's source (its file).
    public var source: ArticleSource
    /// The feed's title.
    public var title: String

    /// Creates a feed key.
    public init(source: ArticleSource, title: String) {
        self.source = source
        self.title = title
    }

    /// The feed an entry is an item of, if any.
    public init?(_ entry: LibraryEntry) {
        guard let title = entry.feed else { return nil }
        self.init(source: entry.source, title: title)
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
