import FolioKit

/// What `folio fetch` did with one subscription.
public struct FeedOutcome: Sendable, Equatable {
    /// The ends a fetch of a feed can come to.
    public enum Status: String, Sendable {
        /// Fetched and read; `new` items were stored.
        case fetched
        /// The server said the feed has not changed (304).
        case notModified = "not_modified"
        /// Not fetched: the server asked to wait (`Retry-After`), or the feed waits after
        /// failing again and again; `until` says how long.
        case deferred
        /// Not fetched: the feed is gone (410 at an earlier fetch).
        case dead
        /// The fetch failed; `error` says why.
        case failed
    }

    /// The subscription's address (after a permanent redirect, the new one).
    public var url: String
    /// What the feed is called (`Subscription.displayName`).
    public var title: String
    /// What happened.
    public var status: Status
    /// Items stored that were not kept before.
    public var new: Int
    /// Items kept before that the feed changed, rewritten in place.
    public var updated: Int
    /// Why it failed, or why it was deferred.
    public var error: String?
    /// The paths of the new items' files.
    public var newPaths: [String]
    /// New items of a full-text feed whose page could not be fetched or read (they keep the
    /// feed's summary).
    public var fullTextFailed = 0

    /// An outcome.
    public init(url: String, title: String, status: Status, new: Int = 0, updated: Int = 0, error: String? = nil, newPaths: [String] = []) {
        self.url = url
        self.title = title
        self.status = status
        self.new = new
        self.updated = updated
        self.error = error
        self.newPaths = newPaths
    }
}

/// How far `FeedFetch.fetchAll` has got, for a progress line: `fetching 37/120 feeds · 2 failed`.
public struct FeedProgress: Sendable, Equatable {
    /// Feeds done (fetched, not modified, deferred, dead or failed).
    public var done: Int
    /// Feeds in all.
    public var total: Int
    /// Feeds failed so far.
    public var failed: Int
}
