/// Text in UTF-16 or UTF-32, recognised by its byte-order mark and turned into the UTF-8 that
/// every reader and search works on.
enum WideText {
    /// `bytes` as UTF-8 when they start with a UTF-16 or UTF-32 byte-order mark: a UTF-8 mark
    /// first (so that the mark, not a `<meta charset>` or XML declaration inside, decides the
    /// encoding, as in browsers), then the text; invalid code units (a lone surrogate, a value
    /// past U+10FFFF, an odd byte at the end) become U+FFFD. Any other bytes are returned as they are.
    static func utf8(_ bytes: [UInt8]) -> [UInt8] {
        guard let mark = ByteOrderMark(startOf: bytes), mark != .utf8 else { return bytes }
        var output = ByteOrderMark.utf8.bytes
        output.reserveCapacity(bytes.count + bytes.count / 2)
        decode(bytes.dropFirst(mark.bytes.count), as: mark) { scalar in
            output.append(contentsOf: scalar.utf8)
            return true
        }
        return output
    }

    /// Whether the text after a UTF-16 or UTF-32 mark holds a NUL character; nil when `bytes`
    /// start with no such mark.
    static func containsNUL<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool? {
        guard let mark = ByteOrderMark(startOf: bytes), mark != .utf8 else { return nil }
        var found = false
        decode(bytes.dropFirst(mark.bytes.count), as: mark) { scalar in
            found = scalar.value == 0
            return !found
        }
        return found
    }

    /// Calls `body` with each character of `bytes` in the mark's encoding form (repaired as
    /// `utf8` says) while it returns true.
    private static func decode<Bytes: Collection<UInt8>>(
        _ bytes: Bytes, as mark: ByteOrderMark, _ body: (Unicode.Scalar) -> Bool
    ) {
        var units = CodeUnits(bytes: bytes, size: mark.unitSize, bigEndian: mark.isBigEndian)
        let replacement: Unicode.Scalar = "\u{FFFD}"
        if mark.unitSize == 2 {
            var iterator = HalfWords(units: units)
            var parser = UTF16.ForwardParser()
            while true {
                switch parser.parseScalar(from: &iterator) {
                case .valid(let encoded): guard body(UTF16.decode(encoded)) else { return }
                case .error: guard body(replacement) else { return }
                case .emptyInput:
                    if iterator.units.leftover { _ = body(replacement) }
                    return
                }
            }
        }
        while let unit = units.next() {
            guard body(Unicode.Scalar(unit) ?? replacement) else { return }
        }
        if units.leftover { _ = body(replacement) }
    }

    /// The code units of `bytes`, each `size` bytes in the given order; `leftover` tells, once
    /// they are all read, whether bytes too few for a unit remained.
    private struct CodeUnits<Bytes: Collection<UInt8>>: IteratorProtocol {
        var bytes: Bytes.SubSequence
        let size: Int
        let bigEndian: Bool

        init(bytes: Bytes, size: Int, bigEndian: Bool) {
            self.bytes = bytes[...]
            self.size = size
            self.bigEndian = bigEndian
        }

        var leftover: Bool { !bytes.isEmpty && bytes.count < size }

        mutating func next() -> UInt32? {
            guard bytes.count >= size else { return nil }
            var value: UInt32 = 0
            for (position, byte) in bytes.prefix(size).enumerated() {
                value |= UInt32(byte) << (bigEndian ? 8 * (size - 1 - position) : 8 * position)
            }
            bytes = bytes.dropFirst(size)
            return value
        }
    }

    /// UTF-16 code units, for the standard library's UTF-16 parser.
    private struct HalfWords<Bytes: Collection<UInt8>>: IteratorProtocol {
        var units: CodeUnits<Bytes>

        mutating func next() -> UInt16? { units.next().map { UInt16(truncatingIfNeeded: $0) } }
    }
}
