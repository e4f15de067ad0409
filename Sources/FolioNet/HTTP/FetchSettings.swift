import FolioKit

/// How folio fetches: limits, timeouts, trust and proxies. The same for `folio add` and, later,
/// `folio fetch`.
public struct FetchSettings: Sendable {
    /// Requests in flight at once, over all hosts (`--max-requests`).
    public var maxRequests = 32
    /// Requests in flight at once to one host (`--max-per-host`).
    public var maxRequestsPerHost = 2
    /// The largest body accepted, in bytes, after decompression (`--max-size`; 20 MB).
    public var maxBytes = 20 * 1024 * 1024
    /// Seconds a whole request may take, redirects and body included (`--timeout`).
    public var timeout = 30.0
    /// Seconds a connection may take to open (never more than `timeout`).
    public var connectTimeout = 10.0
    /// A PEM file of certificates trusted besides the trust store (`--ca-file`).
    public var caFile: String?
    /// A PEM file that replaces the system's trust store (`SSL_CERT_FILE`).
    public var trustStoreFile: String?
    /// The proxies to use, from the environment.
    public var proxies = ProxySettings()
    /// The User-Agent header: `folio/VERSION`.
    public var userAgent = "folio/" + FolioVersion.current

    /// The defaults, with the proxies and trust store the environment names (`https_proxy`,
    /// `http_proxy`, `no_proxy` and their upper-case forms as curl reads them;
    /// `SSL_CERT_FILE`).
    public init(environment: [String: String] = [:]) {
        proxies = ProxySettings(environment: environment)
        if let file = environment["SSL_CERT_FILE"], !file.isEmpty { trustStoreFile = file }
    }
}
