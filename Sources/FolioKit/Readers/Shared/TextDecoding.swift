/// Turns the raw bytes of a text file into clean UTF-8 for the byte-level scanners.
///
/// A UTF-8 byte order mark is dropped; every byte that is not part of a valid UTF-8 sequence is
/// read as Windows-1252 (Latin-1 for 0xA0–0xFF) instead; control characters other than line
/// feeds and carriage returns (NUL, tab, escape, DEL, and the C1 controls U+0080–U+009F such as
/// the single-character CSI) become spaces, so they can neither reach a terminal nor break the
/// scanners. Valid, clean input is returned without copying.
enum TextDecoding {
    /// Clean UTF-8 bytes for `bytes`.
    static func cleanUTF8(_ bytes: [UInt8]) -> [UInt8] {
        let bomLength = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let firstProblem = bytes.withUnsafeBufferPointer { firstUnclean(in: $0, from: bomLength) }
        guard bomLength > 0 || firstProblem < bytes.count else { return bytes }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        output.append(contentsOf: bytes[bomLength..<firstProblem])
        bytes.withUnsafeBufferPointer { input in
            var index = firstProblem
            while index < input.count {
                let length = validSequenceLength(in: input, at: index)
                if length == 1 {
                    let byte = input[index]
                    output.append(isControl(byte) ? 0x20 : byte)
                } else if isC1Control(in: input, at: index, length: length) {
                    output.append(0x20)
                } else if length > 1 {
                    output.append(contentsOf: input[index..<index + length])
                } else {
                    appendUTF8(of: windows1252Scalar(input[index]), to: &output)
                }
                index += max(length, 1)
            }
        }
        return output
    }

    // MARK: - Validation

    /// Index of the first byte that needs rewriting (invalid or control), or `count`.
    static func firstUnclean(in input: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = input.baseAddress else { return input.count }
        let raw = UnsafeRawPointer(base)
        let space = ByteBlock.Bytes(repeating: 0x20), printableSpan = ByteBlock.Bytes(repeating: 0x5F)
        var index = start
        while index < input.count {
            // Sixteen printable ASCII bytes (0x20–0x7E) at a time.
            if index + ByteBlock.size <= input.count {
                let (low, high) = ByteBlock.words((ByteBlock.load(raw, at: index) &- space) .< printableSpan)
                if low & high == ~0 {
                    index += ByteBlock.size
                    continue
                }
                // Straight to the first byte that is not printable ASCII.
                index += ~low != 0 ? (~low).trailingZeroBitCount / 8 : 8 + (~high).trailingZeroBitCount / 8
            }
            let byte = input[index]
            if byte >= 0x20 && byte < 0x7F || byte == 0x0A || byte == 0x0D {
                index += 1
                continue
            }
            let length = validSequenceLength(in: input, at: index)
            if length <= 1 || isC1Control(in: input, at: index, length: length) { return index }
            index += length
        }
        return input.count
    }

    /// The length of the valid UTF-8 sequence starting at `index` (1 for ASCII), 0 if invalid.
    private static func validSequenceLength(in input: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = input[index]
        if lead < 0x80 { return 1 }
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            secondRange = 0x80...0x9F
        case 0xF0:
            length = 4
            secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            secondRange = 0x80...0x8F
        default: return 0
        }
        guard index + length <= input.count, secondRange.contains(input[index + 1]) else { return 0 }
        for offset in 2..<length where input[index + offset] & 0xC0 != 0x80 { return 0 }
        return length
    }

    /// C0 controls other than LF and CR, and DEL.
    private static func isControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x0A && byte != 0x0D) || byte == 0x7F
    }

    /// U+0080–U+009F, encoded as C2 80 … C2 9F.
    private static func isC1Control(in input: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> Bool {
        length == 2 && input[index] == 0xC2 && input[index + 1] < 0xA0
    }

    // MARK: - Windows-1252

    /// Windows-1252 characters for 0x80–0x9F (0xFFFD where the code page defines none).
    private static let windows1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    /// The character a byte ≥ 0x80 stands for in Windows-1252.
    private static func windows1252Scalar(_ byte: UInt8) -> UInt32 {
        byte < 0xA0 ? windows1252High[Int(byte - 0x80)] : UInt32(byte)
    }

    /// Appends the UTF-8 encoding of a code point below 0x10000.
    private static func appendUTF8(of value: UInt32, to output: inout [UInt8]) {
        if value < 0x800 {
            output.append(UInt8(0xC0 | (value >> 6)))
        } else {
            output.append(UInt8(0xE0 | (value >> 12)))
            output.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
        }
        output.append(UInt8(0x80 | (value & 0x3F)))
    }
}
