import Foundation
import Synchronization
import TestServers

/// A small HTTP server of the tests' own for what nginx cannot be made to do, on a free
/// loopback port. By path:
/// - `/never`: accepts, reads the request, never answers;
/// - `/slow`: promises 100 bytes and sends one a second;
/// - `/short`: promises 5,000 bytes, sends 200, closes;
/// - `/bomb`: a gzip bomb (`GzipBomb`: 1 GiB of zeros in about 1 MB);
/// - `/endless`: a chunked page that never ends;
/// - `/hold/N/ID`: holds the answer until N requests are in flight or a second has passed,
///   counting the most in flight at once (`mostInFlight`);
/// - `/retry-after/N`: 429 Too Many Requests with `Retry-After: N`;
/// - `/half-once`: the first time, half of a page, then nothing (until stopped); after that,
///   the whole page;
/// and a CONNECT (a proxy's tunnel) is refused with 403, or, when the server was made with a
/// `tunnel` port, tunnelled to that port on 127.0.0.1 whatever host it names. Every other path
/// is 404.
final class FaultServer {
    private let core: Core

    /// Starts listening; throws when no socket can be had. With `tunnel`, CONNECT requests
    /// are tunnelled to 127.0.0.1:`tunnel`.
    init(tunnel: Int? = nil) throws { core = try Core(tunnel: tunnel) }

    /// Stops the server: its threads end with it.
    deinit { core.stop() }

    /// The port.
    var port: Int { core.port }
    /// `http://127.0.0.1:PORT`.
    var base: String { "http://127.0.0.1:\(port)" }
    /// What happened so far: `request /path`, `sent-half /half-once`, `closed /path` (the
    /// client went away while the server was still sending).
    var events: [String] { core.events }

    /// The most `/hold/` requests in flight at once so far.
    var mostInFlight: Int { core.mostInFlight }

    /// Waits (up to `timeout` seconds) until `event` has happened.
    func waitFor(_ event: String, timeout: Double = 30) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if events.contains(event) { return true }
            usleep(5_000)
        }
        return false
    }

    /// The page `/half-once` serves.
    static let halfPage = "<html><head><title>Half a page</title></head><body><p>" + String(repeating: "Words of a page sent in two halves. ", count: 200) + "</p></body></html>"
}

/// The server itself, shared with its threads.
private final class Core: Sendable {
    let port: Int
    private let tunnel: Int?
    private let listener: Int32
    private let state = Mutex(State())
    private let stopped = DispatchSemaphore(value: 0)

    private struct State {
        var connections: [Int32] = []
        var events: [String] = []
        var isStopped = false
        var halfServed = false
        var inFlight = 0
        var mostInFlight = 0
    }

