import FolioKit

/// The article list: two rows per article (unread mark, title and, while searching all
/// articles, the hit count at the right edge; author, age and reading time), the selection
/// highlighted while the list has focus, else marked with a bar (`▌`) at its left edge. A feed
/// is a header (`▾ Title (count)`, `▸` when folded; unread items below it) with its items
/// indented under it. A title cut short ends in `…`; the marks and counts are never cut. An
/// all-articles search's results list its articles with hits, a feed's items flat, each naming
/// its feed.
enum ArticleListPane {
    /// Rows each article or feed header takes.
    static let rowsPerEntry = 2
    /// What marks the selection while the reader has focus.
    static let unfocusedMark = "▌"

    static func render(_ state: AppState, into buffer: inout ScreenBuffer, area: Rect) {
        let theme = state.theme
        buffer.fill(area, style: theme[.list])
        let rows = state.listRows
        guard !rows.isEmpty else {
            let note =
                state.showsResults
                ? resultsNote(state)
                : state.entries.isEmpty
                    ? ["No articles here.", "folio reads text, HTML,", "Markdown and feed files."]
                    : ["No articles match “\(state.list.filter.text)”.", "Esc clears the filter."]
            for (row, line) in note.enumerated() where row < area.height {
                buffer.writeTruncated(line, x: area.x + 1, y: area.y + row, style: theme[.list], maxX: area.maxX - 1)
            }
            return
        }
        let visible = max(1, area.height / rowsPerEntry)
        let top = firstShown(state, rows: rows, visible: visible)
        for (offset, row) in rows.dropFirst(top).prefix(visible).enumerated() {
            let y = area.y + offset * rowsPerEntry
            switch row {
            case .entry(let index, let inFeed):
                renderEntry(state, index, indent: inFeed ? 2 : 0, into: &buffer, area: area, y: y)
            case .feed(let key, let items, let unread):
                renderFeed(state, key, items: items, unread: unread, into: &buffer, area: area, y: y)
            }
        }
    }

    /// The first of `rows` shown when `visible` fit: the list's top, held to the last
    /// screenful and moved so that the selection is in view.
    static func firstShown(_ state: AppState, rows: [ListRow], visible: Int) -> Int {
        var top = min(state.list.top, max(0, rows.count - visible))
        if let position = state.selectedRow(in: rows) {
            top = min(max(top, position - visible + 1), position)
        }
        return top
    }

    private static func renderEntry(
        _ state: AppState, _ index: Int, indent: Int, into buffer: inout ScreenBuffer, area: Rect, y: Int
    ) {
        let theme = state.theme
        let entry = state.entries[index]
        let chosen = state.list.selectedFeed == nil && entry.id == state.list.selected
        let selected = chosen && state.listHasFocus
        let base = theme[selected ? .listSelected : .list]
        let x = area.x + indent
        buffer.fill(Rect(x: area.x, y: y, width: area.width, height: rowsPerEntry), style: base)
        if chosen, !selected { markUnfocusedSelection(theme, into: &buffer, x: area.x, y: y) }
        if entry.isUnread { buffer.write("●", x: x + 1, y: y, style: selected ? base : theme[.listUnread]) }
        let titleStyle = selected ? base : theme[entry.isUnread ? .listUnread : .list]
        var titleEnd = area.maxX - 1
        if state.search.isActive, state.search.scope == .allArticles, let hits = state.search.hitCount(entry.id) {
            titleEnd = writeCount(hits, into: &buffer, y: y, style: base, maxX: titleEnd)
        }
        buffer.writeTruncated(entry.title, x: x + 3, y: y, style: titleStyle, maxX: titleEnd)
        var details: [String] = []
        // Search results list a feed's items flat: each names its feed.
        if state.showsResults, let feed = entry.feed { details.append(feed) }
        if let author = entry.author { details.append(author) }
        if let published = entry.published, let age = state.dates.listText(published, today: state.today) {
            details.append(age)
        }
        if let minutes = entry.readingMinutes { details.append("\(minutes) min") }
        if let error = entry.loadError { details.append("cannot open: \(error)") }
        buffer.writeTruncated(details.joined(separator: " · "), x: x + 3, y: y + 1, style: base, maxX: area.maxX - 1)
    }

