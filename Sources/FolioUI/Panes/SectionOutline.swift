import FolioKit

/// The outline popup: the article's sections, the selected one highlighted, with hit counts
/// per section while searching.
enum SectionOutline {
    static func render(_ state: AppState, selected: Int, into buffer: inout ScreenBuffer) {
        guard let layout = state.reader.layout else { return }
        let theme = state.theme
        let sections = layout.article.sections
        var counts: [Int: Int] = [:]
        if state.search.isActive {
            for hit in state.openArticleHits { counts[hit.place.section, default: 0] += 1 }
        }
        let (box, first, rows) = buffer.drawPopup(
            title: "Sections", maxWidth: 64, rows: sections.count, selected: selected, style: theme[.outline])
        for index in first..<min(sections.count, first + rows) {
            let y = box.y + 1 + index - first
            let style = theme[index == selected ? .listSelected : .outline]
            buffer.fill(Rect(x: box.x + 1, y: y, width: box.width - 2, height: 1), style: style)
            let count = counts[index].map { "\($0)" } ?? ""
            let countX = box.maxX - 2 - DisplayWidth.of(count)
            buffer.write(count, x: countX, y: y, style: style)
            let number = String(index + 1)
            let padding = String(repeating: " ", count: String(sections.count).count - number.count)
            let name = "\(padding)\(number)  \(sections[index].name)"
            buffer.writeTruncated(name, x: box.x + 2, y: y, style: style, maxX: countX - 1)
        }
    }
}
