/// What the wiring learnt about the library in the background (files read, added or gone),
/// applied by `Action.libraryUpdated`.
public struct LibraryUpdate: Sendable, Equatable {
    /// New details for existing entries, by index (the read mark in the state wins when the
    /// article was opened meanwhile).
    public var replaced: [Int: LibraryEntry]
    /// Entries to add at the end (new files, further items of a feed).
    public var added: [LibraryEntry]
    /// Indices of entries whose files are gone, to drop; later indices move down.
    public var removed: [Int]
    /// The background reading's progress; nil when it is finished.
    public var progress: IndexingProgress?

    /// Creates an update.
    public init(
        replaced: [Int: LibraryEntry] = [:], added: [LibraryEntry] = [], removed: [Int] = [],
        progress: IndexingProgress? = nil
    ) {
        self.replaced = replaced
        self.added = added
        self.removed = removed
        self.progress = progress
    }
}
