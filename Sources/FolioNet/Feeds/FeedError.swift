import FolioKit

/// Why a subscription could not be added, found or changed. The description follows
/// `folio: ` (and the address, where there is one) on the error line.
public enum FeedError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The feed (or the page naming it) could not be fetched.
    case fetch(FetchError)
    /// What came back is neither a feed nor a page naming one.
    case notAFeed(String)
    /// A feed refused as hostile, and why (see `EntityExpansion`).
    case refused(String)
    /// A web page that names no feed.
    case noFeedOnPage
    /// Already subscribed, under this name.
    case alreadySubscribed(String)
    /// No subscription has this address or name.
    case unknown(String)
    /// More than one subscription has this name.
    case ambiguous(String, count: Int)
    /// The library's files could not be read or written.
    case save(SaveError)
    /// An import file that is neither OPML nor a newsboat `urls` file, or cannot be read.
    case importFile(path: String, reason: String)

    public var description: String {
        switch self {
        case .fetch(let error): return error.description
        case .notAFeed(let type): return "not a feed (\(type)), and not a web page that names one"
        case .refused(let reason): return reason
        case .noFeedOnPage: return "a web page that names no feed (no <link rel=\"alternate\"> to RSS or Atom)"
        case .alreadySubscribed(let name): return "already subscribed, as \(name)"
        case .unknown(let given): return "no subscription has the address or name '\(given)' (see `folio feed list`)"
        case .ambiguous(let given, let count): return "\(count) subscriptions are called '\(given)': give the address instead"
        case .save(let error): return error.description
        case .importFile(let path, let reason): return "\(path): \(reason)"
        }
    }
}
