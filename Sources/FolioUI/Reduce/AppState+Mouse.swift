import FolioKit

extension AppState {
    /// The lines (in the reader) or rows (in the list) one turn of the wheel scrolls.
    static let wheelStep = 3

    /// A mouse event: the wheel scrolls the pane under the pointer; a click on a list row
    /// selects it and a second click opens it; a click in the reader gives it focus, and on a
    /// link's number (`[3]`) opens the links popup at that link. Ignored while a popup is open.
    mutating func mouse(_ event: MouseEvent) -> [Effect] {
        let geometry = geometry
        guard !geometry.isTooSmall, overlay == nil else { return [] }
        func contains(_ rect: Rect) -> Bool {
            event.x >= rect.x && event.x < rect.maxX && event.y >= rect.y && event.y < rect.maxY
        }
        let inList = geometry.showsList && contains(geometry.listArea)
        let inReader = geometry.showsReader && contains(geometry.readerArea)
        switch event.kind {
        case .wheelUp, .wheelDown:
            let step = event.kind == .wheelUp ? -Self.wheelStep : Self.wheelStep
            if inReader {
                scroll(by: step)
            } else if inList {
                scrollList(by: step)
            }
        case .click:
            if inList { return clickList(row: event.y - geometry.listArea.y) }
            if inReader, reader.entry != nil {
                focus = .reader
                clickReader(x: event.x, y: event.y, geometry: geometry)
            }
        }
        return []
    }

    /// Scrolls the list's view by `rows` (articles or feed headers); the selection stays
    /// unless it would leave the screen, when it takes the nearest row shown.
    mutating func scrollList(by rows: Int) {
        let all = listRows
        guard !all.isEmpty else { return }
        let page = listPage
        list.top = min(max(0, ArticleListPane.firstShown(self, rows: all, visible: page) + rows), max(0, all.count - page))
        list.isUntouched = false
        guard let position = selectedRow(in: all) else { return }
        let shown = min(max(position, list.top), list.top + page - 1)
        if shown != position { select(all[shown]) }
    }

    /// A click on the list's screen row `row` (0 at the pane's top): selects the article or
    /// feed shown there; on the row already selected in a list with focus, opens it.
    private mutating func clickList(row: Int) -> [Effect] {
        let rows = listRows
        let position = ArticleListPane.firstShown(self, rows: rows, visible: listPage) + row / ArticleListPane.rowsPerEntry
        let hadFocus = focus == .list
        focus = .list
        guard rows.indices.contains(position) else { return [] }
        if selectedRow(in: rows) == position {
            return hadFocus ? openSelected() : []
        }
        select(rows[position])
        keepSelectionVisible()
        return []
    }

    /// A click in the reader at a screen cell: on a link's number, opens the links popup with
    /// that link selected.
    private mutating func clickReader(x: Int, y: Int, geometry: ScreenGeometry) {
        guard let layout = reader.layout, layout.width == geometry.readerColumn.width else { return }
        let index = reader.top + y - geometry.readerArea.y
        guard layout.lines.indices.contains(index),
            let number = Self.linkNumber(in: layout.lines[index], column: x - geometry.readerColumn.x),
            case let selected = number - firstLinkNumber, openLinks.indices.contains(selected)
        else { return }
        overlay = .links(selected: selected, typed: nil)
    }

    /// The number of the link whose footnote number (`[3]`, drawn as a link) covers `column` of `line`.
    static func linkNumber(in line: LayoutLine, column: Int) -> Int? {
        guard let span = line.spans.last(where: { $0.role == .readerLink && $0.columns.contains(column) }) else { return nil }
        var text = ""
        var at = 0
        for character in line.text {
            if span.columns.contains(at) { text.append(character) }
            at += DisplayWidth.of(character)
            if at >= span.columns.upperBound { break }
        }
        guard text.count > 2, text.first == "[", text.last == "]" else { return nil }
        return Int(text.dropFirst().dropLast())
    }
}
