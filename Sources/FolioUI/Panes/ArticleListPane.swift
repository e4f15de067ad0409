import FolioKit

/// The article list: two rows per article (unread mark and title; author, age, reading time
/// and, while searching all articles, the hit count), the selection highlighted.
enum ArticleListPane {
    /// Rows each article takes.
    static let rowsPerEntry = 2

    static func render(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        let theme = state.theme
        buffer.fill(area, style: theme[.list])
        let shown = state.shownEntries
        guard !shown.isEmpty else {
            let note =
                state.entries.isEmpty
                ? ["No articles here.", "folio reads .txt files;", "try `folio ~/articles`"]
                : ["No articles match “\(state.list.filter.text)”.", "Esc clears the filter."]
            for (row, line) in note.enumerated() where row < area.height {
                buffer.writeTruncated(line, x: area.x + 1, y: area.y + row, style: theme[.list], maxX: area.maxX - 1)
            }
            return
        }
        let rows = max(1, area.height / rowsPerEntry)
        var top = min(state.list.top, max(0, shown.count - rows))
        if let selected = state.list.selected, let position = shown.firstIndex(of: selected) {
            top = min(max(top, position - rows + 1), position)
        }
        let searching = state.search.isActive && state.search.scope == .allArticles
        for (row, index) in shown.dropFirst(top).prefix(rows).enumerated() {
            let entry = state.entries[index]
            let y = area.y + row * rowsPerEntry
            let selected = index == state.list.selected
            let base = theme[selected ? .listSelected : .list]
            buffer.fill(Rect(x: area.x, y: y, width: area.width, height: rowsPerEntry), style: base)
            if entry.isUnread { buffer.write("●", x: area.x + 1, y: y, style: selected ? base : theme[.listUnread]) }
            let titleStyle = selected ? base : theme[entry.isUnread ? .listUnread : .list]
            buffer.writeTruncated(entry.title, x: area.x + 3, y: y, style: titleStyle, maxX: area.maxX - 1)
            var details: [String] = []
            if let author = entry.author { details.append(author) }
            if let published = entry.published, let age = RelativeAge.short(published, today: state.today) {
                details.append(age)
            }
            if let minutes = entry.readingMinutes { details.append("\(minutes) min") }
            if let error = entry.loadError { details.append("cannot open: \(error)") }
            if searching, let hits = state.search.hits[index] {
                details.append(hits.count == 1 ? "1 hit" : "\(hits.count) hits")
            }
            buffer.writeTruncated(
                details.joined(separator: " · "), x: area.x + 3, y: y + 1, style: base, maxX: area.maxX - 1)
        }
    }
}
