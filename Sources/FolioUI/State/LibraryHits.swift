import FolioKit

/// What the wiring found in the background for one entry of an all-articles search: how many
/// hits its article holds. Where they are is worked out when the article is opened, so a
/// short query over a big library does not keep millions of positions.
public struct LibraryHits: Sendable, Equatable {
    /// The entry.
    public var entry: EntryID
    /// The number of hits in that entry's article.
    public var count: Int
    /// The full-text index's BM25 score of the article for a whole-word query (lower is
    /// better); nil when the index did not rank it.
    public var score: Double?

    /// Creates a result.
    public init(entry: EntryID, count: Int, score: Double? = nil) {
        self.entry = entry
        self.count = count
        self.score = score
    }
}
