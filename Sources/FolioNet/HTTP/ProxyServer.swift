import AsyncHTTPClient
import Foundation

/// A proxy address as written in `http_proxy` and its kin, read as curl reads it:
/// `[SCHEME://][USER[:PASSWORD]@]HOST[:PORT][/]`, an http proxy when no scheme is given, port
/// 1080 when none is.
enum ProxyServer {
    /// The client configuration for the proxy `written`: `http` (with basic authentication
    /// when a user is given) or `socks5`/`socks5h`.
    static func configuration(_ written: String) throws(FetchError) -> HTTPClient.Configuration.Proxy {
        let text = written.contains("://") ? written : "http://" + written
        guard let components = URLComponents(string: text), let host = components.host, !host.isEmpty else {
            throw .proxy("cannot read the proxy address '\(written)'")
        }
        let scheme = components.scheme?.lowercased() ?? "http"
        let port = components.port ?? 1080
        switch scheme {
        case "http":
            guard let user = components.user else { return .server(host: host, port: port) }
            let password = components.password ?? ""
            return .server(
                host: host, port: port,
                authorization: .basic(
                    username: user.removingPercentEncoding ?? user, password: password.removingPercentEncoding ?? password))
        case "socks5", "socks5h":
            return .socksServer(host: host, port: port)
        default:
            throw .proxy("\(scheme):// proxies are not supported (http:// and socks5:// are)")
        }
    }
}
