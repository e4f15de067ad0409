import CNcursesw
import FolioKit
import Screen

/// The characters a cell may put on the terminal: the last line of defence between article
/// text and the terminal. Pure and testable.
enum CellText {
    /// How many characters an ncurses complex character holds: a spacing character and
    /// up to four combining ones (`CCHARW_MAX` is 5).
    static let maximumScalars = 5

    /// The scalars to draw for a cell: its base character and the zero-width marks on it.
    /// A character `UntrustedText` changes on the screen (C0, DEL, C1, which covers ESC, or a
    /// bidi control) anywhere in the text turns the whole cell into U+FFFD; an empty cell is a
    /// space; a cell that starts with a combining mark gets a space to sit on; what follows a
    /// second spacing character (the rest of an emoji ZWJ sequence) is dropped, as is a
    /// dangling joiner.
    static func scalars(of cell: Cell) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        for scalar in cell.text.unicodeScalars {
            if UntrustedText.treatment(of: scalar, for: .screen) != .kept { return ["\u{FFFD}"] }
            let zeroWidth = DisplayWidth.of(scalar) == 0
            if result.isEmpty, zeroWidth { result.append(" ") }
            if !result.isEmpty, !zeroWidth { break }
            if result.count < maximumScalars { result.append(scalar) }
        }
        while result.count > 1, result.last == "\u{200D}" { result.removeLast() }
        return result.isEmpty ? [" "] : result
    }

    /// What to draw for a cell (not a continuation) so that the columns after it stay where
    /// folio put them, whatever width the C library (which ncurses and most terminals follow)
    /// gives its character: its scalars, and whether a space goes in the next column. A wide
    /// cell (`wide`: a continuation follows) whose character the library makes one column wide
    /// (a flag's letter, an emoji made wide by U+FE0F) gets that space; a character the
    /// library measures otherwise than folio becomes U+FFFD.
    static func drawn(_ cell: Cell, wide: Bool) -> (scalars: [Unicode.Scalar], padded: Bool) {
        let scalars = CellText.scalars(of: cell)
        switch (wide, libraryWidth(scalars[0])) {
        case (true, 2), (false, 1): return (scalars, false)
        case (true, 1): return (scalars, true)
        case (true, _): return (["\u{FFFD}"], true)
        default: return (["\u{FFFD}"], false)
        }
    }

    /// The columns the C library gives a scalar (`wcwidth`: -1 for one it does not know).
    static func libraryWidth(_ scalar: Unicode.Scalar) -> Int32 {
        folio_wcwidth(wchar_t(bitPattern: scalar.value))
    }

    /// The byte of a cell that holds one printable ASCII character (a space for an empty
    /// cell): what `scalars(of:)` gives it, without building an array. Nil for anything else.
    static func printableASCII(_ cell: Cell) -> UInt8? {
        var utf8 = cell.text.utf8.makeIterator()
        guard let byte = utf8.next() else { return 0x20 }
        guard utf8.next() == nil, byte >= 0x20, byte < 0x7F else { return nil }
        return byte
    }
}