    private static func renderFeed(
        _ state: AppState, _ key: FeedKey, items: [Int], unread: Int, into buffer: inout ScreenBuffer, area: Rect,
        y: Int
    ) {
        let theme = state.theme
        let chosen = state.list.selectedFeed == key
        let selected = chosen && state.listHasFocus
        let base = theme[selected ? .listSelected : .list]
        buffer.fill(Rect(x: area.x, y: y, width: area.width, height: rowsPerEntry), style: base)
        if chosen, !selected { markUnfocusedSelection(theme, into: &buffer, x: area.x, y: y) }
        let folded = state.list.collapsed.contains(key)
        var count = "\(items.count)"
        if !state.list.filter.text.isEmpty {
            let total = state.entries.filter { FeedKey($0) == key }.count
            if total != items.count { count += " of \(total)" }
        }
        let headerStyle = selected ? base : theme[.listFeed]
        var headerEnd = area.maxX - 1
        let hits = items.reduce(0) { $0 + (state.search.hitCount(state.entries[$1].id) ?? 0) }
        if state.search.isActive, state.search.scope == .allArticles, hits > 0 {
            headerEnd = writeCount(hits, into: &buffer, y: y, style: base, maxX: headerEnd)
        }
        // The count stays after the title, which is cut short before it.
        let counted = " (\(count))"
        let titleEnd = buffer.writeTruncated(
            "\(folded ? "▸" : "▾") \(key.title)", x: area.x + 1, y: y, style: headerStyle,
            maxX: headerEnd - DisplayWidth.of(counted))
        buffer.write(counted, x: titleEnd, y: y, style: headerStyle, maxX: headerEnd)
        var details = [items.isEmpty ? "no items" : unread == 0 ? "all read" : "\(unread) unread"]
        if let newest = items.compactMap({ state.entries[$0].published }).max(),
            let age = state.dates.listText(newest, today: state.today)
        {
            details.append("newest \(age)")
        }
        // The feed's last error comes right after its count, which it never cuts, and before
        // the age, which it may.
        guard let error = key.address.flatMap({ state.feeds.errors[$0] }) else {
            buffer.writeTruncated(details.joined(separator: " · "), x: area.x + 3, y: y + 1, style: base, maxX: area.maxX - 1)
            return
        }
        var x = buffer.writeTruncated(details[0], x: area.x + 3, y: y + 1, style: base, maxX: area.maxX - 1)
        // The error role whole (a theme without colours marks errors by attributes alone),
        // on the row's background.
        var style = theme[.error]
        style.background = base.background
        if selected { style = base }
        x = buffer.writeTruncated(" · " + error, x: x, y: y + 1, style: style, maxX: area.maxX - 1)
        for detail in details.dropFirst() { x = buffer.writeTruncated(" · " + detail, x: x, y: y + 1, style: base, maxX: area.maxX - 1) }
    }

    /// Writes a hit count (`3 hits`) against `maxX`, never cut; returns the column where the
    /// text before it must end, a space short of it.
    private static func writeCount(_ hits: Int, into buffer: inout ScreenBuffer, y: Int, style: Style, maxX: Int) -> Int {
        let text = hits == 1 ? "1 hit" : "\(hits) hits"
        let x = maxX - DisplayWidth.of(text)
        buffer.write(text, x: x, y: y, style: style, maxX: maxX)
        return x - 1
    }

    /// The selection of a list without focus: the rows keep the list's own style, and a bar in
    /// the selection's colour (the text's, when the selection has none of its own) marks them.
    private static func markUnfocusedSelection(_ theme: Theme, into buffer: inout ScreenBuffer, x: Int, y: Int) {
        let list = theme[.list]
        let selection = theme[.listSelected].background
        let style = Style(foreground: selection == list.background ? list.foreground : selection, background: list.background)
        for row in y..<y + rowsPerEntry { buffer.write(unfocusedMark, x: x, y: row, style: style) }
    }
}
