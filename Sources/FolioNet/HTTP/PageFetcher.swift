import AsyncHTTPClient
import FolioKit
import NIOCore
import NIOHTTP1
import NIOSSL

/// Fetches pages over HTTP/1.1 and HTTP/2 (negotiated over TLS), through a pool of
/// connections, within `FetchSettings`' limits: requests at once in all and per host, body
/// size (compressed or not, stopped while it is read), connect and whole-request timeouts.
/// Redirects are followed here (at most 10, never in a loop, never off http and https), and
/// every failure is a `FetchError` that says what went wrong in words.
///
/// Call `shutdown()` once done.
public final class PageFetcher: Sendable {
    /// The most redirects followed for one request.
    public static let redirectLimit = 10

    /// The settings in force.
    public let settings: FetchSettings
    private let direct: HTTPClient
    private let viaHTTPProxy: Result<HTTPClient, FetchError>?
    private let viaHTTPSProxy: Result<HTTPClient, FetchError>?
    private let slots: RequestSlots

    /// A fetcher with `settings`; throws when a certificate file cannot be used.
    public init(settings: FetchSettings) throws(FetchError) {
        self.settings = settings
        var tls = TLSConfiguration.makeClientConfiguration()
        if let store = settings.trustStoreFile {
            try Self.checkCertificates(store)
            tls.trustRoots = .file(store)
        }
        if let caFile = settings.caFile {
            try Self.checkCertificates(caFile)
            tls.additionalTrustRoots = [.file(caFile)]
        }
        func client(_ proxy: HTTPClient.Configuration.Proxy?) -> HTTPClient {
            var pool = HTTPClient.Configuration.ConnectionPool()
            pool.concurrentHTTP1ConnectionsPerHostSoftLimit = max(1, settings.maxRequestsPerHost)
            // A refused connection is reported at once, not retried until the connect timeout.
            pool.retryConnectionEstablishment = false
            let connect = min(settings.connectTimeout, settings.timeout)
            var configuration = HTTPClient.Configuration(
                tlsConfiguration: tls, redirectConfiguration: .disallow,
                timeout: .init(connect: .nanoseconds(Int64(connect * 1e9))), connectionPool: pool, proxy: proxy,
                decompression: .enabled(limit: .size(settings.maxBytes)))
            configuration.httpVersion = .automatic
            return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
        }
        direct = client(nil)
        var made: [String: Result<HTTPClient, FetchError>] = [:]
        func proxied(_ written: String?) -> Result<HTTPClient, FetchError>? {
            guard let written else { return nil }
            if let known = made[written] { return known }
            let result = Result { () throws(FetchError) in try client(ProxyServer.configuration(written)) }
            made[written] = result
            return result
        }
        viaHTTPProxy = proxied(settings.proxies.http)
        viaHTTPSProxy = proxied(settings.proxies.https)
        slots = RequestSlots(total: settings.maxRequests, perHost: settings.maxRequestsPerHost)
    }

    /// Closes every connection. The fetcher cannot be used after.
    public func shutdown() async {
        var clients = [direct]
        for case .success(let client)? in [viaHTTPProxy, viaHTTPSProxy] where !clients.contains(where: { $0 === client }) {
            clients.append(client)
        }
        for client in clients { try? await client.shutdown() }
    }

    /// Fetches `request`'s page, following redirects.
    public func fetch(_ request: FetchRequest) async throws(FetchError) -> FetchResult {
        var address = request.address
        var visited: Set<String> = [address.text]
        var redirects = 0
        // The address the chain of permanent redirects (301, 308) so far leads to.
        var permanent: PageAddress?
        var allPermanent = true
        var deadline: ContinuousClock.Instant?
        while true {
            guard address.isWeb else { throw .unsupportedScheme(address.scheme) }
            let host = address.hostAndPort
            do {
                try await slots.acquire(host)
            } catch {
                throw .other("cancelled")
            }
            // The time limit runs from the first slot: waiting behind other requests is not
            // this server's fault.
            let end = deadline ?? ContinuousClock.now + .nanoseconds(Int64(settings.timeout * 1e9))
            deadline = end
            let outcome: Exchange
            do {
                outcome = try await exchange(request, at: address, until: end)
                await slots.release(host)
            } catch {
                await slots.release(host)
                throw error
            }
            switch outcome {
            case .done(.page(var page)):
                page.permanentAddress = permanent
                return .page(page)
            case .done(.notModified(let final, _)):
                return .notModified(finalAddress: final, permanentAddress: permanent)
            case .redirect(let location, let status):
                guard let location, let next = PageAddress(location, relativeTo: address) else { throw .badRedirect }
                guard next.isWeb else { throw .redirectRefused(scheme: next.scheme) }
                guard visited.insert(next.text).inserted else { throw .redirectLoop }
                redirects += 1
                guard redirects <= Self.redirectLimit else { throw .tooManyRedirects(limit: Self.redirectLimit) }
                address = next
                allPermanent = allPermanent && (status == 301 || status == 308)
                permanent = allPermanent ? next : nil
            }
        }
    }

    // MARK: - One request

