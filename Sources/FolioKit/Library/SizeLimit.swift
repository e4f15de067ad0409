import Foundation

/// The most bytes folio reads of one file or of standard input: past it, the input is refused
/// with an error instead of filling memory (`folio - < /dev/zero`). The default keeps the
/// reader's memory under about 1 GB: an article takes several times its size once parsed and
/// laid out.
public struct SizeLimit: Sendable, Hashable, CustomStringConvertible {
    /// The limit in bytes (at least 1).
    public let bytes: Int

    /// 100 MiB.
    public static let standard = SizeLimit(bytes: 100 << 20)

    /// A limit of `bytes` bytes (at least 1).
    public init(bytes: Int) {
        self.bytes = max(1, bytes)
    }

    /// Reads a size as people write it: a whole number of bytes, or with `K`, `M`, `G` or `T`
    /// (powers of 1024; `KB`, `KiB` and lower case mean the same), e.g. `100M`, `1g`, `512KiB`.
    /// Nil for anything else, zero, or a size that does not fit.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let number = Int(digits), number > 0 else { return nil }
        let units: [String: Int] = ["": 0, "b": 0, "k": 10, "m": 20, "g": 30, "t": 40]
        var unit = trimmed.dropFirst(digits.count).lowercased()
        if unit.hasSuffix("ib") { unit.removeLast(2) } else if unit.count == 2, unit.hasSuffix("b") { unit.removeLast() }
        guard let shift = units[unit] else { return nil }
        let (bytes, overflow) = number.multipliedReportingOverflow(by: 1 << shift)
        guard !overflow else { return nil }
        self.init(bytes: bytes)
    }

    /// The limit as `init(parsing:)` reads it, in the largest unit that divides it: `100M`.
    public var description: String {
        for (shift, unit) in [(40, "T"), (30, "G"), (20, "M"), (10, "K")] where bytes % (1 << shift) == 0 {
            return "\(bytes >> shift)\(unit)"
        }
        return "\(bytes) bytes"
    }
}
