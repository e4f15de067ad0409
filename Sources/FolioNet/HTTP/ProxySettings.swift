import Foundation
import FolioKit

/// The proxies folio goes through, read from the environment as curl reads it:
/// `https_proxy`/`HTTPS_PROXY` for https addresses, `http_proxy` (lower case only, as in curl)
/// for http ones, `all_proxy`/`ALL_PROXY` for either when the other is unset, and
/// `no_proxy`/`NO_PROXY` for the hosts reached directly. The lower-case form wins when both
/// are set; an empty value counts as unset.
public struct ProxySettings: Sendable, Equatable {
    /// The proxy for http addresses, as written.
    public var http: String?
    /// The proxy for https addresses, as written.
    public var https: String?
    /// The `no_proxy` entries: `*`, host names and domains (`example.org`, `.example.org`),
    /// IP addresses and networks (`10.0.0.0/8`).
    public var bypass: [String] = []

    /// No proxy.
    public init() {}

    /// The proxies `environment` names.
    public init(environment: [String: String]) {
        func value(_ names: String...) -> String? {
            names.lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        }
        let all = value("all_proxy", "ALL_PROXY")
        http = value("http_proxy") ?? all
        https = value("https_proxy", "HTTPS_PROXY") ?? all
        let list = value("no_proxy", "NO_PROXY") ?? ""
        bypass = list.split { $0 == "," || $0 == " " || $0 == "\t" }.map(String.init)
    }

    /// The proxy for `address` as written, or nil when it is reached directly.
    public func proxy(for address: PageAddress) -> String? {
        guard let proxy = address.scheme == "https" ? https : http, !bypasses(address.host) else { return nil }
        return proxy
    }

    /// True when `no_proxy` names `host`: `*`; the host itself or a domain above it (a leading
    /// `.` in the entry changes nothing); an IP address or a network holding it.
    public func bypasses(_ host: String) -> Bool {
        let host = Self.trimmingDots(host.lowercased())
        let hostAddress = IPAddress(host)
        for entry in bypass {
            if entry == "*" { return true }
            if let hostAddress {
                if let network = IPNetwork(entry), network.contains(hostAddress) { return true }
                continue
            }
            var name = Self.trimmingDots(entry.lowercased())
            if name.hasPrefix("[") && name.hasSuffix("]") { name = String(name.dropFirst().dropLast()) }
            if name.isEmpty { continue }
            if host == name || host.hasSuffix("." + name) { return true }
        }
        return false
    }

    private static func trimmingDots(_ text: String) -> String {
        var text = Substring(text)
        while text.hasPrefix(".") { text = text.dropFirst() }
        while text.hasSuffix(".") { text = text.dropLast() }
        return String(text)
    }
}

/// An IPv4 or IPv6 address as bytes.
struct IPAddress: Equatable {
    var bytes: [UInt8]

    init?(_ text: String) {
        var text = text
        if text.hasPrefix("[") && text.hasSuffix("]") { text = String(text.dropFirst().dropLast()) }
        var v4 = in_addr(), v6 = in6_addr()
        if inet_pton(AF_INET, text, &v4) == 1 {
            bytes = withUnsafeBytes(of: v4) { Array($0) }
        } else if inet_pton(AF_INET6, text, &v6) == 1 {
            bytes = withUnsafeBytes(of: v6) { Array($0) }
        } else {
            return nil
        }
    }
}

/// An address with an optional prefix length (`10.0.0.0/8`, `::1`, `127.0.0.1`).
struct IPNetwork {
    var address: IPAddress
    var prefixLength: Int

    init?(_ text: String) {
        let parts = text.split(separator: "/", maxSplits: 1)
        guard let first = parts.first, let address = IPAddress(String(first)) else { return nil }
        self.address = address
        if parts.count == 2 {
            guard let length = Int(parts[1]), (0...address.bytes.count * 8).contains(length) else { return nil }
            prefixLength = length
        } else {
            prefixLength = address.bytes.count * 8
        }
    }

    func contains(_ other: IPAddress) -> Bool {
        guard other.bytes.count == address.bytes.count else { return false }
        var bits = prefixLength
        for (mine, theirs) in zip(address.bytes, other.bytes) where bits > 0 {
            let mask: UInt8 = bits >= 8 ? 0xFF : ~(0xFF >> UInt8(bits))
            if mine & mask != theirs & mask { return false }
            bits -= 8
        }
        return true
    }
}