    /// What one request gave: the end of the fetch, or a redirect to follow.
    private enum Exchange: Sendable {
        case done(FetchResult)
        case redirect(String?, status: Int)
    }

    /// One request to `address` (no redirect followed), within the time left until `end`.
    private func exchange(_ request: FetchRequest, at address: PageAddress, until end: ContinuousClock.Instant) async throws(FetchError) -> Exchange {
        let timeout = settings.timeout
        do {
            return try await withThrowingTaskGroup(of: Exchange.self) { group in
                group.addTask { try await self.send(request, to: address, until: end) }
                group.addTask {
                    try await Task.sleep(until: end, clock: .continuous)
                    throw FetchError.timedOut(seconds: timeout)
                }
                defer { group.cancelAll() }
                guard let first = try await group.next() else { throw FetchError.timedOut(seconds: timeout) }
                return first
            }
        } catch let error as FetchError {
            throw error
        } catch {
            throw FetchError(error, address: address, settings: settings)
        }
    }

    private func send(_ request: FetchRequest, to address: PageAddress, until end: ContinuousClock.Instant) async throws -> Exchange {
        var outgoing = HTTPClientRequest(url: address.text)
        outgoing.method = .GET
        outgoing.headers.add(name: "User-Agent", value: settings.userAgent)
        outgoing.headers.add(name: "Accept", value: request.wanted.acceptHeader)
        if let etag = request.etag { outgoing.headers.add(name: "If-None-Match", value: etag) }
        if let lastModified = request.lastModified { outgoing.headers.add(name: "If-Modified-Since", value: lastModified) }
        let left = ContinuousClock.now.duration(to: end)
        let nanoseconds = max(0, left.components.seconds) * 1_000_000_000 + left.components.attoseconds / 1_000_000_000
        let response = try await client(for: address).execute(outgoing, deadline: .now() + .nanoseconds(nanoseconds))
        let status = Int(response.status.code)
        switch status {
        case 301, 302, 303, 307, 308:
            let location = response.headers.first(name: "Location")
            try await Self.drain(response.body)
            return .redirect(location, status: status)
        case 304 where request.etag != nil || request.lastModified != nil:
            return .done(.notModified(finalAddress: address))
        case 200..<300:
            break
        case 429, 503:
            if let retryAfter = response.headers.first(name: "Retry-After") {
                throw FetchError.retryLater(status: status, reason: HTTPResponseStatus(statusCode: status).reasonPhrase, retryAfter: retryAfter)
            }
            throw FetchError.http(status: status, reason: HTTPResponseStatus(statusCode: status).reasonPhrase)
        default:
            throw FetchError.http(status: status, reason: HTTPResponseStatus(statusCode: status).reasonPhrase)
        }
        let contentType = response.headers.first(name: "Content-Type")
        guard request.wanted.accepts(contentType) else {
            throw FetchError.unwantedType(type: WantedContent.mediaType(contentType) ?? "", noun: request.wanted.noun)
        }
        let limit = settings.maxBytes
        // A declared length over the limit is refused before the body is read; compressed
        // bodies are held to the limit by the decompressor as they are inflated, and every
        // body by the collector as it arrives.
        let length = response.headers.first(name: "Content-Encoding") == nil
            ? response.headers.first(name: "Content-Length").flatMap(Int.init) : nil
        if let length, length > limit { throw FetchError.tooLarge(limit: limit) }
        var collector = BodyCollector(limit: limit, expectedLength: length)
        for try await buffer in response.body { try collector.append(buffer) }
        let body = collector.bytes()
        let version = response.version.major >= 2 ? "HTTP/\(response.version.major)" : "HTTP/\(response.version.major).\(response.version.minor)"
        return .done(.page(FetchedPage(
            address: request.address, finalAddress: address, contentType: contentType,
            etag: response.headers.first(name: "ETag"), lastModified: response.headers.first(name: "Last-Modified"),
            body: body, httpVersion: version)))
    }

    /// Reads and drops a redirect's short body, so that its connection can serve the next
    /// request; a long one is abandoned (and its connection closed).
    private static func drain(_ body: HTTPClientResponse.Body) async throws {
        var left = 65536
        for try await buffer in body {
            left -= buffer.readableBytes
            if left < 0 { return }
        }
    }

    /// The client for `address`: through its proxy, or direct.
    private func client(for address: PageAddress) throws(FetchError) -> HTTPClient {
        guard settings.proxies.proxy(for: address) != nil,
            let proxied = address.scheme == "https" ? viaHTTPSProxy : viaHTTPProxy
        else { return direct }
        return try proxied.get()
    }

    /// Throws unless `path` holds at least one PEM certificate.
    private static func checkCertificates(_ path: String) throws(FetchError) {
        do {
            if try NIOSSLCertificate.fromPEMFile(path).isEmpty {
                throw FetchError.trustFile(path: path, reason: "no PEM certificate in it")
            }
        } catch let error as FetchError {
            throw error
        } catch let error as NIOSSLError where error == .noSuchFilesystemObject {
            throw .trustFile(path: path, reason: "no such file")
        } catch {
            throw .trustFile(path: path, reason: "not a PEM certificate file")
        }
    }
}
