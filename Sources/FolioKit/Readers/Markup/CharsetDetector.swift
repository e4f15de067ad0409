internal import CLibXML2

/// Finds the character encoding of a saved web page, the way browsers do: a byte-order mark
/// first, then an XML declaration, then `<meta charset>` / `http-equiv` in the first 8 KB, then
/// UTF-8 when the bytes are valid UTF-8, else Windows-1252.
///
/// A declaration is found by reading the bytes as ASCII, so one that names an encoding in which
/// those very bytes mean something else (UTF-16, UTF-32, EBCDIC: an ASCII page that says
/// `<meta charset="utf-16">`) contradicts the bytes, and the bytes win: it is passed over.
public enum CharsetDetector {
    /// The encoding's name, as libxml2 (iconv) understands it, e.g. `UTF-8`, `windows-1252`.
    public static func encoding(of bytes: [UInt8]) -> String {
        if let bom = byteOrderMark(bytes) { return bom }
        let window = Array(bytes.prefix(8192)).map(lowercased)
        if let declared = [xmlDeclaration(window), metaCharset(window)].lazy.compactMap({ $0 }).first(where: readsItself) {
            return normalized(declared.name)
        }
        return undeclared(bytes)
    }

    /// The encoding to give libxml2's XML parser for a feed: nil when it should read the XML
    /// declaration (or byte-order mark) itself; else the encoding that overrides the
    /// declaration: UTF-8 after a UTF-8 byte-order mark, and when no declaration holds (none,
    /// or one that contradicts the bytes) UTF-8 for valid UTF-8, else Windows-1252.
    static func feedEncoding(of bytes: [UInt8]) -> String? {
        if let mark = ByteOrderMark(startOf: bytes) { return mark == .utf8 ? mark.encodingName : nil }
        let declaration = xmlDeclaration(Array(bytes.prefix(1024)).map(lowercased))
        if let declaration, readsItself(declaration) { return nil }
        let encoding = undeclared(bytes)
        return declaration == nil && encoding == "UTF-8" ? nil : encoding
    }

    /// The encoding a byte-order mark announces, if the bytes start with one.
    static func byteOrderMark(_ bytes: [UInt8]) -> String? {
        ByteOrderMark(startOf: bytes)?.encodingName
    }

    /// UTF-8 when the bytes are valid UTF-8, else Windows-1252.
    private static func undeclared(_ bytes: [UInt8]) -> String {
        String(validating: bytes, as: UTF8.self) != nil ? "UTF-8" : "windows-1252"
    }

    /// An encoding named in the bytes: the name, and the ASCII bytes that named it (the key
    /// through the end of the value, `encoding="utf-16`).
    struct Declaration {
        var name: String
        var text: ArraySlice<UInt8>
    }

    /// Whether the declaration's own bytes read as themselves in the encoding it names. An
    /// encoding libxml2 does not know is let through (libxml2 then detects the encoding itself).
    private static func readsItself(_ declaration: Declaration) -> Bool {
        guard let xml = LibXML2.functions else { return true }
        return declaration.text.withUnsafeBufferPointer { text in
            text.withMemoryRebound(to: CChar.self) { chars in
                folio_encoding_reads_ascii(xml, declaration.name, chars.baseAddress, Int32(chars.count)) != 0
            }
        }
    }

    /// `encoding="..."` of an `<?xml ...?>` declaration at the very start.
    static func xmlDeclaration(_ window: [UInt8]) -> Declaration? {
        guard window.starts(with: Array("<?xml".utf8)),
            let end = firstIndex(of: Array("?>".utf8), in: window, from: 0)
        else { return nil }
        return value(after: Array("encoding".utf8), in: window[0..<end])
    }

    /// `charset=...` inside the first `<meta ...>` tag that has one.
    static func metaCharset(_ window: [UInt8]) -> Declaration? {
        let meta = Array("<meta".utf8)
        var position = 0
        while let start = firstIndex(of: meta, in: window, from: position) {
            let end = window[start...].firstIndex(of: UInt8(ascii: ">")) ?? window.count
            if let declaration = value(after: Array("charset".utf8), in: window[start..<end]) {
                return declaration
            }
            position = end
        }
        return nil
    }

    /// The name that follows `key`, optional spaces, `=`, optional spaces and quotes.
    private static func value(after key: [UInt8], in tag: ArraySlice<UInt8>) -> Declaration? {
        guard let found = firstIndex(of: key, in: tag, from: tag.startIndex) else { return nil }
        var index = found + key.count
        func skip(_ allowed: (UInt8) -> Bool) { while index < tag.endIndex, allowed(tag[index]) { index += 1 } }
        skip { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard index < tag.endIndex, tag[index] == UInt8(ascii: "=") else { return nil }
        index += 1
        skip { $0 == 0x20 || $0 == 0x09 || $0 == 0x22 || $0 == 0x27 }
        let start = index
        skip { byte in
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: ":")
        }
        guard index > start else { return nil }
        return Declaration(name: String(decoding: tag[start..<index], as: UTF8.self), text: tag[found..<index])
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

    private static func firstIndex<Bytes: RandomAccessCollection<UInt8>>(
        of needle: [UInt8], in haystack: Bytes, from start: Int
    ) -> Int? where Bytes.Index == Int {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = start
        let last = haystack.endIndex - needle.count
        while index <= last {
            if haystack[index] == first, haystack[index..<index + needle.count].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }
}
