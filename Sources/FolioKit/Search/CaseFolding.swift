/// Simple Unicode case folding (one scalar to one scalar), as search uses it: `Ä` and `ä`
/// fold together, and so do `Σ`, `σ` and `ς`.
enum CaseFolding {
    /// The folded form of one scalar.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value < UInt32(table.count) { return Unicode.Scalar(table[Int(value)]) ?? scalar }
        return foldSlow(scalar)
    }

    /// Folds UTF-8 text. `offsets[i]` is the offset in `text` of the scalar that folded byte
    /// `i` belongs to; `offsets` has one extra entry, `text.count`, for the end. `isComposed`
    /// is false when the text has a scalar unstable under canonical composition
    /// (`CanonicalComposition`), noted on the way.
    static func fold(_ text: UnsafeBufferPointer<UInt8>) -> (bytes: [UInt8], offsets: [Int32], isComposed: Bool) {
        var isComposed = true
        var bytes: [UInt8] = []
        var offsets: [Int32] = []
        bytes.reserveCapacity(text.count)
        offsets.reserveCapacity(text.count + 1)
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte < 0x80 {
                bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                offsets.append(Int32(index))
                index += 1
                continue
            }
            let (scalar, length) = UTF8Decoding.scalar(in: text, at: index)
            if isComposed, CanonicalComposition.isUnstable(scalar) { isComposed = false }
            UTF8.encode(fold(scalar)) { unit in
                bytes.append(unit)
                offsets.append(Int32(index))
            }
            index += length
        }
        offsets.append(Int32(text.count))
        return (bytes, offsets, isComposed)
    }

    /// Folds a whole string.
    static func fold(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { result.append(fold(scalar)) }
        return String(result)
    }

    /// Folds from the scalar's properties, with the folds that differ from lowercasing.
    private static func foldSlow(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x00B5: return "\u{03BC}"  // micro sign → μ
        case 0x017F: return "s"  // long s
        case 0x0345, 0x1FBE: return "\u{03B9}"  // ypogegrammeni, prosgegrammeni → ι
        case 0x03C2: return "\u{03C3}"  // final sigma → σ
        case 0x03D0: return "\u{03B2}"
        case 0x03D1: return "\u{03B8}"
        case 0x03D5: return "\u{03C6}"
        case 0x03D6: return "\u{03C0}"
        case 0x03F0: return "\u{03BA}"
        case 0x03F1: return "\u{03C1}"
        case 0x03F5: return "\u{03B5}"
        case 0x1E9B: return "\u{1E61}"
        case 0x1E9E: return "\u{00DF}"  // capital sharp s → ß
        default: break
        }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        guard let first = lower.first, lower.count == 1 else { return scalar }
        return first
    }

    /// Folds of U+0000–U+058F (Latin, Greek, Cyrillic, Armenian), computed once.
    private static let table: [UInt32] = (0..<0x590).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return UInt32(value) }
        return foldSlow(scalar).value
    }
}
