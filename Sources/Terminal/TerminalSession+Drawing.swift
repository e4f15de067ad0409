import CNcursesw
import FolioKit
import Screen

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension TerminalSession {
    /// Draws a buffer: only the cells that changed since the last one (everything after a
    /// resize, a resume or `redrawAll`), then updates the terminal. Cells beyond the screen
    /// are clipped.
    public func draw(_ buffer: ScreenBuffer) {
        guard isActive else { return }
        paint(buffer)
        if colors.isExhausted {
            // Pair numbers are reused from scratch, which recolours what is on screen.
            colors = ColorPairTable(palette: colors.palette, pairLimit: colors.pairLimit)
            shown = nil
            paint(buffer)
        }
        wnoutrefresh(folio_stdscr())
        doupdate()
    }

    private func paint(_ buffer: ScreenBuffer) {
        if needsClear {
            clearok(folio_curscr(), true)
            needsClear = false
        }
        let (width, height) = size
        var previous = shown
        if previous == nil {
            // Nothing is known of the screen (the first frame, a resize, a resume): start from
            // an erased window, on which blank cells need no drawing.
            werase(folio_stdscr())
            previous = ScreenBuffer(width: buffer.width, height: buffer.height)
        }
        for run in ScreenDiff.runs(from: previous, to: buffer) where run.y < height {
            let look = colors.look(of: run.style)
            for (offset, cell) in run.cells.enumerated() {
                let x = run.x + offset
                guard x < width else { break }
                paintCell(cell, x: x, y: run.y, in: buffer, look: look, screenWidth: width)
            }
        }
        shown = buffer
    }

    /// Draws one cell. A continuation cell is drawn by its wide character; an orphaned one
    /// becomes a space. When the C library disagrees with folio about a character's width,
    /// the cell is drawn so that the columns after it stay where folio put them.
    private func paintCell(
        _ cell: Cell, x: Int, y: Int, in buffer: ScreenBuffer,
        look: (attributes: attr_t, pair: Int32), screenWidth: Int
    ) {
        if cell.isContinuation {
            // The wide character to the left drew this column.
            if x > 0, !buffer[x - 1, y].isContinuation { return }
            put([" "], x: x, y: y, look: look)
            return
        }
        let wide = x + 1 < buffer.width && buffer[x + 1, y].isContinuation
        if !wide, let byte = CellText.printableASCII(cell) {
            // Most cells: one ASCII character, drawn without building its text.
            var text: (wchar_t, wchar_t) = (wchar_t(byte), 0)
            withUnsafePointer(to: &text) { pointer in
                pointer.withMemoryRebound(to: wchar_t.self, capacity: 2) { put($0, x: x, y: y, look: look) }
            }
            return
        }
        var (scalars, padded) = CellText.drawn(cell, wide: wide)
        if padded, x + 1 < screenWidth { put([" "], x: x + 1, y: y, look: look) }
        if wide, x + 1 >= screenWidth { scalars = [" "] }
        put(scalars, x: x, y: y, look: look)
    }

    private func put(_ scalars: [Unicode.Scalar], x: Int, y: Int, look: (attributes: attr_t, pair: Int32)) {
        var text = scalars.map { wchar_t(bitPattern: $0.value) }
        text.append(0)
        put(text, x: x, y: y, look: look)
    }

    /// Draws the zero-terminated characters `text` at a cell.
    private func put(_ text: UnsafePointer<wchar_t>, x: Int, y: Int, look: (attributes: attr_t, pair: Int32)) {
        var character = cchar_t()
        folio_setcchar(&character, text, look.attributes, look.pair)
        _ = mvwadd_wch(folio_stdscr(), Int32(y), Int32(x), &character)
    }
}
