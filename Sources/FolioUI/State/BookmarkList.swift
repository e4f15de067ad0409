/// A bookmark as the bookmarks popup lists it.
public struct BookmarkItem: Sendable, Equatable {
    /// The bookmark's number in the store.
    public var id: Int64
    /// The article's entry, when it is among the articles opened.
    public var entry: EntryID?
    /// The article's file, as messages name it.
    public var path: String
    /// The article's title (the file name when the article is not in the library).
    public var title: String
    /// The label: the section and the first words where the bookmark was set.
    public var label: String

    /// Where the bookmark is, as the popup and messages name it: the label, or the article's
    /// start for a bookmark without one.
    public var place: String { label.isEmpty ? "the article’s start" : label }

    /// Creates an item.
    public init(id: Int64, entry: EntryID?, path: String, title: String, label: String) {
        self.id = id
        self.entry = entry
        self.path = path
        self.title = title
        self.label = label
    }
}

/// The bookmarks popup: every bookmark, oldest first, and the selected one.
public struct BookmarkList: Sendable, Equatable {
    /// The bookmarks.
    public var items: [BookmarkItem]
    /// The selected row.
    public var selected: Int

    /// Creates the popup's state.
    public init(items: [BookmarkItem], selected: Int = 0) {
        self.items = items
        self.selected = selected
    }
}
