import ArgumentParser
import FolioKit
import FolioNet

/// The options of commands that fetch (`folio add`, later `folio fetch`): limits, timeout and
/// trust. Each one given wins, for its run, over the configuration file's `[fetch]`; one left
/// out keeps the file's setting, else folio's default.
struct NetworkOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Seconds one page may take, redirects and body included (default: [fetch] timeout, else 30).",
            valueName: "seconds"))
    var timeout: Double?

    @Option(
        help: ArgumentHelp(
            "The largest page accepted, compressed or not: bytes, or with K, M or G (default: [fetch] max-size, else 20M).",
            valueName: "size"))
    var maxSize: SizeLimit?

    @Option(help: ArgumentHelp("Also trust the certificates (CAs) in this PEM file (default: [fetch] ca-file).", valueName: "pem"))
    var caFile: String?

    @Option(help: ArgumentHelp("Requests in flight at once (default: [fetch] connections, else 32).", valueName: "n"))
    var maxRequests: Int?

    @Option(help: ArgumentHelp("Requests in flight at once to one host (default: [fetch] per-host, else 2).", valueName: "n"))
    var maxPerHost: Int?

    func validate() throws {
        if let timeout, !(timeout > 0 && timeout.isFinite) {
            throw ValidationError("--timeout must be a number of seconds above 0.")
        }
        if let maxRequests, maxRequests < 1 { throw ValidationError("--max-requests must be at least 1.") }
        if let maxPerHost, maxPerHost < 1 { throw ValidationError("--max-per-host must be at least 1.") }
    }

    /// Sets in `settings` the limits, timeout and trust of the options given, over what the
    /// configuration file set there.
    func apply(to settings: inout FetchSettings) {
        if let timeout { settings.timeout = timeout }
        if let maxSize { settings.maxBytes = maxSize.bytes }
        if let caFile { settings.caFile = caFile }
        if let maxRequests { settings.maxRequests = maxRequests }
        if let maxPerHost { settings.maxRequestsPerHost = maxPerHost }
    }
}
