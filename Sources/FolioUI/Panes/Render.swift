import FolioKit

/// Draws the whole screen for a state: the list and the reader (side by side from 100 columns,
/// one at a time below), the search bar or filter prompt, the status line and any popup. Below
/// 40×10 a notice asks for a bigger terminal. Pure: the terminal draws the buffer returned.
///
/// The terminal calls this after every key with its current size; the state's own size (set by
/// `Key.resize`) is used for scrolling, and a different size here still renders correctly.
public func render(_ state: AppState, width: Int, height: Int) -> ScreenBuffer {
    var buffer = ScreenBuffer(width: width, height: height)
    let geometry = ScreenGeometry(
        width: width, height: height, focus: state.focus, inputOpen: state.isInputOpen,
        split: state.split)
    if geometry.isTooSmall {
        TooSmallNotice.render(into: &buffer, theme: state.theme)
        return buffer
    }
    if geometry.showsList { ArticleListPane.render(state, into: &buffer, area: geometry.listArea) }
    if let x = geometry.separatorX { PaneDivider.render(state, into: &buffer, x: x, height: geometry.listArea.height) }
    if geometry.showsReader { ReaderPane.render(state, into: &buffer, geometry: geometry) }
    if let row = geometry.inputRow { InputBar.render(state, into: &buffer, row: row) }
    StatusLine.render(state, into: &buffer, geometry: geometry)
    switch state.overlay {
    case .help(let top): HelpOverlay.render(state.keyMap, top: top, into: &buffer, theme: state.theme)
    case .outline(let selected): SectionOutline.render(state, selected: selected, into: &buffer)
    case .links(let selected, _): LinkList.render(state, selected: selected, into: &buffer)
    case .bookmarks(let list): BookmarkPopup.render(list, into: &buffer, theme: state.theme)
    case nil: break
    }
    return buffer
}

extension ScreenBuffer {
    /// Writes text, ending with `…` when it does not fit before `maxX`. Returns the column after it.
    @discardableResult
    mutating func writeTruncated(_ text: String, x: Int, y: Int, style: Style, maxX: Int) -> Int {
        if x + DisplayWidth.of(text) <= maxX { return write(text, x: x, y: y, style: style, maxX: maxX) }
        let end = write(text, x: x, y: y, style: style, maxX: maxX - 1)
        return write("…", x: end, y: y, style: style, maxX: maxX)
    }

    /// Draws a centred popup of at most `maxWidth` columns for `rows` rows (fewer when the
    /// screen is short) and returns its box and the first of the rows to show so `selected` is in view.
    mutating func drawPopup(
        title: String, maxWidth: Int, rows: Int, selected: Int, style: Style
    ) -> (box: Rect, first: Int, shown: Int) {
        let width = min(self.width - 4, maxWidth)
        let height = min(self.height - 4, rows + 2)
        let box = Rect(x: (self.width - width) / 2, y: (self.height - height) / 2, width: width, height: height)
        drawBox(box, title: title, style: style)
        let shown = max(1, height - 2)
        return (box, min(max(0, selected - shown + 1), max(0, rows - shown)), shown)
    }

    /// Draws a box border with a title, and clears its inside.
    mutating func drawBox(_ rect: Rect, title: String, style: Style) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        fill(rect, style: style)
        let inner = String(repeating: "─", count: rect.width - 2)
        write("┌" + inner + "┐", x: rect.x, y: rect.y, style: style)
        write("└" + inner + "┘", x: rect.x, y: rect.maxY - 1, style: style)
        for y in rect.y + 1..<rect.maxY - 1 {
            write("│", x: rect.x, y: y, style: style)
            write("│", x: rect.maxX - 1, y: y, style: style)
        }
        if !title.isEmpty { writeTruncated(" \(title) ", x: rect.x + 2, y: rect.y, style: style, maxX: rect.maxX - 2) }
    }
}
