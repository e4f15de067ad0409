/// List item markers at the start of a line: `- `, `* `, `• `, `1. `, `1) `.
enum ListMarker {
    /// A marker found at the start of a line.
    struct Match: Sendable, Equatable {
        /// Where the item's text starts (after the marker and its spaces).
        var textStart: Int
        /// Unicode scalars from the line's text start to the item's text start.
        var columns: Int
        /// True for `1.` / `1)` markers.
        var isNumbered: Bool
    }

    /// The marker at `start`, when the line `start..<end` begins with one followed by text.
    static func match(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Match? {
        var index = start
        var isNumbered = false
        let first = bytes[start]
        if first == 0x2D || first == 0x2A {
            index += 1
        } else if first == 0xE2, start + 2 < end, bytes[start + 1] == 0x80, bytes[start + 2] == 0xA2 {
            index += 3
        } else {
            while index < end, index - start < 3, bytes[index] >= 0x30 && bytes[index] <= 0x39 { index += 1 }
            guard index > start, index < end, bytes[index] == 0x2E || bytes[index] == 0x29 else { return nil }
            index += 1
            isNumbered = true
        }
        guard index < end, ByteText.spaceWidth(in: bytes, at: index, end: end) > 0 else { return nil }
        let textStart = ByteText.skipSpaces(in: bytes, from: index, end: end)
        guard textStart < end else { return nil }
        let columns = ByteText.scalarCount(in: bytes, from: start, to: textStart)
        return Match(textStart: textStart, columns: columns, isNumbered: isNumbered)
    }
}
