import FolioKit

/// A grid of cells that panes render into and the terminal draws. Rendering a state into a
/// buffer is pure, so tests compare buffers without a terminal.
public struct ScreenBuffer: Sendable, Equatable {
    /// Width in columns.
    public let width: Int
    /// Height in rows.
    public let height: Int
    /// The cells, row by row.
    public private(set) var cells: [Cell]

    /// Creates a buffer of blank cells.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The whole buffer as a rectangle.
    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at a column and row (a blank cell outside the buffer).
    public subscript(x: Int, y: Int) -> Cell {
        get {
            guard x >= 0, y >= 0, x < width, y < height else { return .blank }
            return cells[y * width + x]
        }
        set {
            guard x >= 0, y >= 0, x < width, y < height else { return }
            cells[y * width + x] = newValue
        }
    }

    /// Fills a rectangle with blank cells of a style.
    public mutating func fill(_ rect: Rect, style: Style) {
        let rows = max(0, rect.y)..<max(max(0, rect.y), min(height, rect.maxY))
        let columns = max(0, rect.x)..<max(max(0, rect.x), min(width, rect.maxX))
        for y in rows {
            breakWideCharacters(from: columns.lowerBound, to: columns.upperBound, y: y)
            for x in columns {
                cells[y * width + x] = Cell(text: " ", style: style)
            }
        }
    }

    /// The most Unicode scalars a cell keeps: a character and its first marks, as many as a
    /// terminal cell draws (ncurses' `CCHARW_MAX` is 5). The rest of a cluster of a thousand
    /// combining marks, or of a run of zero-width characters, would only cost time every frame.
    public static let maximumScalarsPerCell = 5

    /// Writes text at a position, clipped to `maxX` (default: the buffer's right edge).
    /// Control characters never reach a cell: they are shown as visible symbols. A cell keeps
    /// at most `maximumScalarsPerCell` scalars. Returns the column after the last cell written.
    @discardableResult
    public mutating func write(
        _ text: some StringProtocol, x: Int, y: Int, style: Style, maxX: Int? = nil
    ) -> Int {
        let limit = min(maxX ?? width, width)
        var column = x
        guard y >= 0, y < height else { return column }
        let utf8 = text.utf8
        var index = text.startIndex
        while index < text.endIndex {
            // Most text: a printable ASCII character not followed by a mark, one cell as it is.
            let byte = utf8[index]
            let after = utf8.index(after: index)
            if byte >= 0x20, byte < 0x7F, after == utf8.endIndex || utf8[after] < 0x80 {
                if column + 1 > limit { break }
                if column >= 0 {
                    breakWideCharacters(from: column, to: column + 1, y: y)
                    self[column, y] = Cell(text: String(Unicode.Scalar(byte)), style: style)
                }
                column += 1
                index = after
                continue
            }
            let character = text[index]
            index = text.index(after: index)
            let shown = ScreenBuffer.visible(character)
            let scalars = shown.unicodeScalars
            if let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex {
                // One scalar: one cell, or none for a zero-width character.
                let columns = DisplayWidth.of(scalar)
                if columns > 0, column + columns > limit { break }
                place(scalars[...], width: columns, column: &column, x: x, y: y, style: style, limit: limit)
                continue
            }
            // A cluster is drawn whole or not at all, in the cells a terminal gives it.
            let columns = DisplayWidth.of(shown)
            if columns > 0, column + columns > limit { break }
            DisplayWidth.forEachCell(of: shown) { scalars, width in
                place(scalars, width: width, column: &column, x: x, y: y, style: style, limit: limit)
            }
        }
        return column
    }

    /// Puts one cell's scalars (at most `maximumScalarsPerCell`) at `column` and moves it on by
    /// `width`. Zero-width scalars join the cell before, as far as it has room; with no cell
    /// before them (at `x`), they are dropped.
    private mutating func place(
        _ scalars: Substring.UnicodeScalarView, width: Int, column: inout Int, x: Int, y: Int, style: Style, limit: Int
    ) {
        if width == 0 {
            guard column > x, column - 1 < limit else { return }
            var previous = column - 1
            while previous > x, self[previous, y].isContinuation { previous -= 1 }
            guard previous >= 0 else { return }
            let cell = y * self.width + previous
            let room = ScreenBuffer.maximumScalarsPerCell - cells[cell].text.unicodeScalars.count
            if room > 0 { cells[cell].text.unicodeScalars.append(contentsOf: scalars.prefix(room)) }
            return
        }
        if column >= 0 {
            breakWideCharacters(from: column, to: column + width, y: y)
            var cellText = ""
            cellText.unicodeScalars.append(contentsOf: scalars.prefix(ScreenBuffer.maximumScalarsPerCell))
            self[column, y] = Cell(text: cellText, style: style)
            if width == 2 { self[column + 1, y] = Cell(text: "", style: style, isContinuation: true) }
        }
        column += width
    }

    /// Before cells `start..<end` of a row are overwritten: a wide character cut in half at
    /// either edge becomes a blank, so no half character is left behind.
    private mutating func breakWideCharacters(from start: Int, to end: Int, y: Int) {
        if start > 0, start < width, self[start, y].isContinuation {
            self[start - 1, y] = Cell(text: " ", style: self[start - 1, y].style)
        }
        if end > 0, end < width, self[end, y].isContinuation {
            self[end, y] = Cell(text: " ", style: self[end, y].style)
        }
    }

    /// Changes the style of cells in a row, keeping their text.
    public mutating func setStyle(_ style: Style, x: Int, y: Int, width count: Int) {
        guard y >= 0, y < height else { return }
        let first = max(0, x)
        let end = min(width, x + count)
        guard first < end else { return }
        for column in first..<end { cells[y * width + column].style = style }
    }

    /// The buffer's text, one string per row, trailing spaces kept (for tests).
    public var lines: [String] {
        (0..<height).map { y in
            (0..<width).reduce(into: "") { line, x in
                let cell = cells[y * width + x]
                if !cell.isContinuation { line += cell.text }
            }
        }
    }

    /// A character safe to put on a terminal, as `UntrustedText` has the screen: C0 controls
    /// and DEL become visible symbols (`␛`, `␡`), C1 controls and bidi controls U+FFFD; a
    /// cluster that holds one after its first character becomes U+FFFD whole.
    public static func visible(_ character: Character) -> Character {
        var scalars = character.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return character }
        if case .shown(let symbol) = UntrustedText.treatment(of: first, for: .screen) { return Character(symbol) }
        while let scalar = scalars.next() {
            if UntrustedText.treatment(of: scalar, for: .screen) != .kept { return "\u{FFFD}" }
        }
        return character
    }
}
