import ArgumentParser
import FolioNet

/// The options of commands that fetch (`folio add`, later `folio fetch`): limits, timeout and
/// trust. A configuration file will take these over.
struct NetworkOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Seconds one page may take, redirects and body included.", valueName: "seconds"))
    var timeout: Double = 30

    @Option(help: ArgumentHelp("The largest page accepted, compressed or not: bytes, or with K, M or G.", valueName: "size"))
    var maxSize = "20M"

    @Option(help: ArgumentHelp("Also trust the certificates (CAs) in this PEM file.", valueName: "pem"))
    var caFile: String?

    @Option(help: ArgumentHelp("Requests in flight at once.", valueName: "n"))
    var maxRequests = 32

    @Option(help: ArgumentHelp("Requests in flight at once to one host.", valueName: "n"))
    var maxPerHost = 2

    func validate() throws {
        guard timeout > 0, timeout.isFinite else { throw ValidationError("--timeout must be a number of seconds above 0.") }
        guard ByteSize.parse(maxSize) != nil else { throw ValidationError("--max-size must be a size such as 500K, 20M or 1G.") }
        guard maxRequests >= 1 else { throw ValidationError("--max-requests must be at least 1.") }
        guard maxPerHost >= 1 else { throw ValidationError("--max-per-host must be at least 1.") }
    }

    /// Sets the limits, timeout and trust these options give in `settings`.
    func apply(to settings: inout FetchSettings) {
        settings.timeout = timeout
        settings.maxBytes = ByteSize.parse(maxSize) ?? settings.maxBytes
        settings.caFile = caFile
        settings.maxRequests = maxRequests
        settings.maxRequestsPerHost = maxPerHost
    }
}
