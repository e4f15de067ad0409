import FolioKit

/// The search bar and the hits of the current search.
public struct SearchState: Sendable {
    /// The query typed.
    public var field = TextField()
    /// True while the search bar is open and takes keys.
    public var isEditing = false
    /// Read the query as a regular expression (Ctrl-R).
    public var isRegex = false
    /// Match whole words only (Ctrl-O); an all-articles search for words then reads only the
    /// articles the full-text index names.
    public var isWholeWord = false
    /// Search the open article or all articles (Tab).
    public var scope = SearchScope.article
    /// Earlier queries, oldest first, each once (see `remember(_:)`); kept between runs in the
    /// state database.
    public var history: [String] = []
    /// True once the history of earlier runs has come (after `Effect.loadSearchHistory`).
    var isHistoryLoaded = false
    /// The direction of an `n` or `N` that waits for the history to repeat its newest query.
    var repeatsAfterLoading: Bool?
    /// The history entry shown while recalling with Up/Down.
    var historyIndex: Int?
    /// What was typed before recalling history.
    var draft = ""
    /// Why the query cannot run (an invalid regular expression), shown in the bar.
    public var error: String?
    /// The hits of the search in the articles in memory, by entry, in reading order.
    public var hits: [EntryID: [SearchHit]] = [:] { didSet { hitsVersion = ListRowsMemo.nextVersion() } }
    /// The hit counts of articles searched in the background (not in memory), by entry: their
    /// hits are found again, into `hits`, when one is opened.
    public var counts: [EntryID: Int] = [:] { didSet { hitsVersion = ListRowsMemo.nextVersion() } }
    /// The full-text index's BM25 score of the articles it ranked for a whole-word query, by
    /// entry (lower is better): the results' rank.
    public var scores: [EntryID: Double] = [:] { didSet { hitsVersion = ListRowsMemo.nextVersion() } }
    /// A number that changes with every change of `hits`, `counts` or `scores` (see
    /// `ListRowsMemo`).
    private(set) var hitsVersion = ListRowsMemo.nextVersion()
    /// The results the list shows while searching all articles.
    public var results = SearchResults()
    /// The current hit: an entry and an index into its hits.
    public var current: HitPosition?
    /// Where the view was when the search started (Esc while typing goes back there): the top
    /// line of a layout `width` columns wide, and the reading position there.
    var origin: (entry: EntryID?, top: Int, width: Int, anchor: LayoutAnchor)?
    /// An entry the wiring is loading, to continue `n`/`N` in (true: forward).
    var pendingJump: (entry: EntryID, forward: Bool)?
    /// True while the wiring searches the library's files in the background.
    public var isScanning = false
    /// True when the query changed among keys that came together and the search has not run
    /// for it yet (see `AppState.handle(keys:perform:)`).
    var isRunPending = false
    /// The number of the latest search of articles in memory: each run of the query takes the
    /// next, and hits of an older one are dropped.
    public internal(set) var generation = 0
    /// The entries whose hits the wiring is finding (`Effect.searchArticles`).
    public internal(set) var awaited: Set<EntryID> = []
    /// When the open article's hits come, move to the first at or after the top (the search
    /// was typed, or run again by `n`).
    var seeksHit = false
    /// `n` (true) or `N` (false) pressed with no search: runs the last one and steps once its
    /// hits are in.
    var awaitedStep: Bool?
    /// Enter came before the hits (of the articles in memory or the library's files): say
    /// "Pattern not found" if none come.
    var reportsMissing = false

    /// Creates an empty search state.
    public init() {}

    /// True while a search runs: typed, or kept after Enter, and valid. Its hits are highlighted.
    public var isActive: Bool { !field.text.isEmpty && error == nil }

    /// True while hits are still being found, in memory or in the library's files.
    public var isSearching: Bool { isScanning || !awaited.isEmpty }

    /// The number of hits in entry `id`; nil when it has not been searched (yet).
    public func hitCount(_ id: EntryID) -> Int? { hits[id]?.count ?? counts[id] }

    /// The total number of hits over all searched articles.
    public var totalHits: Int {
        var total = 0
        for found in hits.values { total += found.count }
        for (id, count) in counts where count > 0 && hits[id] == nil { total += count }
        return total
    }

    /// The number of articles with at least one hit (counted without copying: the status line
    /// asks at every frame, and a big library has a count for every article).
    public var articlesWithHits: Int {
        var articles = 0
        for found in hits.values where !found.isEmpty { articles += 1 }
        for (id, count) in counts where count > 0 && hits[id] == nil { articles += 1 }
        return articles
    }

    /// Forgets every hit and count.
    mutating func clearHits() {
        hits = [:]
        counts = [:]
        scores = [:]
    }
}

/// Which articles a search covers.
public enum SearchScope: String, Sendable, Equatable {
    /// The open article.
    case article
    /// Every article in the library.
    case allArticles
}

/// A hit: the entry it is in and its index among that entry's hits.
public struct HitPosition: Sendable, Hashable {
    /// The entry.
    public var entry: EntryID
    /// The index into the entry's hits.
    public var index: Int

    /// Creates a hit position.
    public init(entry: EntryID, index: Int) {
        self.entry = entry
        self.index = index
    }
}
