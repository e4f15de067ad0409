import Screen

/// What `TerminalSession.draw` works out for a frame, without a terminal: the runs of cells
/// that changed since the last frame, and the characters each of them puts on the screen.
/// `folio key-timing` draws into it, so a key is timed to its frame written, drawing included.
public struct HeadlessScreen {
    /// The last frame drawn.
    private var shown: ScreenBuffer?

    /// A screen that has shown nothing yet.
    public init() {}

    /// Draws a frame: works out the cells that changed and their characters. Returns how many
    /// characters were written.
    @discardableResult
    public mutating func draw(_ buffer: ScreenBuffer) -> Int {
        var written = 0
        for run in ScreenDiff.runs(from: shown, to: buffer) {
            for cell in run.cells where !cell.isContinuation {
                written += CellText.printableASCII(cell) != nil ? 1 : CellText.scalars(of: cell).count
            }
        }
        shown = buffer
        return written
    }
}
