/// Finds where a key is set in TOML text, and where its value starts, so that errors found
/// after parsing (an unknown colour, a misspelt action) can point at a line and column. Knows
/// table headers, dotted and quoted keys; a key inside an inline table is found at the table.
public struct TOMLPositions: Sendable {
    /// A place in the text: 1-based line and column (in characters, as `TOMLSyntaxError`).
    public struct Place: Sendable, Equatable {
        /// The line, from 1.
        public var line: Int
        /// The column, in characters from 1.
        public var column: Int

        /// A place at `line` and `column`.
        public init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }
    }

    /// Where a key path is set: its first key, and its value (for a table header, the header's
    /// name for both).
    public struct Setting: Sendable, Equatable {
        /// Where the key starts.
        public var key: Place
        /// Where the value starts.
        public var value: Place
    }

    /// Each key path set in the text (the first, if set twice).
    private var settings: [[String]: Setting] = [:]

    /// Scans `text` for its table headers and keys.
    public init(_ text: String) {
        var table: [String] = []
        var lineNumber = 0
        for line in Array(text.utf8).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            var scanner = Scanner(bytes: Array(line))
            scanner.skipSpaces()
            if scanner.take(UInt8(ascii: "[")) {
                _ = scanner.take(UInt8(ascii: "["))  // [[array of tables]]
                scanner.skipSpaces()
                let start = scanner.column
                guard let path = scanner.keyPath(), scanner.take(UInt8(ascii: "]")) else { continue }
                table = path
                let place = Place(line: lineNumber, column: start)
                record(table, Setting(key: place, value: place))
            } else {
                let start = scanner.column
                guard let path = scanner.keyPath(), scanner.take(UInt8(ascii: "=")) else { continue }
                scanner.skipSpaces()
                let value = Place(line: lineNumber, column: scanner.column)
                record(table + path, Setting(key: Place(line: lineNumber, column: start), value: value))
            }
        }
    }

    /// Where `path` is set, or the nearest enclosing key or table that the text sets.
    public func setting(of path: [String]) -> Setting? {
        var path = path
        while !path.isEmpty {
            if let setting = settings[path] { return setting }
            path.removeLast()
        }
        return nil
    }

    /// The line of `path`, or of the nearest enclosing key or table that the text sets.
    public func line(of path: [String]) -> Int? { setting(of: path)?.key.line }

    private mutating func record(_ path: [String], _ setting: Setting) {
        if settings[path] == nil { settings[path] = setting }
    }
}

/// Reads keys off one line of TOML.
private struct Scanner {
    let bytes: [UInt8]
    var index = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// The column of the next byte, in characters from 1.
    var column: Int { 1 + bytes[..<min(index, bytes.count)].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } }

    mutating func skipSpaces() {
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") {
            index += 1
        }
    }

    /// Consumes `byte` (after spaces) if it is next.
    mutating func take(_ byte: UInt8) -> Bool {
        skipSpaces()
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    /// A dotted key: bare, "basic" or 'literal' parts joined by dots.
    mutating func keyPath() -> [String]? {
        var path: [String] = []
        repeat {
            skipSpaces()
            guard let part = key() else { return nil }
            path.append(part)
        } while take(UInt8(ascii: "."))
        return path
    }

    private mutating func key() -> String? {
        guard index < bytes.count else { return nil }
        let quote = bytes[index]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            var part: [UInt8] = []
            index += 1
            while index < bytes.count, bytes[index] != quote {
                if quote == UInt8(ascii: "\""), bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count {
                    index += 1
                    part += Self.unescaped(bytes[index])
                } else {
                    part.append(bytes[index])
                }
                index += 1
            }
            guard index < bytes.count else { return nil }
            index += 1
            return String(decoding: part, as: UTF8.self)
        }
        let start = index
        while index < bytes.count, Scanner.isBare(bytes[index]) { index += 1 }
        return index > start ? String(decoding: bytes[start..<index], as: UTF8.self) : nil
    }

    /// The byte a one-letter escape of a basic string stands for (`\t`, `\n`, `\"`, `\\`).
    private static func unescaped(_ byte: UInt8) -> [UInt8] {
        switch byte {
        case UInt8(ascii: "t"): [9]
        case UInt8(ascii: "n"): [10]
        case UInt8(ascii: "r"): [13]
        default: [byte]
        }
    }

    private static func isBare(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
            true
        default: false
        }
    }
}
