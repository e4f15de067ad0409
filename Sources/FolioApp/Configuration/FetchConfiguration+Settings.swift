import FolioNet

extension FetchConfiguration {
    /// Sets in `settings` (the network client's) what the file's `[fetch]` gives: requests in
    /// flight at once and to one host, the timeout, the largest body, and, when set, the
    /// User-Agent and the certificates trusted besides the system's. `fullText` is no setting
    /// of the client: the fetching of feeds reads it from here. A command-line option is set
    /// after, over these, for its run.
    public func apply(to settings: inout FetchSettings) {
        settings.maxRequests = connections
        settings.maxRequestsPerHost = perHost
        settings.timeout = timeout
        settings.maxBytes = maxSize.bytes
        if let userAgent { settings.userAgent = userAgent }
        if let caFile { settings.caFile = caFile }
    }
}

extension FetchSettings {
    /// The settings the reader fetches with (`a`, `F`, `r`): proxies and trust store from
    /// `environment`, limits as `folio add` has them (the file's `[fetch]` over the defaults).
    static func reader(environment: [String: String], fetch: FetchConfiguration?) -> FetchSettings {
        var settings = FetchSettings(environment: environment)
        fetch?.apply(to: &settings)
        return settings
    }
}
