import FolioKit
import FolioNet
import FolioApp
import Testing

/// The configuration's `[fetch]` as the network client takes it: every setting reaches the
/// client's settings, and those left unset keep the client's own. (`full-text` is no client
/// setting: it stays in `Configuration.fetch` for the fetching of feeds.)
@Suite struct FetchConfigurationTests {
    @Test("every [fetch] setting reaches the network client's settings")
    func settingsReachTheClient() {
        var fetch = FetchConfiguration()
        (fetch.connections, fetch.perHost, fetch.timeout, fetch.maxSize) = (8, 1, 2.5, SizeLimit(bytes: 5 << 20))
        (fetch.userAgent, fetch.caFile, fetch.fullText) = ("folio-test/1", "/etc/ca.pem", true)
        var settings = FetchSettings(environment: ["SSL_CERT_FILE": "/etc/store.pem"])
        fetch.apply(to: &settings)
        #expect(settings.maxRequests == 8 && settings.maxRequestsPerHost == 1)
        #expect(settings.timeout == 2.5 && settings.maxBytes == 5 << 20)
        #expect(settings.userAgent == "folio-test/1" && settings.caFile == "/etc/ca.pem")
        #expect(settings.trustStoreFile == "/etc/store.pem", "the environment's trust store stays")
    }

    @Test("with no [fetch], the client keeps its own defaults, the User-Agent folio/VERSION")
    func defaultsAreTheClients() {
        var settings = FetchSettings()
        Configuration().fetch.apply(to: &settings)
        let client = FetchSettings()
        #expect(settings.maxRequests == client.maxRequests && settings.maxRequestsPerHost == client.maxRequestsPerHost)
        #expect(settings.timeout == client.timeout && settings.maxBytes == client.maxBytes)
        #expect(settings.userAgent == "folio/" + FolioVersion.current && settings.caFile == nil)
    }
}
