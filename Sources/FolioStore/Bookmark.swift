import Foundation

/// A named place in an article the reader asked to keep.
public struct Bookmark: Sendable, Hashable, Identifiable {
    /// The bookmark's number, unique in the store.
    public var id: Int64
    /// The article's file.
    public var path: String
    /// Where in the article.
    public var anchor: ReadingAnchor
    /// The reader's label (may be empty).
    public var label: String
    /// When the bookmark was made.
    public var created: Date

    /// Creates a bookmark from stored values.
    public init(id: Int64, path: String, anchor: ReadingAnchor, label: String, created: Date) {
        self.id = id
        self.path = path
        self.anchor = anchor
        self.label = label
        self.created = created
    }
}