    init(tunnel: Int?) throws {
        self.tunnel = tunnel
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var yes: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = LoopbackPort.loopback(port: 0)
        guard listener >= 0, LoopbackPort.withSocketAddress(&address, { bind(listener, $0, $1) }) == 0, listen(listener, 64) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "fault server: cannot listen"])
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        self.listener = listener
        port = Int(UInt16(bigEndian: address.sin_port))
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    var events: [String] { state.withLock { $0.events } }
    var mostInFlight: Int { state.withLock { $0.mostInFlight } }

    /// Closes the listener and every connection.
    func stop() {
        let connections = state.withLock { state -> [Int32] in
            guard !state.isStopped else { return [] }
            state.isStopped = true
            return state.connections
        }
        shutdown(listener, Int32(SHUT_RDWR))
        for connection in connections { shutdown(connection, Int32(SHUT_RDWR)) }
        for _ in 0..<64 { stopped.signal() }
    }

    private var isStopped: Bool { state.withLock { $0.isStopped } }

    private func record(_ event: String) {
        state.withLock { $0.events.append(event) }
    }

    private func acceptLoop() {
        while !isStopped {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else {
                if errno == EINTR { continue }
                break
            }
            let accepted = state.withLock { state -> Bool in
                guard !state.isStopped else { return false }
                state.connections.append(connection)
                return true
            }
            guard accepted else {
                close(connection)
                break
            }
            Thread.detachNewThread { [self] in serve(connection) }
        }
        close(listener)
    }

    private func serve(_ connection: Int32) {
        defer {
            state.withLock { $0.connections.removeAll { $0 == connection } }
            close(connection)
        }
        guard let requestLine = readRequestHead(connection) else { return }
        let parts = requestLine.split(separator: " ")
        let method = parts.first.map(String.init) ?? ""
        let path = parts.count > 1 ? String(parts[1]) : "/"
        record("request \(path)")
        if method == "CONNECT" {
            guard let tunnel else {
                send(connection, "HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n")
                return
            }
            return relay(connection, to: tunnel)
        }
        if path.hasPrefix("/hold/") {
            return hold(connection, path)
        }
        if path.hasPrefix("/retry-after/") {
            send(connection, "HTTP/1.1 429 Too Many Requests\r\nConnection: close\r\nRetry-After: \(path.dropFirst(13))\r\nContent-Length: 0\r\n\r\n")
            return
        }
        switch path {
        case "/never":
            stopped.wait()
        case "/slow":
            guard send(connection, "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: text/html\r\nContent-Length: 100\r\n\r\n") else { return }
            for _ in 0..<100 {
                guard send(connection, "a") else { return record("closed \(path)") }
                if stopped.wait(timeout: .now() + 1) == .success { return }
            }
        case "/short":
            send(connection, "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: text/html\r\nContent-Length: 5000\r\n\r\n" + String(repeating: "<p>short</p>", count: 16))
        case "/bomb":
            let bomb = GzipBomb.bytes
            let head = "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nContent-Length: \(bomb.count)\r\n\r\n"
            if !(send(connection, head) && send(connection, bomb)) { record("closed \(path)") }
        case "/endless":
            guard send(connection, "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n") else { return }
            let chunk = String(65536, radix: 16) + "\r\n" + String(repeating: "a", count: 65536) + "\r\n"
            while !isStopped {
                guard send(connection, chunk) else { return record("closed \(path)") }
            }
        case "/half-once":
            let page = Array(FaultServer.halfPage.utf8)
            let head = "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: text/html\r\nContent-Length: \(page.count)\r\n\r\n"
            let first = state.withLock { state -> Bool in
                defer { state.halfServed = true }
                return !state.halfServed
            }
            guard first else {
                send(connection, head)
                send(connection, page)
                return
            }
            guard send(connection, head), send(connection, Array(page[..<(page.count / 2)])) else { return }
            record("sent-half \(path)")
            stopped.wait()
        default:
            send(connection, "HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n")
        }
    }

    /// A CONNECT tunnel: `connection` and 127.0.0.1:`port` joined both ways until either ends.
    private func relay(_ connection: Int32, to port: Int) {
        let upstream = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = LoopbackPort.loopback(port: port)
        guard upstream >= 0, LoopbackPort.withSocketAddress(&address, { connect(upstream, $0, $1) }) == 0 else {
            send(connection, "HTTP/1.1 502 Bad Gateway\r\nConnection: close\r\nContent-Length: 0\r\n\r\n")
            return
        }
        defer { close(upstream) }
        guard send(connection, "HTTP/1.1 200 Connection established\r\n\r\n") else { return }
        let back = DispatchSemaphore(value: 0)
        Thread.detachNewThread { [self] in
            copy(from: upstream, to: connection)
            back.signal()
        }
        copy(from: connection, to: upstream)
        back.wait()
    }

    /// Copies bytes from one socket to the other until the first ends, then ends both.
    private func copy(from source: Int32, to target: Int32) {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(source, $0.baseAddress, $0.count, 0) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0, send(target, Array(buffer[..<count])) else { break }
        }
        shutdown(source, Int32(SHUT_RDWR))
        shutdown(target, Int32(SHUT_RDWR))
    }

    /// Answers `/hold/N/ID` once N are in flight or after a second.
    private func hold(_ connection: Int32, _ path: String) {
        let target = Int(path.split(separator: "/").dropFirst().first ?? "") ?? 1
        state.withLock { state in
            state.inFlight += 1
            state.mostInFlight = max(state.mostInFlight, state.inFlight)
        }
        let deadline = Date().addingTimeInterval(1)
        while Date() < deadline && !isStopped && state.withLock({ $0.mostInFlight < target }) {
            usleep(2_000)
        }
        state.withLock { $0.inFlight -= 1 }
        let page = "<html><head><title>Held \(path)</title></head><body><p>A page held for a while, to count requests in flight.</p></body></html>"
        send(connection, "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: text/html\r\nContent-Length: \(page.utf8.count)\r\n\r\n" + page)
    }

    /// Reads up to the blank line that ends the request head; returns the request line.
    private func readRequestHead(_ connection: Int32) -> String? {
        var head: [UInt8] = []
        var byte: UInt8 = 0
        while !head.suffix(4).elementsEqual([13, 10, 13, 10]) {
            guard recv(connection, &byte, 1, 0) == 1 else { return nil }
            head.append(byte)
            if head.count > 65536 { return nil }
        }
        let text = String(decoding: head, as: UTF8.self)
        return text.split(separator: "\r\n").first.map(String.init)
    }

    @discardableResult
    private func send(_ connection: Int32, _ text: String) -> Bool { send(connection, Array(text.utf8)) }

    @discardableResult
    private func send(_ connection: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let sent = Foundation.send(connection, raw.baseAddress.map { $0 + offset }, raw.count - offset, Int32(MSG_NOSIGNAL))
                if sent < 0 && errno == EINTR { continue }
                if sent <= 0 { return false }
                offset += sent
            }
            return true
        }
    }
}
