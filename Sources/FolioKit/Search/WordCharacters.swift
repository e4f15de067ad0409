/// What counts as part of a word for whole-word search: Unicode letters, digits, `_` and
/// combining marks.
enum WordCharacters {
    /// True when `scalar` is a word character.
    static func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x30 && value <= 0x39) || (value | 0x20 >= 0x61 && value | 0x20 <= 0x7A)
                || value == 0x5F
        }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    /// True when the match `range` of `text` starts and ends at word boundaries.
    static func isWholeWord(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        if let before = UTF8Decoding.scalar(in: text, before: range.lowerBound), contains(before) {
            return false
        }
        if range.upperBound < text.count, contains(UTF8Decoding.scalar(in: text, at: range.upperBound).0) {
            return false
        }
        return true
    }
}
