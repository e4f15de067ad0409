import FolioKit

/// What the wiring found in the background for one entry of an all-articles search: how many
/// hits its article holds. Where they are is worked out when the article is opened, so a
/// short query over a big library does not keep millions of positions.
public struct LibraryHits: Sendable, Equatable {
    /// The entry.
    public var entry: EntryID
    /// The number of hits in that entry's article.
    public var count: Int

    /// Creates a result.
    public init(entry: EntryID, count: Int) {
        self.entry = entry
        self.count = count
    }
}
