import FolioKit

/// The links popup (`L`): the open article's links as `[n] text  address`, numbered as the
/// reader shows them in the text (a feed item's own address first, as `[0]`), the selected
/// one highlighted.
enum LinkList {
    static func render(_ state: AppState, selected: Int, into buffer: inout ScreenBuffer) {
        let links = state.openLinks
        guard !links.isEmpty else { return }
        let theme = state.theme
        let (box, first, rows) = buffer.drawPopup(
            title: "Links — Enter opens, a saves, digits select, q closes", maxWidth: 100, rows: links.count, selected: selected,
            style: theme[.outline])
        let numberWidth = String(links.count - 1 + state.firstLinkNumber).count + 2
        // The text takes at most half the row, the address the rest.
        let textWidth = min(links.map { DisplayWidth.of($0.text) }.max() ?? 0, (box.width - 4 - numberWidth) / 2)
        for index in first..<min(links.count, first + rows) {
            let y = box.y + 1 + index - first
            let isSelected = index == selected
            let style = theme[isSelected ? .listSelected : .outline]
            buffer.fill(Rect(x: box.x + 1, y: y, width: box.width - 2, height: 1), style: style)
            let label = "[\(index + state.firstLinkNumber)]"
            let padding = String(repeating: " ", count: numberWidth - label.count)
            var x = buffer.write(padding + label, x: box.x + 2, y: y, style: style)
            x = buffer.writeTruncated(links[index].text, x: x + 1, y: y, style: style, maxX: x + 1 + textWidth)
            let urlX = max(x, box.x + 3 + numberWidth + textWidth) + 2
            let urlStyle = isSelected ? style : ReaderPane.inlineStyle(theme, .readerLink, over: style)
            buffer.writeTruncated(links[index].url, x: urlX, y: y, style: urlStyle, maxX: box.maxX - 2)
        }
    }
}
