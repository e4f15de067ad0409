import Foundation

/// A feed folio is subscribed to, and what it knows of its fetches. Kept in the home library's
/// `subscriptions.json` (`SubscriptionFile`), never in the state database.
public struct Subscription: Codable, Equatable, Sendable {
    /// The feed's address, in its normal form (`PageAddress.text`). A permanent redirect
    /// (301, 308) replaces it.
    public var url: String
    /// The name the user gave (`--name`, an OPML outline's text, newsboat's `"~Title"`).
    public var name: String?
    /// The feed's own title, from its last fetch.
    public var title: String?
    /// The categories (OPML folders as `A/B`, newsboat tags), in order.
    public var categories: [String]
    /// Fetch each new item's whole page (`--full-text`).
    public var fullText: Bool
    /// The folder under `feeds/` that holds the feed's items.
    public var folder: String
    /// The `ETag` of the last fetch, for a conditional request.
    public var etag: String?
    /// The `Last-Modified` of the last fetch, for a conditional request.
    public var lastModified: String?
    /// When the feed last answered (with the feed, or "not modified").
    public var lastFetched: Date?
    /// When a fetch was last tried.
    public var lastAttempt: Date?
    /// Why the last fetch failed; nil after a success.
    public var lastError: String?
    /// Fetches failed in a row.
    public var failures: Int
    /// Not fetched before this time: the server asked to wait (`Retry-After`), or the feed
    /// failed again and again (backoff).
    public var notBefore: Date?
    /// The server said the feed is gone (410): it is not fetched again.
    public var dead: Bool

    /// A new subscription to `url`, its items in `feeds/FOLDER`.
    public init(url: String, name: String? = nil, categories: [String] = [], fullText: Bool = false, folder: String = "") {
        self.url = url
        self.name = name
        self.categories = categories
        self.fullText = fullText
        self.folder = folder
        failures = 0
        dead = false
    }

    /// What a person calls the feed: the name given, else its title, else its address.
    public var displayName: String { name ?? title ?? url }

    enum CodingKeys: String, CodingKey {
        case url, name, title, categories, fullText = "full_text", folder, etag
        case lastModified = "last_modified", lastFetched = "last_fetched", lastAttempt = "last_attempt"
        case lastError = "last_error", failures, notBefore = "not_before", dead
    }

    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        url = try values.decode(String.self, forKey: .url)
        name = try values.decodeIfPresent(String.self, forKey: .name)
        title = try values.decodeIfPresent(String.self, forKey: .title)
        categories = try values.decodeIfPresent([String].self, forKey: .categories) ?? []
        fullText = try values.decodeIfPresent(Bool.self, forKey: .fullText) ?? false
        folder = try values.decodeIfPresent(String.self, forKey: .folder) ?? ""
        etag = try values.decodeIfPresent(String.self, forKey: .etag)
        lastModified = try values.decodeIfPresent(String.self, forKey: .lastModified)
        lastFetched = try values.decodeIfPresent(Date.self, forKey: .lastFetched)
        lastAttempt = try values.decodeIfPresent(Date.self, forKey: .lastAttempt)
        lastError = try values.decodeIfPresent(String.self, forKey: .lastError)
        failures = try values.decodeIfPresent(Int.self, forKey: .failures) ?? 0
        notBefore = try values.decodeIfPresent(Date.self, forKey: .notBefore)
        dead = try values.decodeIfPresent(Bool.self, forKey: .dead) ?? false
    }

    // MARK: - Fetch state

    /// What a fetch at `now` should do: fetch, wait (until a time), or nothing (dead).
    public enum Due: Equatable, Sendable {
        /// Fetch it.
        case now
        /// Not before this time (the server's `Retry-After`, or backoff after failures).
        case later(Date)
        /// Gone (410): never fetched again.
        case dead
    }

    /// Whether the feed is due at `now`.
    public func due(at now: Date) -> Due {
        if dead { return .dead }
        if let notBefore, notBefore > now { return .later(notBefore) }
        return .now
    }

    /// Notes a fetch at `now` that answered (a feed, or not modified).
    public mutating func succeeded(at now: Date) {
        lastAttempt = now
        lastFetched = now
        lastError = nil
        failures = 0
        notBefore = nil
    }

    /// Notes a fetch at `now` that failed with `error`: after the second failure in a row the
    /// feed waits before it is tried again, twice as long each time (30 minutes, 1 hour, …,
    /// at most a day); a server's `retryAfter` takes precedence.
    public mutating func failed(_ error: String, at now: Date, retryAfter: Date? = nil) {
        lastAttempt = now
        lastError = error
        failures += 1
        if let retryAfter {
            notBefore = retryAfter
        } else if failures >= 2 {
            notBefore = now.addingTimeInterval(Self.backoff(afterFailures: failures))
        }
    }

    /// Notes a fetch at `now` that the server asked to repeat after `until` (429 or 503 with
    /// `Retry-After`): not a failure of the feed, which waits until then.
    public mutating func deferred(_ reason: String, at now: Date, until: Date) {
        lastAttempt = now
        lastError = reason
        notBefore = until
    }

    /// The wait before the next try after `failures` failures in a row (2 or more).
    public static func backoff(afterFailures failures: Int) -> TimeInterval {
        min(24 * 3600, 1800 * pow(2, Double(max(0, min(failures - 2, 10)))))
    }
}
