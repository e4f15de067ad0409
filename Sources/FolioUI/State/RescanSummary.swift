/// What a rescan (`R`) found in the library's folders, for the status line.
public struct RescanSummary: Sendable, Equatable {
    /// Files that were not in the library.
    public var added: Int
    /// Files in the library whose size or modification time changed.
    public var changed: Int
    /// Files gone from the folders.
    public var removed: Int

    /// Creates a summary.
    public init(added: Int = 0, changed: Int = 0, removed: Int = 0) {
        self.added = added
        self.changed = changed
        self.removed = removed
    }

    /// `3 new, 1 changed, 2 removed` (the counts that are not zero), or `nothing changed`.
    public var text: String {
        let parts = [(added, "new"), (changed, "changed"), (removed, "removed")].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        return parts.isEmpty ? "nothing changed" : parts.joined(separator: ", ")
    }
}
