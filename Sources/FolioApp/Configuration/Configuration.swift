import FolioKit
import FolioNet
import FolioUI

/// What the configuration file sets, over folio's defaults: the theme, the reader's measure,
/// the list's order, how dates are shown, the browser, the fetch settings and the key map.
/// `ConfigurationFile` reads it from TOML and `ConfigurationText` writes it back.
///
/// Precedence, highest first: a command-line option (for that run); a choice made in the
/// reader and remembered in the state (`T`, `s`), for as long as the file's own setting of it
/// stays as it was when the choice was made; the file; the defaults.
public struct Configuration: Sendable, Equatable {
    /// The theme the file names (a theme name or a theme file's path); nil: none set.
    public var theme: String?
    /// The reader's widest text column.
    public var measure = PaneSplit.standardMeasure
    /// The list's order the file sets; nil: none set (by date).
    public var sort: SortOrder?
    /// How dates are shown.
    public var dates = DateStyle.standard
    /// How links open.
    public var browser = BrowserSettings()
    /// How folio fetches.
    public var fetch = FetchConfiguration()
    /// The keys, the file's bindings made.
    public var keyMap = KeyMap.standard
    /// The file read, as named (nil: none, the defaults).
    public var file: String?

    /// The measures a file may set.
    public static let measures = 20...1000

    /// folio's defaults.
    public init() {}
}

/// The fetch settings of the configuration's `[fetch]`, checked. The network client takes
/// them (`apply(to:)`; a command-line option for one of them wins for that run); their
/// defaults are the client's own.
public struct FetchConfiguration: Sendable, Equatable {
    /// Requests in flight at once, over all hosts.
    public var connections = FetchConfiguration.client.maxRequests
    /// Requests in flight at once to one host.
    public var perHost = FetchConfiguration.client.maxRequestsPerHost
    /// Seconds one request may take, redirects and body included.
    public var timeout = FetchConfiguration.client.timeout
    /// The largest body accepted (after decompression).
    public var maxSize = SizeLimit(bytes: FetchConfiguration.client.maxBytes)
    /// The User-Agent header; nil: `folio/VERSION`.
    public var userAgent: String?
    /// A PEM file of certificates trusted besides the system's; nil: none.
    public var caFile: String?
    /// True to fetch the full page of a feed item whose feed gives only a summary, without
    /// being asked item by item.
    public var fullText = false

    /// The network client's defaults.
    private static let client = FetchSettings()

    /// The defaults.
    public init() {}
}
