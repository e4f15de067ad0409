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
        let width = min(buffer.width - 4, 64)
        let height = min(buffer.height - 4, sections.count + 2)
        let box = Rect(x: (buffer.width - width) / 2, y: (buffer.height - height) / 2, width: width, height: height)
        buffer.drawBox(box, title: "Sections", style: theme[.outline])
        let rows = max(1, height - 2)
        let first = min(max(0, selected - rows + 1), max(0, sections.count - rows))
        for index in first..<min(sections.count, first + rows) {
            let y = box.y + 1 + index - first
            let style = theme[index == selected ? .listSelected : .outline]
            buffer.fill(Rect(x: box.x + 1, y: y, width: box.width - 2, height: 1), style: style)
            let count = counts[index].map { "\($0)" } ?? ""
            let countX = box.maxX - 2 - DisplayWidth.of(count)
            buffer.write(count, x: countX, y: y, style: style)
            let name = "\(index + 1)  \(sections[index].heading ?? "(lead)")"
            buffer.writeTruncated(name, x: box.x + 2, y: y, style: style, maxX: countX - 1)
        }
    }
}
