import FolioKit

/// What `folio add` did with one address.
public struct AddOutcome: Sendable, Equatable {
    /// The three ends an address can come to.
    public enum Status: String, Sendable {
        /// Fetched and saved (or saved again, with `--refresh`).
        case saved
        /// Already in the library: not fetched again (or unchanged, with `--refresh`).
        case exists
        /// Not saved; `error` says why.
        case failed
    }

    /// The address as given.
    public var url: String
    /// The address the page came from after redirects (for `exists`, the one recorded).
    public var finalURL: String?
    /// What happened.
    public var status: Status
    /// The saved page's file.
    public var path: String?
    /// The page's title.
    public var title: String?
    /// Why it failed.
    public var error: AddError?

    /// An outcome.
    public init(
        url: String, finalURL: String? = nil, status: Status, path: String? = nil, title: String? = nil,
        error: AddError? = nil
    ) {
        self.url = url
        self.finalURL = finalURL
        self.status = status
        self.path = path
        self.title = title
        self.error = error
    }

    /// The outcome for `url` when `page` was in the library already.
    static func exists(_ url: String, _ page: SavedPage) -> AddOutcome {
        AddOutcome(url: url, finalURL: page.record.finalURL, status: .exists, path: page.path, title: page.record.title)
    }
}

/// Why an address was not saved. The description follows `folio: URL: ` on the error line.
public enum AddError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The page could not be fetched.
    case fetch(FetchError)
    /// The address is a feed, which `folio feed add` subscribes to.
    case feed
    /// The page holds binary data.
    case binary(type: String?)
    /// The page has nothing but white space.
    case empty
    /// The page is refused as hostile, and why (see `EntityExpansion`).
    case refused(String)
    /// The page could not be written to the library.
    case save(SaveError)

    public var description: String {
        switch self {
        case .fetch(let error): return error.description
        case .feed: return "a feed, not an article: subscribe to it with `folio feed add URL`"
        case .binary(let type): return "not an article (\(type ?? "binary data"))"
        case .empty: return "empty page"
        case .refused(let reason): return reason
        case .save(let error): return error.description
        }
    }
}
