/// Sizes in bytes as people read them: `20 MB`, `512 KB` (`SizeLimit` reads them as written).
public enum ByteSize {
    /// `20 MB`, `512 KB`, `1 GB` for exact multiples, else `1234 bytes`.
    public static func text(_ bytes: Int) -> String {
        for (shift, unit) in [(30, "GB"), (20, "MB"), (10, "KB")] where bytes >= 1 << shift && bytes % (1 << shift) == 0 {
            return "\(bytes >> shift) \(unit)"
        }
        return bytes == 1 ? "1 byte" : "\(bytes) bytes"
    }
}
