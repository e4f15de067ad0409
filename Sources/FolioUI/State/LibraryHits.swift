import FolioKit

/// The hits the wiring found in the background for one entry of an all-articles
/// search.
public struct LibraryHits: Sendable, Equatable {
    /// The entry (an index into `AppState.entries`).
    public var entry: Int
    /// The entry's path, to check the index still names the same entry.
    public var path: String
    /// The hits in that entry's article.
    public var hits: [SearchHit]

    /// Creates a result.
    public init(entry: Int, path: String, hits: [SearchHit]) {
        self.entry = entry
        self.path = path
        self.hits = hits
    }
}
