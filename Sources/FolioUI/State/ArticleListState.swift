/// The article list: selection, scroll position, sort order and filter.
public struct ArticleListState: Sendable, Equatable {
    /// The selected entry, if any.
    public var selected: EntryID?
    /// The feed whose group header is selected; while set, it is selected rather than `selected`.
    public var selectedFeed: FeedKey?
    /// The feeds whose items are folded away under their header.
    public var collapsed: Set<FeedKey> = []
    /// The first visible row (a position in `AppState.listRows`).
    public var top = 0
    /// How entries are ordered.
    public var sort = SortOrder.date
    /// The filter typed; entries whose title or author contains it are shown.
    public var filter = TextField()
    /// True while the filter prompt takes keys.
    public var isFiltering = false
    /// True when the filter changed among keys that came together and the selection has not
    /// followed it yet (see `AppState.handle(keys:perform:)`).
    var isFilterPending = false
    /// True until the user moves in the list or opens an article: while the library is read in
    /// the background the list stays at its top, on the newest article, as it reorders.
    public var isUntouched = true

    /// Creates a list state.
    public init() {}
}

/// How the article list is ordered.
public enum SortOrder: String, Sendable, Equatable {
    /// Newest first; undated articles last.
    case date
    /// By title, ignoring case.
    case title
}
