/// Recognises CommonMark raw HTML: open and closing tags, comments, processing instructions,
/// declarations and CDATA sections. Markdown keeps their text out of the article.
enum MarkdownHTMLTag {
    /// How far a comment, processing instruction or quoted attribute may run.
    static let searchLimit = 4096

    /// The index just past the raw HTML starting with `<` at `start`, nil when there is none.
    static func end(of bytes: ArraySlice<UInt8>, at start: Int) -> Int? {
        guard start < bytes.endIndex, bytes[start] == 0x3C, start + 1 < bytes.endIndex else { return nil }
        let next = bytes[start + 1]
        if MarkdownSyntax.isLetter(next) { return openTagEnd(bytes, start + 1) }
        if next == 0x2F {
            var index = start + 2
            guard index < bytes.endIndex, MarkdownSyntax.isLetter(bytes[index]) else { return nil }
            index = nameEnd(bytes, index)
            index = skipSpace(bytes, index)
            return index < bytes.endIndex && bytes[index] == 0x3E ? index + 1 : nil
        }
        if next == 0x3F { return find(Array("?>".utf8), in: bytes, from: start + 2) }
        guard next == 0x21 else { return nil }
        if starts(bytes, start + 2, Array("--".utf8)) {
            if starts(bytes, start + 4, [0x3E]) { return start + 5 }
            if starts(bytes, start + 4, Array("->".utf8)) { return start + 6 }
            return find(Array("-->".utf8), in: bytes, from: start + 4)
        }
        if starts(bytes, start + 2, Array("[CDATA[".utf8)) { return find(Array("]]>".utf8), in: bytes, from: start + 9) }
        if start + 2 < bytes.endIndex, MarkdownSyntax.isLetter(bytes[start + 2]) {
            return find([0x3E], in: bytes, from: start + 3)
        }
        return nil
    }

    private static func openTagEnd(_ bytes: ArraySlice<UInt8>, _ nameStart: Int) -> Int? {
        var index = nameEnd(bytes, nameStart)
        while true {
            let afterSpace = skipSpace(bytes, index)
            guard afterSpace < bytes.endIndex else { return nil }
            let byte = bytes[afterSpace]
            if byte == 0x3E { return afterSpace + 1 }
            if byte == 0x2F { return starts(bytes, afterSpace + 1, [0x3E]) ? afterSpace + 2 : nil }
            // An attribute needs white space before it.
            guard afterSpace > index, isAttributeNameStart(byte) else { return nil }
            index = afterSpace + 1
            while index < bytes.endIndex, isAttributeName(bytes[index]) { index += 1 }
            let beforeValue = skipSpace(bytes, index)
            guard beforeValue < bytes.endIndex, bytes[beforeValue] == 0x3D else { continue }
            var value = skipSpace(bytes, beforeValue + 1)
            guard value < bytes.endIndex else { return nil }
            let quote = bytes[value]
            if quote == 0x22 || quote == 0x27 {
                let limit = min(bytes.endIndex, value + 1 + searchLimit)
                guard let close = bytes[(value + 1)..<limit].firstIndex(of: quote) else { return nil }
                index = close + 1
            } else {
                let valueStart = value
                while value < bytes.endIndex, !isUnquotedStop(bytes[value]) { value += 1 }
                guard value > valueStart else { return nil }
                index = value
            }
        }
    }

    private static func nameEnd(_ bytes: ArraySlice<UInt8>, _ start: Int) -> Int {
        var index = start
        while index < bytes.endIndex,
            MarkdownSyntax.isLetter(bytes[index]) || MarkdownSyntax.isDigit(bytes[index]) || bytes[index] == 0x2D
        {
            index += 1
        }
        return index
    }

    private static func skipSpace(_ bytes: ArraySlice<UInt8>, _ start: Int) -> Int {
        var index = start
        while index < bytes.endIndex, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A {
            index += 1
        }
        return index
    }

    private static func isAttributeNameStart(_ byte: UInt8) -> Bool {
        MarkdownSyntax.isLetter(byte) || byte == 0x5F || byte == 0x3A
    }

    private static func isAttributeName(_ byte: UInt8) -> Bool {
        isAttributeNameStart(byte) || MarkdownSyntax.isDigit(byte) || byte == 0x2E || byte == 0x2D
    }

    private static func isUnquotedStop(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x0A, 0x22, 0x27, 0x3D, 0x3C, 0x3E, 0x60: return true
        default: return false
        }
    }

    private static func starts(_ bytes: ArraySlice<UInt8>, _ index: Int, _ prefix: [UInt8]) -> Bool {
        index + prefix.count <= bytes.endIndex && bytes[index..<(index + prefix.count)].elementsEqual(prefix)
    }

    /// The index just past the first occurrence of `needle` at or after `start`, looking no
    /// further than `searchLimit` bytes so that many unclosed openers stay linear.
    private static func find(_ needle: [UInt8], in bytes: ArraySlice<UInt8>, from start: Int) -> Int? {
        guard let first = needle.first else { return nil }
        let end = min(bytes.endIndex, start + searchLimit)
        var index = start
        while index + needle.count <= end {
            if bytes[index] == first, starts(bytes, index, needle) { return index + needle.count }
            index += 1
        }
        return nil
    }
}
