import Foundation

/// Buffered writes to standard output and standard error, straight to the file descriptors.
public struct StandardOutput {
    private var buffer: [UInt8] = []

    /// True when standard output is a terminal.
    static var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Queues bytes, writing them out once 64 KiB have gathered.
    mutating func write(_ bytes: [UInt8]) {
        buffer += bytes
        if buffer.count >= 65536 { flush() }
    }

    /// Queues a string.
    mutating func write(_ text: String) {
        buffer += Array(text.utf8)
        if buffer.count >= 65536 { flush() }
    }

    /// Writes out what is queued.
    mutating func flush() {
        Self.writeAll(buffer, to: STDOUT_FILENO)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes a message to standard error, prefixed with `folio: `, made safe: one line, with
    /// any newline in it shown as a symbol, so that nothing in it (a file name) can forge a
    /// line; `keepsNewlines` for a message of several lines that folio wrote itself (usage).
    public static func error(_ message: String, keepsNewlines: Bool = false) {
        var line = Array("folio: ".utf8)
        SafeText.append(message, to: &line, keepsNewlines: keepsNewlines)
        line.append(0x0A)
        writeAll(line, to: STDERR_FILENO)
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Foundation.write(descriptor, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { return }
                offset += written
            }
        }
    }
}
