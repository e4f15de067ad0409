import FolioKit

/// A search of articles in memory that the wiring runs away from the thread that reads keys
/// (`Effect.searchArticles`): the open article, or every article loaded when searching all of
/// them. Each article's hits come back as `Action.hitsFound`; a job whose `generation` is no
/// longer the search's is stopped by the wiring, and its results dropped by the state.
public struct SearchJob: Sendable, Equatable {
    /// One article to search.
    public struct Target: Sendable, Equatable {
        /// Its entry.
        public var entry: EntryID
        /// The article.
        public var article: Article
    }

    /// The search this job belongs to (`SearchState.generation`).
    public var generation: Int
    /// What to look for.
    public var query: SearchQuery
    /// The articles to search, in order; none stops the jobs of earlier searches.
    public var targets: [Target]

    /// Searches each target, handing its hits to `deliver` as an `Action.hitsFound`, until the
    /// job is done or `isCancelled` says a newer search replaced it (then nothing more is
    /// delivered). Each article gets a regular expression's budget of its own.
    public func run(isCancelled: @escaping @Sendable () -> Bool, deliver: (Action) -> Void) {
        guard let engine = try? ArticleSearch(query) else { return }
        for target in targets {
            let (hits, finished) = engine.boundedHits(in: target.article, isCancelled: isCancelled)
            if isCancelled() { return }
            deliver(.hitsFound(FoundHits(generation: generation, entry: target.entry, hits: hits, finished: finished)))
        }
    }
}

/// The hits a `SearchJob` found in one article.
public struct FoundHits: Sendable, Equatable {
    /// The search they belong to.
    public var generation: Int
    /// The entry searched.
    public var entry: EntryID
    /// The hits, in reading order.
    public var hits: [SearchHit]
    /// False when a regular expression took too long: the hits found so far.
    public var finished: Bool

    /// Creates a result.
    public init(generation: Int, entry: EntryID, hits: [SearchHit], finished: Bool) {
        self.generation = generation
        self.entry = entry
        self.hits = hits
        self.finished = finished
    }
}
