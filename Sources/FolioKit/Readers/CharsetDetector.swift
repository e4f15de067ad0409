/// Finds the character encoding of a saved web page, the way browsers do: a byte-order mark
/// first, then an XML declaration, then `<meta charset>` / `http-equiv` in the first 8 KB, then
/// UTF-8 when the bytes are valid UTF-8, else Windows-1252.
public enum CharsetDetector {
    /// The encoding's name, as libxml2 (iconv) understands it, e.g. `UTF-8`, `windows-1252`.
    public static func encoding(of bytes: [UInt8]) -> String {
        if let bom = byteOrderMark(bytes) { return bom }
        let window = Array(bytes.prefix(8192)).map(lowercased)
        if let declared = xmlDeclaration(window) ?? metaCharset(window) {
            return normalized(declared)
        }
        return String(validating: bytes, as: UTF8.self) != nil ? "UTF-8" : "windows-1252"
    }

    /// The encoding a byte-order mark announces, if the bytes start with one.
    static func byteOrderMark(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        return nil
    }

    /// `encoding="..."` of an `<?xml ...?>` declaration at the very start.
    static func xmlDeclaration(_ window: [UInt8]) -> String? {
        guard window.starts(with: Array("<?xml".utf8)),
            let end = firstIndex(of: Array("?>".utf8), in: window, from: 0)
        else { return nil }
        return value(after: Array("encoding".utf8), in: Array(window[0..<end]))
    }

    /// `charset=...` inside the first `<meta ...>` tag that has one.
    static func metaCharset(_ window: [UInt8]) -> String? {
        let meta = Array("<meta".utf8)
        var position = 0
        while let start = firstIndex(of: meta, in: window, from: position) {
            let end = window[start...].firstIndex(of: UInt8(ascii: ">")) ?? window.count
            if let name = value(after: Array("charset".utf8), in: Array(window[start..<end])) {
                return name
            }
            position = end
        }
        return nil
    }

    /// The name that follows `key`, optional spaces, `=`, optional spaces and quotes.
    private static func value(after key: [UInt8], in tag: [UInt8]) -> String? {
        guard let found = firstIndex(of: key, in: tag, from: 0) else { return nil }
        var index = found + key.count
        func skip(_ allowed: (UInt8) -> Bool) { while index < tag.count, allowed(tag[index]) { index += 1 } }
        skip { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard index < tag.count, tag[index] == UInt8(ascii: "=") else { return nil }
        index += 1
        skip { $0 == 0x20 || $0 == 0x09 || $0 == 0x22 || $0 == 0x27 }
        let start = index
        skip { byte in
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: ":")
        }
        return index > start ? String(decoding: tag[start..<index], as: UTF8.self) : nil
    }

    /// Browsers read Latin-1 and ASCII labels as Windows-1252, a superset of both.
    private static func normalized(_ name: String) -> String {
        switch name {
        case "iso-8859-1", "latin1", "l1", "us-ascii", "ascii", "iso8859-1", "cp1252", "windows-1252":
            return "windows-1252"
        case "utf8", "utf-8", "unicode-1-1-utf-8":
            return "UTF-8"
        default:
            return name
        }
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first, haystack[index..<index + needle.count].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }
}
