/// How far the background reading of the library has got, for the status line
/// (`indexing 1,234/10,000`, or `listing files…` while a big folder is still being walked).
public struct IndexingProgress: Sendable, Equatable {
    /// Files read so far.
    public var done: Int
    /// Files to read in all (so far, while listing).
    public var total: Int
    /// True while the folders are still being walked: more files may come.
    public var isListing: Bool

    /// Creates a progress count.
    public init(done: Int, total: Int, isListing: Bool = false) {
        self.done = done
        self.total = total
        self.isListing = isListing
    }

    /// `indexing 1,234/10,000`, or `listing files…`.
    public var text: String { isListing ? "listing files…" : "indexing \(Self.grouped(done))/\(Self.grouped(total))" }

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
