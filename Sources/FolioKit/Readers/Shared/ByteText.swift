/// Small byte-level helpers over clean UTF-8 (as produced by `TextDecoding`).
enum ByteText {
    /// Byte length of the space character at `index` (space, no-break space, ideographic
    /// space), or 0 when the character there is not a space.
    static func spaceWidth(in bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int {
        let byte = bytes[index]
        if byte == 0x20 { return 1 }
        if byte == 0xC2, index + 1 < end, bytes[index + 1] == 0xA0 { return 2 }
        if byte == 0xE3, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 { return 3 }
        return 0
    }

    /// Byte length of the space character ending just before `index`, or 0.
    static func spaceWidthBefore(in bytes: UnsafeBufferPointer<UInt8>, at index: Int, start: Int) -> Int {
        let byte = bytes[index - 1]
        if byte == 0x20 { return 1 }
        if byte == 0xA0, index - 2 >= start, bytes[index - 2] == 0xC2 { return 2 }
        if byte == 0x80, index - 3 >= start, bytes[index - 3] == 0xE3, bytes[index - 2] == 0x80 { return 3 }
        return 0
    }

    /// The scalar starting at `index` and its byte length.
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard index + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = length == 1 ? lead : lead & (0xFF >> UInt32(length + 1))
        if length > 1 {
            for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The scalar ending just before `index` and the offset where it starts.
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, before index: Int, start: Int) -> (Unicode.Scalar, Int) {
        var begin = index - 1
        while begin > start, bytes[begin] & 0xC0 == 0x80 { begin -= 1 }
        return (scalar(in: bytes, at: begin).0, begin)
    }

    /// Number of Unicode scalars in `start..<end`.
    static func scalarCount(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var count = 0
        for index in start..<end where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// The offset after at most `limit` scalars from `start` (never past `end`).
    static func offset(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, scalars limit: Int) -> Int {
        var count = 0
        var index = start
        while index < end {
            if bytes[index] & 0xC0 != 0x80 {
                if count == limit { return index }
                count += 1
            }
            index += 1
        }
        return end
    }

    /// True when the bytes at `index` spell `word` in ASCII, ignoring case (`word` lowercase).
    static func hasPrefix(_ word: StaticString, in bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Bool {
        let count = word.utf8CodeUnitCount
        guard index + count <= end else { return false }
        let pattern = word.utf8Start
        for offset in 0..<count {
            var byte = bytes[index + offset]
            if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
            if byte != pattern[offset] { return false }
        }
        return true
    }

    /// The index of the first non-space byte at or after `index`.
    static func skipSpaces(in bytes: UnsafeBufferPointer<UInt8>, from index: Int, end: Int) -> Int {
        var index = index
        while index < end {
            let width = spaceWidth(in: bytes, at: index, end: end)
            if width == 0 { break }
            index += width
        }
        return index
    }

    /// The text of a byte range.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    // MARK: - Eight bytes at a time

    /// The eight bytes at `index` as one word (the caller checks that they exist).
    @inline(__always)
    static func word(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
        guard let base = bytes.baseAddress else { return 0 }
        return UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// True when one of the eight bytes of `word` equals `byte`.
    @inline(__always)
    static func contains(_ byte: UInt8, in word: UInt64) -> Bool {
        let spread = word ^ (ones &* UInt64(byte))
        return (spread &- ones) & ~spread & highBits != 0
    }

    /// The index of the first LF or CR at or after `index`, or `end`.
    static func lineBreak(in bytes: UnsafeBufferPointer<UInt8>, from index: Int, end: Int) -> Int {
        var index = index
        while index + 8 <= end {
            let chunk = word(in: bytes, at: index)
            if contains(0x0A, in: chunk) || contains(0x0D, in: chunk) { break }
            index += 8
        }
        while index < end, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
        return index
    }
}
