import Foundation
import TestServers
import Testing

/// HTTPS against nginx with a self-signed certificate: refused as untrusted, accepted with
/// `--ca-file` or with `SSL_CERT_FILE` naming it, and fetched over HTTP/2.
@Suite("folio add over TLS")
struct TLSTests {
    @Test("a self-signed certificate is refused, and trusted with --ca-file or SSL_CERT_FILE")
    func selfSigned() throws {
        let certificates = try ScratchFolder()
        guard let certificate = try TestCertificate.make(in: certificates.path),
            let nginx = try NginxServer(pages: TestPages.site, certificate: certificate)
        else { return }
        let url = nginx.tlsBase + "/a.html"
        let refused = try AddLibrary()
        let run = try refused.add([url])
        #expect(run.status == 2)
        #expect(run.errors == "folio: \(url): certificate not trusted\n")
        refused.expectExactly([])

        let withCA = try AddLibrary()
        let trusted = try withCA.add(["--ca-file", certificate.certificate, url])
        #expect(trusted.status == 0, "\(trusted.errors)")
        #expect(trusted.lines == ["saved  Alpha story  (\(withCA.pages)/Alpha story.html)"])
        #expect(nginx.accessLog.last?.contains("GET /a.html HTTP/2.0 200") == true, "over HTTP/2: \(nginx.accessLog)")

        let withStore = try AddLibrary()
        let replaced = try withStore.add([url], environment: ["SSL_CERT_FILE": certificate.certificate])
        #expect(replaced.status == 0, "\(replaced.errors)")
        withStore.expectExactly(["Alpha story.html"])
    }

    @Test("a --ca-file that is not a certificate is one clear error")
    func badCAFile() throws {
        let folder = try ScratchFolder()
        let notPEM = try folder.file("ca.pem", "not a certificate\n")
        let library = try AddLibrary()
        let run = try library.add(["--ca-file", notPEM, "https://127.0.0.1:1/a.html"])
        #expect(run.status == 2)
        #expect(run.errors == "folio: cannot use certificates from '\(notPEM)': not a PEM certificate file\n")
    }
}
