/// How far the background reading of the library has got, for the status line
/// (`indexing 1,234/10,000`).
public struct IndexingProgress: Sendable, Equatable {
    /// Files read so far.
    public var done: Int
    /// Files to read in all.
    public var total: Int

    /// Creates a progress count.
    public init(done: Int, total: Int) {
        self.done = done
        self.total = total
    }

    /// `indexing 1,234/10,000`.
    public var text: String { "indexing \(Self.grouped(done))/\(Self.grouped(total))" }

    /// `12345` as `12,345`.
    static func grouped(_ number: Int) -> String {
        let digits = Array(String(abs(number)))
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return number < 0 ? "-" + result : result
    }
}
