/// Finds the line where a key is set in TOML text, so that errors found after parsing (an
/// unknown colour, a misspelt role) can point at a line. Knows table headers, dotted and
/// quoted keys; a key inside an inline table is found at the line of the table.
struct TOMLKeyLines {
    /// 1-based line of each key path set in the text (the first, if set twice).
    private var lines: [[String]: Int] = [:]

    init(_ text: String) {
        var table: [String] = []
        var lineNumber = 0
        for line in Array(text.utf8).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            var scanner = Scanner(bytes: Array(line))
            scanner.skipSpaces()
            if scanner.take(UInt8(ascii: "[")) {
                _ = scanner.take(UInt8(ascii: "["))  // [[array of tables]]
                guard let path = scanner.keyPath(), scanner.take(UInt8(ascii: "]")) else { continue }
                table = path
                record(table, lineNumber)
            } else if let path = scanner.keyPath(), scanner.take(UInt8(ascii: "=")) {
                record(table + path, lineNumber)
            }
        }
    }

    /// The line of `path`, or of the nearest enclosing key or table that the text sets.
    func line(of path: [String]) -> Int? {
        var path = path
        while !path.isEmpty {
            if let line = lines[path] { return line }
            path.removeLast()
        }
        return nil
    }

    private mutating func record(_ path: [String], _ line: Int) {
        if lines[path] == nil { lines[path] = line }
    }
}

/// Reads keys off one line of TOML.
private struct Scanner {
    let bytes: [UInt8]
    var index = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

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
                }
                part.append(bytes[index])
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

    private static func isBare(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
            true
        default: false
        }
    }
}
