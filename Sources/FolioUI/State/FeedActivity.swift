import FolioKit

/// What the reader's fetching of feeds is doing: the items whose full text is being fetched
/// (`F`), the fetch of the subscriptions (`r`) and how far it has got, and each feed's last
/// error (shown on its header in the list).
public struct FeedActivity: Sendable, Equatable {
    /// The item files whose full text is being fetched, oldest first.
    public var fullText: [ArticleSource] = []
    /// The fetch of the subscriptions under way; nil when none is.
    public var fetch: FeedFetchProgress?
    /// Each feed's last error, by the feed's address (`Subscription.lastError`).
    public var errors: [String: String] = [:]
    /// Each subscription's name, by address, when the list shows the home library's feeds
    /// (else empty): a feed whose fetch failed and of which no item is listed gets a header
    /// of this name, to show its error on.
    public var names: [String: String] = [:]

    /// The feeds with an error and a name, by address: the ones that may need a header of
    /// their own.
    var failedNames: [String: String] {
        guard !errors.isEmpty, !names.isEmpty else { return [:] }
        return names.filter { errors[$0.key] != nil }
    }

    /// Nothing fetching, no error known.
    public init() {}
}

/// How far the fetch of the subscriptions `r` asked for has got.
public enum FeedFetchProgress: Sendable, Equatable {
    /// Asked for; nothing heard yet.
    case starting
    /// Another process holds the home library (a `folio fetch`): the fetch waits for it.
    case waiting(process: Int32?)
    /// Fetching: feeds done of all, and how many failed.
    case fetching(done: Int, total: Int, failed: Int)

    /// The status line's words: `fetching 12/40 feeds · 1 failed`.
    public var text: String {
        switch self {
        case .starting: return "fetching feeds…"
        case .waiting(let process): return "a fetch is running\(process.map { " (process \($0))" } ?? ""): waiting…"
        case .fetching(let done, let total, let failed):
            return "fetching \(done)/\(total) feeds" + (failed > 0 ? " · \(failed) failed" : "")
        }
    }
}

/// What became of the full text of a feed item (`Effect.fetchFullText`).
public enum FullTextResult: Sendable, Equatable {
    /// The page was fetched, read and kept: the item file's entries read again (the item now
    /// the whole article), and the article laid out for the reader when it could be.
    case fetched(SourceEntries, ArticleLayout?)
    /// Not fetched or not readable: why, as `folio add` says it (`URL: REASON`); the item keeps
    /// its summary.
    case failed(String)
}

/// What a fetch of the subscriptions came to (`Effect.fetchFeeds`).
public struct FeedFetchReport: Sendable, Equatable {
    /// The summary for the status line, as `folio fetch` prints it (`3 new articles in 2 feeds
    /// · 0 not modified · 1 failed`), or why nothing was fetched.
    public var summary: String
    /// True when a feed failed, or nothing could be fetched.
    public var isError: Bool
    /// Each feed's last error after the fetch, by address; nil when the subscriptions could
    /// not be read (the errors known stay).
    public var errors: [String: String]?
    /// Each subscription's name after the fetch, by address (see `FeedActivity.names`): a
    /// subscription added since the start has one too; nil when the subscriptions could not
    /// be read (the names known stay).
    public var names: [String: String]?

    /// A report.
    public init(summary: String, isError: Bool, errors: [String: String]? = nil, names: [String: String]? = nil) {
        self.summary = summary
        self.isError = isError
        self.errors = errors
        self.names = names
    }
}
