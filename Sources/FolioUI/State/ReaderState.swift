import FolioKit

/// The reader pane: which article is open, its layout and where the view is.
public struct ReaderState: Sendable {
    /// The open entry, if any.
    public var entry: EntryID?
    /// The open article laid out for the pane's column width.
    public var layout: ArticleLayout?
    /// The first line shown.
    public var top = 0
    /// The reading position, kept across re-layouts (set whenever the view moves).
    public var anchor = LayoutAnchor(content: .title)
    /// An entry waiting to be opened once the wiring has loaded it.
    public var pendingOpen: EntryID?

    /// Creates a reader state with nothing open.
    public init() {}
}
