import FolioKit

/// A search fuzz input: a flags byte (bit 0 whole word, bit 1 case-sensitive, bit 2 regular
/// expression), a byte giving the pattern's length (up to 31), the pattern, then the text.
struct SearchInput {
    /// The query.
    let query: SearchQuery
    /// The text searched (also read as a plain-text article).
    let text: [UInt8]

    init(_ bytes: [UInt8]) {
        let flags = bytes.first ?? 0
        let length = bytes.count > 1 ? Int(bytes[1] & 0x1F) : 0
        let patternEnd = min(bytes.count, 2 + length)
        let pattern = bytes.count > 2 ? String(decoding: bytes[2..<patternEnd], as: UTF8.self) : ""
        query = SearchQuery(pattern, wholeWord: flags & 1 != 0, caseSensitive: flags & 2 != 0, isRegex: flags & 4 != 0)
        text = Array(bytes[patternEnd...])
    }
}
