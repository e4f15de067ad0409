import Foundation

/// Canonical composition (Unicode NFC) of UTF-8 text, as search uses it: text and pattern are
/// matched in composed form, so `café` typed precomposed finds `cafe` followed by a combining
/// acute accent and the reverse, and `e` does not match inside a decomposed `é`.
///
/// Most text is composed already. Only a scalar that is *unstable* under NFC can change it: one
/// with a combining class (accents, vowel signs), one that composes with the scalar before it
/// (Hangul vowels and final consonants, some Indic vowel signs) or one that is not its own NFC
/// (the Kelvin and Ångström signs, CJK compatibility ideographs). Text without such a scalar is
/// used as it is; in the rest, each unstable run is composed with the stable scalar before it
/// (Foundation's NFC on that short stretch), the rest copied.
public enum CanonicalComposition {
    /// `text` in NFC: itself when it has no unstable scalar.
    public static func composed(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            guard firstUnstable(in: bytes) != nil else { return String(decoding: bytes, as: UTF8.self) }
            return String(decoding: compose(bytes).bytes, as: UTF8.self)
        }
    }

    /// Composed text and the way back to the text it came from.
    struct Composed {
        /// The text in NFC.
        var bytes: [UInt8]
        /// For each offset of `bytes` and its end: the offset in the original text where a match
        /// starting there starts (a match starting inside a composed stretch takes all of it).
        var starts: [Int32]
        /// For each offset of `bytes` and its end: the offset in the original text where a match
        /// ending there ends (a match ending inside a composed stretch takes all of it).
        var ends: [Int32]

        /// The range of the original text that `range` of `bytes` came from.
        func original(_ range: Range<Int>) -> Range<Int> { Int(starts[range.lowerBound])..<Int(ends[range.upperBound]) }
    }

    /// True when `scalar` may change under NFC, or change the scalar before it.
    static func isUnstable(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        guard value >= 0x300 else { return false }
        guard value < tableLimit else { return (0x2F800...0x2FA1D).contains(value) }
        return unstable[Int(value >> 6)] & (1 << (value & 63)) != 0
    }

    /// The offset of the first unstable scalar in `text`, or nil when it is composed as it is.
    /// ASCII is skipped eight bytes at a time.
    static func firstUnstable(in text: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        while index < text.count {
            if index + 8 <= text.count, ByteText.word(in: text, at: index) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            let byte = text[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            let (scalar, length) = UTF8Decoding.scalar(in: text, at: index)
            if isUnstable(scalar) { return index }
            index += length
        }
        return nil
    }

    /// True when the scalar at `offset` (a scalar boundary, or the end) is unstable: a match
    /// ending just before it may not survive composition.
    static func isUnstable(in text: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        offset < text.count && text[offset] >= 0x80 && isUnstable(UTF8Decoding.scalar(in: text, at: offset).0)
    }

    /// `text` in NFC, with the map back to its offsets.
    static func compose(_ text: UnsafeBufferPointer<UInt8>) -> Composed {
        var result = Composed(bytes: [], starts: [], ends: [])
        result.bytes.reserveCapacity(text.count)
        result.starts.reserveCapacity(text.count + 1)
        result.ends.reserveCapacity(text.count + 1)
        // The last stable scalar copied: where it starts in `text` and in the output.
        var previous: (start: Int, output: Int)?
        var index = 0
        while index < text.count {
            let (scalar, length) = UTF8Decoding.scalar(in: text, at: index)
            guard isUnstable(scalar) else {
                previous = (index, result.bytes.count)
                for offset in index..<index + length {
                    result.bytes.append(text[offset])
                    result.starts.append(Int32(offset))
                    result.ends.append(Int32(offset))
                }
                index += length
                continue
            }
            // The run of unstable scalars, with the stable scalar before it, composes on its own:
            // a stable scalar neither combines with what precedes it nor reorders past it.
            var start = previous?.start ?? index
            if let previous { result.truncate(to: previous.output) }
            var end = index + length
            while end < text.count, isUnstable(in: text, at: end) { end += UTF8Decoding.scalar(in: text, at: end).1 }
            let stretch = String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self)
            var composed = Array(stretch.precomposedStringWithCanonicalMapping.utf8)
            // A stable scalar that nothing composed with keeps its own offsets.
            if start < index, composed.starts(with: text[start..<index]) {
                for offset in start..<index {
                    result.bytes.append(text[offset])
                    result.starts.append(Int32(offset))
                    result.ends.append(Int32(offset))
                }
                composed.removeFirst(index - start)
                start = index
            }
            for (offset, byte) in composed.enumerated() {
                result.bytes.append(byte)
                result.starts.append(Int32(start))
                result.ends.append(Int32(offset == 0 ? start : end))
            }
            previous = nil
            index = end
        }
        result.starts.append(Int32(text.count))
        result.ends.append(Int32(text.count))
        return result
    }

    // MARK: - The table

    /// Scalars below this are looked up in `unstable`; above it only CJK compatibility
    /// ideographs of plane 2 are unstable.
    private static let tableLimit: UInt32 = 0x20000

    /// One bit per scalar below `tableLimit`: set when it is unstable. Built once, from the
    /// combining classes of the scalars and `composingStarters`.
    private static let unstable: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: Int(tableLimit) / 64)
        func set(_ value: UInt32) { bits[Int(value >> 6)] |= 1 << (value & 63) }
        // Every scalar with a combining class lies below U+1F000.
        for value in UInt32(0x300)..<0x1F000 {
            if let scalar = Unicode.Scalar(value), scalar.properties.canonicalCombiningClass.rawValue != 0 { set(value) }
        }
        for range in composingStarters where range.lowerBound < tableLimit {
            for value in range { set(value) }
        }
        return bits
    }()

    /// Scalars of combining class 0 that are unstable all the same: those that compose with the
    /// scalar before them, and those whose NFC is another scalar (from the Unicode Character
    /// Database: the second scalars of primary composites, the Hangul vowels and final
    /// consonants, and the singletons and composition exclusions).
    private static let composingStarters: [ClosedRange<UInt32>] = [
        0x0374...0x0374, 0x037E...0x037E, 0x0387...0x0387, 0x0958...0x095F, 0x09BE...0x09BE,
        0x09D7...0x09D7, 0x09DC...0x09DD, 0x09DF...0x09DF, 0x0A33...0x0A33, 0x0A36...0x0A36,
        0x0A59...0x0A5B, 0x0A5E...0x0A5E, 0x0B3E...0x0B3E, 0x0B56...0x0B57, 0x0B5C...0x0B5D,
        0x0BBE...0x0BBE, 0x0BD7...0x0BD7, 0x0CC2...0x0CC2, 0x0CD5...0x0CD6, 0x0D3E...0x0D3E,
        0x0D57...0x0D57, 0x0DCF...0x0DCF, 0x0DDF...0x0DDF, 0x0F43...0x0F43, 0x0F4D...0x0F4D,
        0x0F52...0x0F52, 0x0F57...0x0F57, 0x0F5C...0x0F5C, 0x0F69...0x0F69, 0x0F73...0x0F73,
        0x0F75...0x0F76, 0x0F78...0x0F78, 0x0F81...0x0F81, 0x0F93...0x0F93, 0x0F9D...0x0F9D,
        0x0FA2...0x0FA2, 0x0FA7...0x0FA7, 0x0FAC...0x0FAC, 0x0FB5...0x0FB5, 0x0FB7...0x0FB7,
        0x0FB9...0x0FB9, 0x102E...0x102E, 0x1161...0x1175, 0x11A8...0x11C2, 0x1B35...0x1B35,
        0x1F71...0x1F71, 0x1F73...0x1F73, 0x1F75...0x1F75, 0x1F77...0x1F77, 0x1F79...0x1F79,
        0x1F7B...0x1F7B, 0x1F7D...0x1F7D, 0x1FBB...0x1FBB, 0x1FBE...0x1FBE, 0x1FC9...0x1FC9,
        0x1FCB...0x1FCB, 0x1FD3...0x1FD3, 0x1FDB...0x1FDB, 0x1FE3...0x1FE3, 0x1FEB...0x1FEB,
        0x1FEE...0x1FEF, 0x1FF9...0x1FF9, 0x1FFB...0x1FFB, 0x1FFD...0x1FFD, 0x2000...0x2001,
        0x2126...0x2126, 0x212A...0x212B, 0x2329...0x232A, 0x2ADC...0x2ADC, 0xF900...0xFA0D,
        0xFA10...0xFA10, 0xFA12...0xFA12, 0xFA15...0xFA1E, 0xFA20...0xFA20, 0xFA22...0xFA22,
        0xFA25...0xFA26, 0xFA2A...0xFA6D, 0xFA70...0xFAD9, 0xFB1D...0xFB1D, 0xFB1F...0xFB1F,
        0xFB2A...0xFB36, 0xFB38...0xFB3C, 0xFB3E...0xFB3E, 0xFB40...0xFB41, 0xFB43...0xFB44,
        0xFB46...0xFB4E, 0x11127...0x11127, 0x1133E...0x1133E, 0x11357...0x11357, 0x114B0...0x114B0,
        0x114BA...0x114BA, 0x114BD...0x114BD, 0x115AF...0x115AF, 0x11930...0x11930,
        0x1D15E...0x1D164, 0x1D1BB...0x1D1C0, 0x2F800...0x2FA1D,
    ]
}

extension CanonicalComposition.Composed {
    /// Drops the output from `count` on.
    fileprivate mutating func truncate(to count: Int) {
        bytes.removeSubrange(count...)
        starts.removeSubrange(count...)
        ends.removeSubrange(count...)
    }
}
