/// Where each pane goes for a terminal size: list and reader side by side from 100 columns
/// (sharing the width as the `PaneSplit` says), one at a time below that; the input row (search
/// bar or filter prompt) and the status line at the bottom.
struct ScreenGeometry {
    /// The smallest usable terminal.
    static let minimumWidth = 40
    static let minimumHeight = 10
    /// The width from which list and reader are side by side.
    static let sideBySideWidth = 100
    let width: Int
    let height: Int
    let isTooSmall: Bool
    let sideBySide: Bool
    let showsList: Bool
    let showsReader: Bool
    let listArea: Rect
    let readerArea: Rect
    let separatorX: Int?
    let inputRow: Int?
    let statusRow: Int
    /// The reader's widest text column.
    let measure: Int

    init(width: Int, height: Int, focus: Pane, inputOpen: Bool, split: PaneSplit) {
        self.width = width
        self.height = height
        measure = split.measure
        isTooSmall = width < ScreenGeometry.minimumWidth || height < ScreenGeometry.minimumHeight
        sideBySide = width >= ScreenGeometry.sideBySideWidth
        statusRow = max(0, height - 1)
        inputRow = inputOpen ? max(0, height - 2) : nil
        let contentHeight = max(0, height - 1 - (inputOpen ? 1 : 0))
        if sideBySide {
            let listWidth = split.listWidth(in: width)
            listArea = Rect(x: 0, y: 0, width: listWidth, height: contentHeight)
            separatorX = listWidth
            readerArea = Rect(x: listWidth + 1, y: 0, width: width - listWidth - 1, height: contentHeight)
            showsList = true
            showsReader = true
        } else {
            listArea = Rect(x: 0, y: 0, width: width, height: contentHeight)
            readerArea = listArea
            separatorX = nil
            showsList = focus == .list
            showsReader = focus == .reader
        }
    }

    /// The reader's text column: at most the measure, centred, a column of margin each side.
    var readerColumn: Rect {
        let columnWidth = max(2, min(measure, readerArea.width - 2))
        let x = readerArea.x + max(0, (readerArea.width - columnWidth) / 2)
        return Rect(x: x, y: readerArea.y, width: columnWidth, height: readerArea.height)
    }
}
