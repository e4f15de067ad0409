/// An entry's identity in the library while folio runs: given once, when the entry is first
/// added (`LibraryEntries`), and never given to another entry or changed, whatever is added or
/// removed. Selection, hits, bookmarks, reading places and background results name entries by
/// it; the entry's source (`LibraryEntry.source`) is what names the article across runs.
public struct EntryID: Hashable, Sendable, CustomStringConvertible {
    /// The number, in the order entries were added.
    let number: Int

    init(number: Int) {
        self.number = number
    }

    /// The identity of an entry not yet added to a library.
    static let unassigned = EntryID(number: -1)

    /// `#12`, for messages in tests.
    public var description: String { "#\(number)" }
}
