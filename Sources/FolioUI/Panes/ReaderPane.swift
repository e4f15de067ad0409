import FolioKit

/// The reader: the open article's lines in a centred column of at most 80 columns, inline
/// styles (emphasis, strong, code, links and their footnote numbers) drawn over the lines' own
/// style, search hits highlighted on top (the current one differently), combined with the
/// style below them so that a hit in a title, a heading or a link still shows.
enum ReaderPane {
    static func render(_ state: AppState, into buffer: inout ScreenBuffer, geometry: ScreenGeometry) {
        let theme = state.theme
        let area = geometry.readerArea
        buffer.fill(area, style: theme[.readerText])
        guard let (layout, top) = view(state, geometry: geometry) else {
            let note = state.reader.pendingOpen != nil ? "Loading…" : "Select an article and press Enter."
            buffer.writeTruncated(note, x: area.x + 1, y: area.y, style: theme[.readerByline], maxX: area.maxX - 1)
            return
        }
        let column = geometry.readerColumn
        let visible = top..<min(layout.lines.count, top + area.height)
        for index in visible {
            let line = layout.lines[index]
            let y = area.y + index - top
            let style = theme[line.role]
            buffer.write(line.text, x: column.x, y: y, style: style, maxX: column.maxX)
            for span in line.spans {
                let start = column.x + span.columns.lowerBound
                for x in start..<min(column.x + span.columns.upperBound, column.maxX) {
                    buffer.setStyle(inlineStyle(theme, span.role, over: buffer[x, y].style), x: x, y: y, width: 1)
                }
            }
        }
        guard state.search.isActive, let entry = state.reader.entry, let hits = state.search.hits[entry] else { return }
        // Only the hits on the screen: the work is the screen's, not the article's.
        let current = state.search.current?.entry == entry ? state.search.current?.index : nil
        var hitIndex = layout.firstHit(hits, atOrAfter: visible.lowerBound, end: true)
        while hitIndex < hits.count, layout.line(of: hits[hitIndex]) < visible.upperBound {
            let hit = hits[hitIndex]
            let role = hitIndex == current ? ThemeRole.searchCurrent : .searchHit
            for index in max(visible.lowerBound, layout.line(of: hit))..<visible.upperBound {
                let line = layout.lines[index]
                guard line.content.place == hit.place, line.range.lowerBound < hit.range.upperBound else { break }
                guard let columns = layout.columns(of: hit.range, onLine: index) else { continue }
                let start = column.x + columns.lowerBound
                let y = area.y + index - top
                for x in stride(from: start, to: min(column.x + columns.upperBound, column.maxX), by: 1) {
                    buffer.setStyle(hitStyle(theme, role, over: buffer[x, y].style), x: x, y: y, width: 1)
                }
            }
            hitIndex += 1
        }
    }

    /// An inline role drawn over a line's style: what the role changes from body text (its
    /// colours, when they differ, and its attributes) applied to the line's style, so a link in
    /// a quote keeps the quote's look and gains the link's, and nested spans add up.
    static func inlineStyle(_ theme: Theme, _ role: ThemeRole, over base: Style) -> Style {
        style(theme, role, over: base) { $0.formUnion($1) }
    }

    /// A search hit drawn over a cell: the hit's colours (where they differ from body text's)
    /// replace the cell's, and its attributes switch the cell's on or off. So `reverse` shows a
    /// hit anywhere, and a current hit that adds `bold` is bold in plain text and not bold in a
    /// bold heading: a hit always differs from the text around it, and the current hit from
    /// the others beside it, whatever their roles.
    static func hitStyle(_ theme: Theme, _ role: ThemeRole, over base: Style) -> Style {
        style(theme, role, over: base) { $0.formSymmetricDifference($1) }
    }

    /// `role` drawn over `base`: its colours where they differ from body text's, and the
    /// attributes it has beyond body text's, put together with `base`'s by `combine`.
    private static func style(
        _ theme: Theme, _ role: ThemeRole, over base: Style, combine: (inout TextAttributes, TextAttributes) -> Void
    ) -> Style {
        let text = theme[.readerText]
        let drawn = theme[role]
        var style = base
        if drawn.foreground != text.foreground { style.foreground = drawn.foreground }
        if drawn.background != text.background { style.background = drawn.background }
        combine(&style.attributes, drawn.attributes.subtracting(text.attributes))
        return style
    }

    /// The layout for the pane's column width and the first line to show: the state's own
    /// layout (also while a long article is laid out again for the state's width in the
    /// background: its lines are cut at the pane's edge meanwhile), or (when rendering at
    /// another size than the state knows) a fresh one at the same reading position.
    static func view(_ state: AppState, geometry: ScreenGeometry) -> (ArticleLayout, Int)? {
        guard let layout = state.reader.layout else { return nil }
        let width = geometry.readerColumn.width
        if layout.width == width || width == state.readerColumnWidth { return (layout, state.reader.top) }
        let fresh = ArticleLayout(article: layout.article, width: width, today: state.today, dates: state.dates)
        return (fresh, fresh.line(of: state.reader.anchor))
    }
}
