import FolioKit

/// Writes JSON into a byte buffer, with every control character escaped.
struct JSONWriter {
    /// The JSON written so far.
    var bytes: [UInt8] = []

    /// Appends raw JSON syntax such as `{"key":`.
    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends a key and colon.
    mutating func key(_ name: StaticString) {
        bytes.append(0x22)
        raw(name)
        bytes += [0x22, 0x3A]
    }

    /// Appends a number.
    mutating func number(_ value: Int) {
        bytes += Array(String(value).utf8)
    }

    /// Appends a string, or `null`.
    mutating func string(_ text: String?) {
        guard var text else { return raw("null") }
        text.withUTF8 { string($0) }
    }

    /// Appends a string from UTF-8 bytes, escaped: quote and backslash, and what `UntrustedText`
    /// escapes in JSON (C0, DEL, C1, the line and paragraph separators, the bidi controls).
    mutating func string(_ text: UnsafeBufferPointer<UInt8>) {
        bytes.append(0x22)
        guard let base = text.baseAddress else { return bytes.append(0x22) }
        let count = text.count
        var runStart = 0
        var index = 0
        while index < count {
            // Fastest path: eight plain ASCII bytes at a time.
            if index + 8 <= count, Self.isPlainASCII(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                index += 8
                continue
            }
            let byte = base[index]
            // Fast path: bytes that never need escaping.
            if (byte >= 0x20 && byte < 0x7F && byte != 0x22 && byte != 0x5C) || (byte >= 0x80 && !UntrustedText.mayChange(leadByte: byte, for: .json)) {
                index += 1
                continue
            }
            var length = 1
            let escape: [UInt8]
            switch byte {
            case 0x22: escape = [0x5C, 0x22]
            case 0x5C: escape = [0x5C, 0x5C]
            default:
                guard let decoded = UntrustedText.scalar(at: index, in: text),
                    UntrustedText.treatment(of: decoded.scalar, for: .json) != .kept
                else {
                    index += 1
                    continue
                }
                escape = Self.escape(decoded.scalar)
                length = decoded.length
            }
            if index > runStart { bytes.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: index - runStart)) }
            bytes += escape
            index += length
            runStart = index
        }
        if count > runStart { bytes.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: count - runStart)) }
        bytes.append(0x22)
    }

    /// `\n`, `\t` and `\r` for a line feed, a tab and a carriage return; `\u` and four hex
    /// digits for the other characters JSON escapes (all in the Basic Multilingual Plane).
    private static func escape(_ scalar: Unicode.Scalar) -> [UInt8] {
        switch scalar {
        case "\n": [0x5C, 0x6E]
        case "\t": [0x5C, 0x74]
        case "\r": [0x5C, 0x72]
        default: unicodeEscape(scalar.value)
        }
    }

    /// True when none of the eight bytes is a control, `"`, `\`, DEL or non-ASCII.
    private static func isPlainASCII(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        let hasControl = (word &- ones &* 0x20) & ~word & highs != 0
        return word & highs == 0 && !hasControl && !hasZeroByte(word ^ (ones &* 0x22))
            && !hasZeroByte(word ^ (ones &* 0x5C)) && !hasZeroByte(word ^ (ones &* 0x7F))
    }

    private static func unicodeEscape(_ value: UInt32) -> [UInt8] {
        let digits = Array("0123456789abcdef".utf8)
        return [0x5C, 0x75] + [12, 8, 4, 0].map { digits[Int((value >> UInt32($0)) & 0xF)] }
    }
}
