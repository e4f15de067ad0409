/// A key press or other input event, decoded by the terminal.
public enum Key: Sendable, Hashable {
    /// A printable character.
    case character(Character)
    /// Ctrl plus a letter, e.g. `.control("r")` for Ctrl-R.
    case control(Character)
    /// Alt (Meta) plus a character, e.g. `.alt("b")` for Alt-B: Esc and the character together.
    case alt(Character)
    /// Text pasted in one piece (bracketed paste): typed into a text field as one insertion,
    /// never read as keys.
    case paste(String)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, backspace, delete, tab, backTab
    /// F1–F12.
    case function(Int)
    /// The terminal changed size.
    case resize(width: Int, height: Int)
    /// A mouse event at a cell.
    case mouse(MouseEvent)
}

/// What the mouse did, and where.
public struct MouseEvent: Sendable, Hashable {
    /// The kinds of mouse event folio uses.
    public enum Kind: Sendable, Hashable { case wheelUp, wheelDown, click }
    /// What happened.
    public var kind: Kind
    /// Column of the event.
    public var x: Int
    /// Row of the event.
    public var y: Int

    /// Creates a mouse event.
    public init(kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
