import FolioKit

/// The bookmarks popup: one row per bookmark (the article's title, then the label: section
/// and first words), the selected one highlighted.
enum BookmarkPopup {
    static func render(_ list: BookmarkList, into buffer: inout ScreenBuffer, theme: Theme) {
        let width = min(buffer.width - 4, 90)
        let height = min(buffer.height - 4, list.items.count + 2)
        let box = Rect(x: (buffer.width - width) / 2, y: (buffer.height - height) / 2, width: width, height: height)
        buffer.drawBox(box, title: "Bookmarks (Enter: go, d: delete)", style: theme[.outline])
        let rows = max(1, height - 2)
        let first = min(max(0, list.selected - rows + 1), max(0, list.items.count - rows))
        for index in first..<min(list.items.count, first + rows) {
            let y = box.y + 1 + index - first
            let style = theme[index == list.selected ? .listSelected : .outline]
            buffer.fill(Rect(x: box.x + 1, y: y, width: box.width - 2, height: 1), style: style)
            let item = list.items[index]
            let text = item.label.isEmpty ? item.title : "\(item.title) — \(item.label)"
            buffer.writeTruncated(text, x: box.x + 2, y: y, style: style, maxX: box.maxX - 2)
        }
    }
}
