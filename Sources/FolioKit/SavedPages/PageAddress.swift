import Foundation

/// A web page's address, in the one form used to tell whether a page is saved already:
/// scheme and host in lower case, no default port, `/` for an empty path, no fragment
/// (`HTTPS://Example.org:443/a#top` is `https://example.org/a`). An address typed without a
/// scheme (`example.org/a`) is taken as `https://`.
public struct PageAddress: Hashable, Sendable, CustomStringConvertible {
    /// The address in its normal form.
    public let text: String
    /// The scheme, lower case (`https`).
    public let scheme: String
    /// The host, lower case, without brackets around an IPv6 address.
    public let host: String
    /// The port, when one other than the scheme's default is given.
    public let port: Int?

    /// Reads an address as typed or as a server gave it; nil when it is not an absolute URL
    /// with a host.
    public init?(_ typed: String) {
        let trimmed = typed.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.contains(where: { $0.isWhitespace || $0.asciiValue.map { $0 < 0x20 || $0 == 0x7F } == true })
        else { return nil }
        let withScheme = trimmed.contains("://") || trimmed.lowercased().hasPrefix("file:") ? trimmed : "https://" + trimmed
        guard let components = URLComponents(string: withScheme) else { return nil }
        self.init(components)
    }

    /// Reads `location`, relative to `base` when it is not absolute (a redirect's `Location`).
    public init?(_ location: String, relativeTo base: PageAddress) {
        guard let baseURL = URL(string: base.text), let url = URL(string: location, relativeTo: baseURL),
            let components = URLComponents(url: url.absoluteURL, resolvingAgainstBaseURL: true)
        else { return nil }
        self.init(components)
    }

    private init?(_ components: URLComponents) {
        guard let scheme = components.scheme?.lowercased(), !scheme.isEmpty else { return nil }
        var normal = components
        normal.scheme = scheme
        normal.fragment = nil
        let host = (components.host ?? "").lowercased()
        if scheme == "http" || scheme == "https" {
            guard !host.isEmpty else { return nil }
            normal.host = host
            if normal.port == (scheme == "https" ? 443 : 80) { normal.port = nil }
            if normal.percentEncodedPath.isEmpty { normal.percentEncodedPath = "/" }
        }
        guard let text = normal.string else { return nil }
        self.text = text
        self.scheme = scheme
        self.host = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        self.port = normal.port
    }

    /// True for `http` and `https`, the schemes folio fetches.
    public var isWeb: Bool { scheme == "http" || scheme == "https" }

    /// The host and, when given, the port (`example.org:8080`): what one connection limit
    /// applies to.
    public var hostAndPort: String { port.map { "\(host):\($0)" } ?? host }

    /// The last part of the path (`/news/story.html` → `story.html`), or the host for `/`.
    public var lastPathComponent: String {
        let path = URLComponents(string: text)?.path ?? ""
        let last = path.split(separator: "/").last.map(String.init) ?? ""
        return last.isEmpty ? host : last
    }

    public var description: String { text }
}
