/// What the article finder measures of one text node, taken from its UTF-8 bytes once when the
/// node is made: the length of its collapsed text, whether white space touches its ends, and
/// its commas. Readability measures an element's text again and again (for each ancestor it
/// scores, for each link in it); summing these instead of going over the bytes each time makes
/// every measure cost one step per node.
struct TextMeasure: Sendable, Equatable {
    /// The length in Unicode scalars of the text with each white-space run (no-break spaces
    /// included) made one space and the ends dropped; control characters do not count.
    private(set) var length = 0
    /// Whether white space comes before the first character counted.
    private(set) var leadingSpace = false
    /// Whether white space comes after the last character counted (or, with nothing counted,
    /// anywhere).
    private(set) var trailingSpace = false
    /// The number of commas (Latin, Arabic, CJK full-width and ideographic, small and
    /// presentation forms).
    private(set) var commas = 0

    /// Measures `text`.
    init(_ text: String) {
        var text = text
        text.withUTF8 { measure($0) }
    }

    private mutating func measure(_ bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        var pendingSpace = false
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) || (byte == 0xC2 && index < bytes.count && bytes[index] == 0xA0) {
                if byte == 0xC2 { index += 1 }
                if length == 0 { leadingSpace = true } else { pendingSpace = true }
                continue
            }
            if byte < 0x20 || byte == 0x7F || byte & 0xC0 == 0x80 { continue }
            if pendingSpace {
                length += 1
                pendingSpace = false
            }
            length += 1
            if byte == 0x2C || (byte >= 0xD8 && TextMeasure.isComma(lead: byte, bytes, from: index)) { commas += 1 }
        }
        trailingSpace = pendingSpace || (length == 0 && leadingSpace)
    }

    /// Whether the multi-byte character led by `lead`, its other bytes at `from`, is a comma:
    /// U+060C, U+2E32, U+2E34, U+2E41, U+3001, U+FE10, U+FE11, U+FE50 or U+FF0C.
    private static func isComma(lead: UInt8, _ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Bool {
        func byte(_ offset: Int) -> UInt8 { index + offset < bytes.count ? bytes[index + offset] : 0 }
        switch lead {
        case 0xD8: return byte(0) == 0x8C
        case 0xE2: return (byte(0) == 0xB8 && (byte(1) == 0xB2 || byte(1) == 0xB4)) || (byte(0) == 0xB9 && byte(1) == 0x81)
        case 0xE3: return byte(0) == 0x80 && byte(1) == 0x81
        case 0xEF:
            return (byte(0) == 0xB8 && (byte(1) == 0x90 || byte(1) == 0x91)) || (byte(0) == 0xB9 && byte(1) == 0x90)
                || (byte(0) == 0xBC && byte(1) == 0x8C)
        default: return false
        }
    }

    /// Adds up measures of text pieces in document order, as if their texts were joined and
    /// measured at once.
    struct Sum {
        /// The collapsed length so far.
        private(set) var length = 0
        /// The commas so far.
        private(set) var commas = 0
        private var pendingSpace = false

        /// Adds the next piece.
        mutating func add(_ piece: TextMeasure) {
            commas += piece.commas
            guard piece.length > 0 else {
                if piece.trailingSpace, length > 0 { pendingSpace = true }
                return
            }
            if (pendingSpace || piece.leadingSpace) && length > 0 { length += 1 }
            length += piece.length
            pendingSpace = piece.trailingSpace
        }
    }
}
