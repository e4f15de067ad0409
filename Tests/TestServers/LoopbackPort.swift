import Foundation

/// Ports on 127.0.0.1 for the tests' servers.
public enum LoopbackPort {
    /// A port free now (the kernel's pick for a socket bound to port 0, then closed).
    public static func free() -> Int? {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return nil }
        defer { close(socket) }
        var address = loopback(port: 0)
        guard withSocketAddress(&address, { bind(socket, $0, $1) }) == 0 else { return nil }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        guard withUnsafeMutablePointer(to: &address, {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }) == 0 else { return nil }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// True when something accepts connections on `port`.
    public static func accepts(_ port: Int) -> Bool {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return false }
        defer { close(socket) }
        var address = loopback(port: port)
        return withSocketAddress(&address) { connect(socket, $0, $1) } == 0
    }

    /// Waits (up to `timeout` seconds) until something accepts connections on `port`.
    public static func waitUntilAccepting(_ port: Int, timeout: Double = 30, while alive: () -> Bool = { true }) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline && alive() {
            if accepts(port) { return true }
            usleep(5_000)
        }
        return false
    }

    /// `127.0.0.1:port`.
    public static func loopback(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }

    public static func withSocketAddress<T>(_ address: inout sockaddr_in, _ body: (UnsafePointer<sockaddr>, socklen_t) -> T) -> T {
        withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
    }
}
