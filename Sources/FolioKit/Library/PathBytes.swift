#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// File paths are bytes, not text: a name such as `bad\xff\xfe.txt` is a file like any other.
/// folio carries paths in `String`s, so that every part of it can keep using them as text, and
/// `PathBytes` makes that lossless: a byte that is not part of valid UTF-8 is kept as one scalar
/// of a private-use range (U+10FE80–U+10FEFF for bytes 0x80–0xFF), and turned back into that
/// byte on the way to the system (`withCString`). A path's bytes survive the trip from the
/// command line or a folder listing to `open` exactly, and a path is shown to people
/// `escaped`, never raw.
///
/// To keep the round trip exact, valid UTF-8 that encodes one of those scalars itself (bytes
/// F4 8F BA/BB xx) is kept byte by byte the same way.
public enum PathBytes {
    /// The scalar that stands for byte 0x00; bytes 0x80–0xFF are kept as `escapeBase + byte`.
    static let escapeBase: UInt32 = 0x10FE00
    /// The first byte of the UTF-8 of every escape scalar: a string without it has none.
    private static let escapeLead: UInt8 = 0xF4

    // MARK: - Bytes to paths

    /// The path for `bytes` (a file name from the system or a command-line argument).
    public static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        if !bytes.contains(where: { $0 >= 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        if !bytes.contains(escapeLead), let text = String(validating: bytes, as: UTF8.self) { return text }
        var scalars = String.UnicodeScalarView()
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var position = 0
        func keepBytes(_ count: Int) {
            for byte in bytes[position..<position + count] {
                scalars.append(Unicode.Scalar(byte < 0x80 ? UInt32(byte) : escapeBase + UInt32(byte)).unsafelyUnwrapped)
            }
        }
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                if isEscape(scalar) { keepBytes(encoded.count) } else { scalars.append(scalar) }
                position += encoded.count
            case .error(let length):
                keepBytes(length)
                position += length
            case .emptyInput:
                return String(scalars)
            }
        }
    }

    /// The path for the bytes of `bytes` (an array, or a slice of one).
    public static func string(_ bytes: some Collection<UInt8>) -> String {
        let copy = Array(bytes)
        return copy.withUnsafeBufferPointer { string($0) }
    }

    /// The path for a C string from the system (`argv`, `getcwd`, an environment value).
    public static func string(cString: UnsafePointer<CChar>) -> String {
        string(UnsafeBufferPointer(start: UnsafeRawPointer(cString).assumingMemoryBound(to: UInt8.self), count: strlen(cString)))
    }

    // MARK: - Paths to bytes

    /// The bytes `path` stands for, as the system names the file.
    public static func bytes(_ path: String) -> [UInt8] {
        guard path.utf8.contains(escapeLead) else { return Array(path.utf8) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(path.utf8.count)
        for scalar in path.unicodeScalars {
            if isEscape(scalar) {
                bytes.append(UInt8(truncatingIfNeeded: scalar.value - escapeBase))
            } else {
                bytes.append(contentsOf: UTF8.encode(scalar).unsafelyUnwrapped)
            }
        }
        return bytes
    }

    /// Calls `body` with `path` as the NUL-terminated bytes a system call takes.
    public static func withCString<Result>(_ path: String, _ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
        guard path.utf8.contains(escapeLead) else { return try path.withCString(body) }
        let terminated = bytes(path) + [0]
        return try terminated.withUnsafeBytes { raw in try body(raw.bindMemory(to: CChar.self).baseAddress.unsafelyUnwrapped) }
    }

    // MARK: - Showing paths

    /// `path` as a person may see it, on a terminal or in a message, as the screen shows
    /// article text: a byte that is not UTF-8 as `\xff`, a control character as its symbol
    /// (`␊`, `␛`, `␡`), a C1 control or a bidi control (which would reorder the line) as `�`.
    /// Nothing in the result can move the cursor, start a new line or drive the terminal, so a
    /// file name cannot forge a message.
    public static func escaped(_ path: String) -> String {
        guard path.utf8.contains(where: mayNeedEscape) else { return path }
        var result = String.UnicodeScalarView()
        for scalar in path.unicodeScalars {
            if case .shown(let shown) = UntrustedText.treatment(of: scalar, for: .screen) {
                result.append(shown)
            } else if isEscape(scalar) {
                result.append(contentsOf: byteEscape(scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// `path` as text for a program to read (in JSON, say): a byte that is not UTF-8 as `\xff`,
    /// everything else as it is (the caller escapes control characters its own way).
    public static func text(_ path: String) -> String {
        guard path.utf8.contains(escapeLead) else { return path }
        var result = String.UnicodeScalarView()
        for scalar in path.unicodeScalars {
            if isEscape(scalar) { result.append(contentsOf: byteEscape(scalar).unicodeScalars) } else { result.append(scalar) }
        }
        return String(result)
    }

    /// `\xff` for the escape scalar of byte 0xFF (always two digits: the bytes are 0x80–0xFF).
    private static func byteEscape(_ scalar: Unicode.Scalar) -> String {
        "\\x" + String(scalar.value - escapeBase, radix: 16)
    }

    /// False for a UTF-8 byte that cannot start or be part of anything `escaped` changes.
    private static func mayNeedEscape(_ byte: UInt8) -> Bool {
        // What the screen may change, and the lead byte of the escape scalars (F4).
        UntrustedText.mayChange(leadByte: byte, for: .screen) || byte == escapeLead
    }

    private static func isEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= escapeBase + 0x80 && scalar.value <= escapeBase + 0xFF
    }
}
