import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import NIOHTTPCompression
import NIOPosix
import NIOSSL
import FolioKit

extension FetchError {
    /// The error a person understands for what the HTTP stack threw while fetching `address`.
    init(_ error: any Error, address: PageAddress, settings: FetchSettings) {
        let connect = min(settings.connectTimeout, settings.timeout)
        switch error {
        case let error as FetchError:
            self = error
        case is CancellationError:
            self = .timedOut(seconds: settings.timeout)
        case let error as HTTPClientError:
            switch error {
            case .deadlineExceeded, .cancelled, .readTimeout, .writeTimeout: self = .timedOut(seconds: settings.timeout)
            case .connectTimeout, .tlsHandshakeTimeout, .getConnectionFromPoolTimeout: self = .connectTimedOut(seconds: connect)
            case .remoteConnectionClosed: self = .closedEarly
            case .invalidURL, .emptyHost, .emptyScheme: self = .invalidAddress
            case .proxyAuthenticationRequired: self = .proxy("the proxy asks for a user name and password")
            case .invalidProxyResponse: self = .proxy("the proxy refused the connection")
            case .httpProxyHandshakeTimeout, .socksHandshakeTimeout: self = .proxy("the proxy did not answer in time")
            default: self = .other(String(describing: error))
            }
        case let error as NIOConnectionError:
            if let dns = error.dnsAError ?? error.dnsAAAAError, error.connectionErrors.isEmpty {
                self = FetchError(resolving: dns, host: error.host)
            } else if let failure = error.connectionErrors.first {
                self = FetchError(connecting: failure.error, host: error.host, port: error.port)
            } else {
                self = .cannotConnect(host: error.host, reason: "no address to connect to")
            }
        case let error as SocketAddressError.UnknownHost:
            self = FetchError(resolving: error, host: error.host)
        case let error as IOError:
            self = FetchError(connecting: error, host: address.host, port: address.port ?? (address.scheme == "https" ? 443 : 80))
        case let error as NIOSSLError:
            if case .handshakeFailed(let reason) = error, "\(reason)".contains("CERTIFICATE_VERIFY_FAILED") {
                self = .untrustedCertificate
            } else if case .uncleanShutdown = error {
                self = .closedEarly
            } else {
                self = .tlsFailed(String(describing: error))
            }
        case let error as NIOSSLExtraError where error == .failedToValidateHostname:
            self = .certificateHostMismatch(host: address.host)
        case let error as NIOHTTPDecompression.DecompressionError:
            self = error == .limit ? .tooLarge(limit: settings.maxBytes) : .badCompression
        case let error as NIOHTTPDecompression.ExtraDecompressionError:
            self = error == .truncatedData ? .closedEarly : .badCompression
        case let error as HTTPParserError:
            self = error == .invalidEOFState ? .closedEarly : .badResponse(String(describing: error))
        default:
            self = .other(String(describing: error))
        }
    }

    /// A resolver's failure for `host`: the plain "could not resolve" for an unknown name,
    /// with the resolver's words for anything else (no network, say).
    private init(resolving error: any Error, host: String) {
        guard let unknown = error as? SocketAddressError.UnknownHost else {
            self = .unresolvedHost(host: host, detail: String(describing: error))
            return
        }
        // EAI_NONAME and EAI_NODATA: the name does not exist.
        let detail = [-2, -5].contains(unknown.errorCode) ? nil : unknown.errorDescription.lowercased()
        self = .unresolvedHost(host: host, detail: detail)
    }

    /// A failed connection to `host`.
    private init(connecting error: any Error, host: String, port: Int) {
        guard let error = error as? IOError else {
            self = .cannotConnect(host: host, reason: String(describing: error))
            return
        }
        if error.errnoCode == ECONNREFUSED {
            self = .connectionRefused(host: host, port: port)
        } else {
            self = .cannotConnect(host: host, reason: ArticleLoader.systemReason(error.errnoCode))
        }
    }
}
