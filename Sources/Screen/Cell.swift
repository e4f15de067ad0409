import FolioKit

/// One cell of the screen: a grapheme cluster and its style. A character two columns wide
/// sits in its first cell; the cell after it is a continuation (`isContinuation`), which the
/// terminal skips when drawing.
public struct Cell: Sendable, Hashable {
    /// The grapheme shown in the cell (a single space when empty).
    public var text: String
    /// How the cell looks.
    public var style: Style
    /// True for the second column of a wide character.
    public var isContinuation: Bool

    /// Creates a cell.
    public init(text: String = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.text = text
        self.style = style
        self.isContinuation = isContinuation
    }

    /// An empty cell in the terminal's own colours.
    public static let blank = Cell()
}
