import FolioKit
import Screen

/// What changed between the buffer on screen and the next one, as runs of cells to draw.
/// Pure, so it is tested without a terminal.
enum ScreenDiff {
    /// Cells to draw: a stretch of one row, starting at `x`, whose cells share a style. The
    /// continuation cell of a wide character stays in its run (it is not drawn itself).
    struct Run: Sendable, Equatable {
        /// Left column.
        var x: Int
        /// Row.
        var y: Int
        /// The cells, left to right.
        var cells: [Cell]

        /// The run's text as it shows on screen (for tests).
        var text: String { cells.reduce(into: "") { if !$1.isContinuation { $0 += $1.text } } }
        /// The style of the run's first cell.
        var style: Style { cells.first?.style ?? .plain }
    }

    /// The runs that turn `old` into `new` on screen; every cell of `new` when there is no
    /// old buffer or its size differs.
    ///
    /// A wide character and the cell after it are redrawn together: when either column
    /// changes in the old or the new buffer, both are drawn, so replacing a wide character by
    /// two narrow ones (or the reverse) leaves no half character behind.
    static func runs(from old: ScreenBuffer?, to new: ScreenBuffer) -> [Run] {
        let previous = old.flatMap { $0.width == new.width && $0.height == new.height ? $0 : nil }
        var runs: [Run] = []
        for y in 0..<new.height {
            let dirty = dirtyColumns(row: y, old: previous, new: new)
            guard dirty.contains(true) else { continue }
            appendRuns(row: y, dirty: dirty, buffer: new, to: &runs)
        }
        return runs
    }

    /// Which columns of a row must be drawn.
    private static func dirtyColumns(row y: Int, old: ScreenBuffer?, new: ScreenBuffer) -> [Bool] {
        let width = new.width
        guard let old else { return Array(repeating: true, count: width) }
        let row = y * width..<(y + 1) * width
        if old.cells[row] == new.cells[row] { return Array(repeating: false, count: width) }
        var dirty = (0..<width).map { old.cells[row.lowerBound + $0] != new.cells[row.lowerBound + $0] }
        // Spread changes across wide characters, old and new, until nothing more changes.
        var changed = true
        while changed {
            changed = false
            for x in 0..<width where dirty[x] {
                if x > 0, !dirty[x - 1], new[x, y].isContinuation || old[x, y].isContinuation {
                    dirty[x - 1] = true
                    changed = true
                }
                if x + 1 < width, !dirty[x + 1],
                    new[x + 1, y].isContinuation || old[x + 1, y].isContinuation
                {
                    dirty[x + 1] = true
                    changed = true
                }
            }
        }
        return dirty
    }

    /// Groups the dirty columns of a row into runs of one style.
    private static func appendRuns(row y: Int, dirty: [Bool], buffer: ScreenBuffer, to runs: inout [Run]) {
        var extendsLast = false
        for x in 0..<buffer.width {
            guard dirty[x] else {
                extendsLast = false
                continue
            }
            let cell = buffer[x, y]
            if extendsLast, cell.isContinuation || runs[runs.count - 1].style == cell.style {
                runs[runs.count - 1].cells.append(cell)
            } else {
                runs.append(Run(x: x, y: y, cells: [cell]))
                extendsLast = true
            }
        }
    }
}
