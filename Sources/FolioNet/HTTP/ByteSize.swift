import Foundation

/// Sizes in bytes as people write and read them: `20M`, `512K`, `20 MB`.
public enum ByteSize {
    /// Reads `500`, `512K`, `20M`, `1G` (also `20MB`, `20m`; binary multiples: K is 1024).
    /// Nil for anything else, or a size under one byte.
    public static func parse(_ text: String) -> Int? {
        var digits = Substring(text.trimmingCharacters(in: .whitespaces)).uppercased()[...]
        if digits.hasSuffix("B") { digits = digits.dropLast() }
        var multiplier = 1
        if let unit = digits.last, let shift = ["K": 10, "M": 20, "G": 30][String(unit)] {
            multiplier = 1 << shift
            digits = digits.dropLast()
        }
        guard let value = Int(digits.trimmingCharacters(in: .whitespaces)), value > 0,
            value <= Int.max / multiplier
        else { return nil }
        return value * multiplier
    }

    /// `20 MB`, `512 KB`, `1 GB` for exact multiples, else `1234 bytes`.
    public static func text(_ bytes: Int) -> String {
        for (shift, unit) in [(30, "GB"), (20, "MB"), (10, "KB")] where bytes >= 1 << shift && bytes % (1 << shift) == 0 {
            return "\(bytes >> shift) \(unit)"
        }
        return bytes == 1 ? "1 byte" : "\(bytes) bytes"
    }
}
