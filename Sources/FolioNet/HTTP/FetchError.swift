/// Why a page could not be fetched, in words a person understands. The description is what
/// follows `folio: URL: ` on the error line, e.g. `HTTP 404 Not Found`, `timed out after 30 s`.
public enum FetchError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Not an absolute http or https address.
    case invalidAddress
    /// An address of another scheme than http and https (`file`, `ftp`, …).
    case unsupportedScheme(String)
    /// The server answered with an error status.
    case http(status: Int, reason: String)
    /// The server asked to come back later (429 or 503 with `Retry-After`, as written: seconds
    /// or an HTTP date).
    case retryLater(status: Int, reason: String, retryAfter: String)
    /// The whole request took longer than the timeout (seconds).
    case timedOut(seconds: Double)
    /// No connection could be opened within the connect timeout (seconds).
    case connectTimedOut(seconds: Double)
    /// The host name does not resolve; `detail` is the resolver's word when it is not simply
    /// "unknown name" (no network, say).
    case unresolvedHost(host: String, detail: String?)
    /// The server refused the connection.
    case connectionRefused(host: String, port: Int)
    /// The connection could not be made for another reason, e.g. `network is unreachable`.
    case cannotConnect(host: String, reason: String)
    /// The server's certificate is not signed by a trusted authority.
    case untrustedCertificate
    /// The server's certificate is for another host.
    case certificateHostMismatch(host: String)
    /// The TLS handshake failed for another reason.
    case tlsFailed(String)
    /// More redirects than the limit.
    case tooManyRedirects(limit: Int)
    /// A redirect led back to an address already visited.
    case redirectLoop
    /// A redirect to another scheme than http or https.
    case redirectRefused(scheme: String)
    /// A redirect without a usable `Location`.
    case badRedirect
    /// The body (after decompression) is larger than the limit (bytes).
    case tooLarge(limit: Int)
    /// The page is of a type the caller does not want: `noun` is what was wanted
    /// (`an article`), `type` the server's media type.
    case unwantedType(type: String, noun: String)
    /// The connection closed before the whole body arrived (shorter than its Content-Length).
    case closedEarly
    /// The compressed body could not be decoded.
    case badCompression
    /// The server's answer is not HTTP that can be read.
    case badResponse(String)
    /// The proxy could not be used.
    case proxy(String)
    /// The `--ca-file` or `SSL_CERT_FILE` could not be used.
    case trustFile(path: String, reason: String)
    /// Anything else, as the library reported it.
    case other(String)

    public var description: String {
        switch self {
        case .invalidAddress: return "not a web address"
        case .unsupportedScheme(let scheme): return "only http and https addresses can be fetched, not \(scheme):"
        case .http(let status, let reason), .retryLater(let status, let reason, _):
            return reason.isEmpty ? "HTTP \(status)" : "HTTP \(status) \(reason)"
        case .timedOut(let seconds): return "timed out after \(Self.seconds(seconds))"
        case .connectTimedOut(let seconds): return "could not connect within \(Self.seconds(seconds))"
        case .unresolvedHost(let host, let detail):
            return "could not resolve host \(host)" + (detail.map { " (\($0))" } ?? "")
        case .connectionRefused(let host, let port): return "connection refused by \(host) port \(port)"
        case .cannotConnect(let host, let reason): return "cannot connect to \(host): \(reason)"
        case .untrustedCertificate: return "certificate not trusted"
        case .certificateHostMismatch(let host): return "certificate is not for \(host)"
        case .tlsFailed(let reason): return "TLS handshake failed: \(reason)"
        case .tooManyRedirects(let limit): return "too many redirects (more than \(limit))"
        case .redirectLoop: return "redirect loop"
        case .redirectRefused(let scheme): return "redirect to a \(scheme): URL refused"
        case .badRedirect: return "redirect without a usable Location"
        case .tooLarge(let limit): return "larger than \(ByteSize.text(limit))"
        case .unwantedType(let type, let noun): return "not \(noun) (\(type))"
        case .closedEarly: return "connection closed before the whole page arrived"
        case .badCompression: return "the page's compressed body is damaged"
        case .badResponse(let detail): return "the server's answer is not valid HTTP (\(detail))"
        case .proxy(let reason): return "proxy: \(reason)"
        case .trustFile(let path, let reason): return "cannot use certificates from '\(path)': \(reason)"
        case .other(let reason): return reason
        }
    }

    /// `30 s`, `2.5 s`.
    private static func seconds(_ value: Double) -> String {
        value == value.rounded() && value < 1e9 ? "\(Int(value)) s" : "\(value) s"
    }
}
