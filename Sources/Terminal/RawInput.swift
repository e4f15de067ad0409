/// One result of ncurses' `wget_wch`, before it means anything to folio.
enum RawInput: Sendable, Hashable {
    /// A character (`OK`): the Unicode scalar value, or a control byte such as 0x1B.
    case character(UInt32)
    /// A key code (`KEY_CODE_YES`): `KEY_UP`, `KEY_F(1)`, `KEY_MOUSE` and the rest.
    case keyCode(Int32)
}

/// A mouse event as ncurses' `getmouse` reports it.
struct MouseReport: Sendable, Hashable {
    /// Column of the event.
    var x: Int
    /// Row of the event.
    var y: Int
    /// ncurses' `bstate` mask.
    var buttons: UInt
}
