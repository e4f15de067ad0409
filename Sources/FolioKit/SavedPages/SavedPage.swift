/// A page in the home library: its file and what is known of where it came from.
public struct SavedPage: Equatable, Sendable {
    /// The page's file, as fetched.
    public var path: String
    /// Its record.
    public var record: SavedPageRecord

    /// Creates a saved page.
    public init(path: String, record: SavedPageRecord) {
        self.path = path
        self.record = record
    }
}
