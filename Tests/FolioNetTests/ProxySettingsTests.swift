import FolioKit
import Testing

@testable import FolioNet

/// Which proxy an address goes through, read from the environment as curl reads it.
@Suite struct ProxySettingsTests {
    private func proxy(_ url: String, _ environment: [String: String]) -> String? {
        guard let address = PageAddress(url) else {
            Issue.record("not an address: \(url)")
            return nil
        }
        return ProxySettings(environment: environment).proxy(for: address)
    }

    @Test("https_proxy for https, http_proxy for http, all_proxy for either when unset")
    func byScheme() {
        let environment = ["http_proxy": "h:1", "https_proxy": "s:2"]
        #expect(proxy("https://example.org/", environment) == "s:2")
        #expect(proxy("http://example.org/", environment) == "h:1")
        #expect(proxy("http://example.org/", ["all_proxy": "a:3"]) == "a:3")
        #expect(proxy("https://example.org/", ["ALL_PROXY": "a:3", "HTTPS_PROXY": "S:4"]) == "S:4")
        #expect(proxy("https://example.org/", [:]) == nil)
    }

    @Test("lower case wins; HTTP_PROXY in upper case is not read (as in curl); empty is unset")
    func caseRules() {
        #expect(proxy("https://example.org/", ["https_proxy": "low:1", "HTTPS_PROXY": "UP:2"]) == "low:1")
        #expect(proxy("http://example.org/", ["HTTP_PROXY": "UP:2"]) == nil)
        #expect(proxy("https://example.org/", ["https_proxy": "", "HTTPS_PROXY": "UP:2"]) == "UP:2")
        #expect(proxy("http://example.org/", ["no_proxy": "", "NO_PROXY": "example.org", "http_proxy": "p:1"]) == nil)
    }

    @Test("no_proxy: *, hosts and the domains under them, a leading dot, IP addresses and networks", arguments: [
        ("example.org", "example.org", true), ("example.org", "www.example.org", true),
        (".example.org", "example.org", true), (".example.org", "a.b.example.org", true),
        ("example.org", "badexample.org", false), ("example.org", "example.org.evil", false),
        ("*", "anything.net", true), ("a.net, example.org", "example.org", true),
        ("a.net example.org", "x.example.org", true), ("10.0.0.0/8", "10.1.2.3", true),
        ("10.0.0.0/8", "11.0.0.1", false), ("127.0.0.1", "127.0.0.1", true),
        ("::1", "[::1]", true), ("fd00::/8", "[fd12::1]", true), ("Example.ORG.", "www.example.org", true),
    ])
    func noProxy(list: String, host: String, bypassed: Bool) {
        let environment = ["http_proxy": "proxy:8080", "no_proxy": list]
        #expect((proxy("http://\(host)/", environment) == nil) == bypassed)
    }

    @Test("a proxy address is read as curl reads it")
    func proxyAddresses() throws {
        let plain = try ProxyServer.configuration("proxy.example:3128")
        #expect(plain.host == "proxy.example" && plain.port == 3128 && plain.authorization == nil)
        let defaultPort = try ProxyServer.configuration("http://proxy.example")
        #expect(defaultPort.port == 1080)
        let authorised = try ProxyServer.configuration("http://me:s%40cret@proxy.example:8080/")
        #expect(authorised.authorization == .basic(username: "me", password: "s@cret"))
        #expect(throws: FetchError.proxy("https:// proxies are not supported (http:// and socks5:// are)")) {
            try ProxyServer.configuration("https://proxy.example:443")
        }
    }
}
