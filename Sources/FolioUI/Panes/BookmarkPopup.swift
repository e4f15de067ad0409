import FolioKit

/// The bookmarks popup: two rows per bookmark, where it is (the section and the first words
/// there) above the article's title, so that bookmarks in one article tell themselves apart;
/// the selected one highlighted.
enum BookmarkPopup {
    /// Rows each bookmark takes.
    static let rowsPerItem = 2

    static func render(_ list: BookmarkList, into buffer: inout ScreenBuffer, theme: Theme) {
        let (box, first, shown) = buffer.drawPopup(
            title: "Bookmarks (Enter: go, d: delete)", maxWidth: 90, rows: list.items.count * rowsPerItem,
            selected: list.selected * rowsPerItem + 1, style: theme[.outline])
        let firstItem = (first + 1) / rowsPerItem
        for index in firstItem..<min(list.items.count, firstItem + shown / rowsPerItem) {
            let y = box.y + 1 + (index - firstItem) * rowsPerItem
            let style = theme[index == list.selected ? .listSelected : .outline]
            buffer.fill(Rect(x: box.x + 1, y: y, width: box.width - 2, height: rowsPerItem), style: style)
            let item = list.items[index]
            buffer.writeTruncated(item.place, x: box.x + 2, y: y, style: style, maxX: box.maxX - 2)
            buffer.writeTruncated(item.title, x: box.x + 4, y: y + 1, style: style, maxX: box.maxX - 2)
        }
    }
}
