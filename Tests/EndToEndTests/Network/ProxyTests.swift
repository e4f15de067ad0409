import Foundation
import TestServers
import Testing

/// Proxies from the environment, as curl reads them.
@Suite("folio add through proxies")
struct ProxyTests {
    @Test("http_proxy carries http requests, through a CONNECT tunnel (to nginx, serving a host that does not resolve)")
    func httpProxy() throws {
        guard let nginx = try NginxServer(pages: TestPages.site) else { return }
        let proxy = try FaultServer(tunnel: nginx.port)
        let library = try AddLibrary()
        let run = try library.add(["http://pages.invalid/a.html"], environment: ["http_proxy": proxy.base])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.lines == ["saved  Alpha story  (\(library.pages)/Alpha story.html)"])
        #expect(proxy.events == ["request pages.invalid:80"])
        #expect(nginx.accessLog.first?.hasPrefix("GET /a.html ") == true, "\(nginx.accessLog)")
    }

    @Test("https_proxy carries https requests; the certificate is checked for the host asked for")
    func httpsProxy() throws {
        let certificates = try ScratchFolder()
        // For pages.invalid only: NIOSSL also accepts a certificate whose IP address entry is
        // the address it is connected to, which through a proxy is the proxy's, 127.0.0.1
        // here (docs/design.md).
        guard let certificate = try TestCertificate.make(in: certificates.path, names: "DNS:pages.invalid"),
            let nginx = try NginxServer(pages: TestPages.site, certificate: certificate), let tlsPort = nginx.tlsPort
        else { return }
        let proxy = try FaultServer(tunnel: tlsPort)
        let library = try AddLibrary()
        let run = try library.add(["--ca-file", certificate.certificate, "https://pages.invalid/a.html"], environment: ["https_proxy": proxy.base])
        #expect(run.status == 0, "\(run.errors)")
        library.expectExactly(["Alpha story.html"])
        #expect(proxy.events == ["request pages.invalid:443"])
        // The same server asked for as another host: its certificate does not name it.
        let other = "https://other.invalid/a.html"
        let mismatch = try library.add(["--ca-file", certificate.certificate, other], environment: ["https_proxy": proxy.base])
        #expect(mismatch.status == 2, "\(mismatch.lines)")
        #expect(mismatch.errors == "folio: \(other): certificate is not for other.invalid\n")
    }

    @Test("no_proxy names the hosts reached directly")
    func noProxy() throws {
        guard let nginx = try NginxServer(pages: TestPages.site) else { return }
        let library = try AddLibrary()
        let url = "http://pages.invalid/a.html"
        let run = try library.add([url], environment: ["http_proxy": nginx.base, "NO_PROXY": "example.org, .invalid"])
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix("folio: \(url): could not resolve host pages.invalid"), "\(run.errors)")
        #expect(nginx.accessLog == [])
    }

    @Test("a proxy that refuses the tunnel is named")
    func httpsProxyRefuses() throws {
        let proxy = try FaultServer()
        let library = try AddLibrary()
        let url = "https://pages.invalid/a.html"
        let run = try library.add([url], environment: ["HTTPS_PROXY": proxy.base])
        #expect(run.status == 2)
        #expect(run.errors == "folio: \(url): proxy: the proxy refused the connection\n")
        #expect(proxy.events == ["request pages.invalid:443"])
    }
}
