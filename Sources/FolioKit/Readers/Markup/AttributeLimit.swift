/// Keeps libxml2 linear on elements with very many attributes.
///
/// libxml2 2.9 checks each new attribute of a start tag against every earlier one (HTML and XML
/// alike), and its XML tree builder walks an element's attribute list to its end to add one:
/// an element with n attributes costs n² steps (80,000 attributes: over a minute). No parser
/// option turns either off. So before a page or feed reaches libxml2, every start tag keeps its
/// first `maximum` attributes and the rest are blanked out: their bytes become spaces (line
/// breaks stay, so line numbers hold), which libxml2 skips in linear time. No element a reader
/// would keep has that many attributes. Where nothing is cut, the bytes are returned as they are.
enum AttributeLimit {
    /// The attributes a start tag keeps: libxml2's checks then cost at most `maximum` steps per
    /// attribute read.
    static let maximum = 64

    /// A web page's bytes with the attributes past `maximum` of each start tag blanked out.
    /// The tags are found as libxml2 2.9's HTML parser reads the page (see `HTMLTagScan`).
    static func html(_ bytes: [UInt8]) -> [UInt8] {
        blanking(bytes) { HTMLTagScan.excess(in: $0) }
    }

    /// A feed's bytes with the attributes past `maximum` of each start tag blanked out, and the
    /// declarations of its document type that could make libxml2 build such a tag later
    /// neutralised (see `XMLTagScan`).
    static func xml(_ bytes: [UInt8]) -> [UInt8] {
        blanking(bytes) { XMLTagScan.excess(in: $0) }
    }

    /// `bytes` with the ranges `find` returns blanked: every byte but a line feed or carriage
    /// return becomes a space.
    private static func blanking(_ bytes: [UInt8], _ find: (UnsafeBufferPointer<UInt8>) -> [Range<Int>]) -> [UInt8] {
        let ranges = bytes.withUnsafeBufferPointer(find)
        guard !ranges.isEmpty else { return bytes }
        var result = bytes
        for range in ranges {
            for index in range where result[index] != 0x0A && result[index] != 0x0D { result[index] = 0x20 }
        }
        return result
    }

    /// Blanks: space, tab, line feed, carriage return (libxml2's `IS_BLANK_CH`).
    static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// ASCII letters.
    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    /// ASCII digits.
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Bytes libxml2 takes for characters in markup (`IS_CHAR_CH`): not the C0 controls other
    /// than tab, line feed and carriage return.
    static func isCharacter(_ byte: UInt8) -> Bool {
        byte >= 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
