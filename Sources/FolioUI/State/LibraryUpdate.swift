import FolioKit

/// What the wiring learnt about the library in the background (sources read, added or gone),
/// applied by `Action.libraryUpdated`.
public struct LibraryUpdate: Sendable, Equatable {
    /// Sources read, each with all its entries as they are now: an entry replaces the one of
    /// its identity (the read mark in the state wins when the article was opened meanwhile) or
    /// is added at the end, and the source's entries past them go (a feed with fewer items
    /// than before).
    public var read: [SourceEntries]
    /// Sources gone (files removed): their entries go.
    public var removed: [ArticleSource]
    /// The background reading's progress; nil when it is finished.
    public var progress: IndexingProgress?

    /// Creates an update.
    public init(read: [SourceEntries] = [], removed: [ArticleSource] = [], progress: IndexingProgress? = nil) {
        self.read = read
        self.removed = removed
        self.progress = progress
    }
}

/// One source's entries, as reading it gave them.
public struct SourceEntries: Sendable, Equatable {
    /// The source.
    public var source: ArticleSource
    /// Its entries, items 0, 1, 2… (one for a source of one article; a feed's items, with their
    /// articles; one with `loadError` for a file that could not be read).
    public var entries: [LibraryEntry]

    /// Creates a source's entries.
    public init(source: ArticleSource, entries: [LibraryEntry]) {
        self.source = source
        self.entries = entries
    }
}
