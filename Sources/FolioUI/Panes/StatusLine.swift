import FolioKit

/// The bottom line: the current section (`§ 2/5 Heading`) and how far through the article the
/// view is (`Top`, `42%`, `Bot`, `All`), or the list's count and order; the search counter;
/// and any message until the next key.
enum StatusLine {
    static func render(_ state: AppState, into buffer: inout ScreenBuffer, geometry: ScreenGeometry) {
        let theme = state.theme
        let y = geometry.statusRow
        buffer.fill(Rect(x: 0, y: y, width: buffer.width, height: 1), style: theme[.status])
        let view = geometry.showsReader ? ReaderPane.view(state, geometry: geometry) : nil
        var right: [String] = []
        if state.isRescanning { right.append("rescanning…") }
        if !state.address.saving.isEmpty {
            right.append(state.address.saving.count == 1 ? "saving 1 page…" : "saving \(state.address.saving.count) pages…")
        }
        if !state.feeds.fullText.isEmpty { right.append("fetching full text…") }
        if let fetch = state.feeds.fetch { right.append(fetch.text) }
        if let indexing = state.indexing { right.append(indexing.text) }
        // The open article's own search shows in the counter.
        let openSearched = state.reader.entry.map(state.search.awaited.contains) ?? false
        if state.search.isActive, state.search.isScanning || (!state.search.awaited.isEmpty && !openSearched) {
            right.append("searching…")
        }
        if state.search.isActive, !state.search.isEditing {
            // A long query (a paste) leaves room for the rest of the line.
            let query = DisplayWidth.clipped(state.search.field.text, to: max(10, buffer.width / 3))
            right.append("/\(query) \(counter(state))")
        }
        if let (layout, top) = view { right.append(position(layout: layout, top: top, height: geometry.readerArea.height)) }
        let rightText = right.joined(separator: "  ")
        let rightX = max(0, buffer.width - DisplayWidth.of(rightText) - 1)
        buffer.write(rightText, x: rightX, y: y, style: theme[.status])
        let limit = max(0, rightX - 1)
        let left = view.map { section(layout: $0.0, top: $0.1) } ?? listSummary(state)
        // A message that does not fit beside the section or the list's summary takes its place.
        var messageX = 1
        if state.message.map({ 3 + DisplayWidth.of(left) + DisplayWidth.of($0.text) <= limit }) ?? true {
            let style = theme[view == nil ? .status : .statusSection]
            messageX = buffer.writeTruncated(left, x: 1, y: y, style: style, maxX: limit) + 2
        }
        if let message = state.message {
            buffer.writeTruncated(
                message.text, x: messageX, y: y, style: theme[message.isError ? .error : .status], maxX: limit)
        }
    }

    /// `§ 2/5 Putin’s Stance and Demands`; the lead is `§ 1/5 (lead)`.
    static func section(layout: ArticleLayout, top: Int) -> String {
        let index = layout.topSection(from: top)
        let sections = layout.article.sections
        let name = sections.indices.contains(index) ? sections[index].name : "(empty)"
        return "§ \(index + 1)/\(max(1, sections.count)) \(name)"
    }

    /// Like vim: `All` when the article fits, `Top`, `Bot`, else the percentage scrolled.
    static func position(layout: ArticleLayout, top: Int, height: Int) -> String {
        let maxTop = layout.lines.count - height
        if maxTop <= 0 { return "All" }
        if top == 0 { return "Top" }
        if top >= maxTop { return "Bot" }
        return "\(top * 100 / maxTop)%"
    }

    /// `3/17` in the open article; with all articles also `45 hits in 4 articles`.
    static func counter(_ state: AppState) -> String {
        let hits = state.openArticleHits
        if let entry = state.reader.entry, state.search.awaited.contains(entry) { return "searching…" }
        let current = state.search.current.flatMap { $0.entry == state.reader.entry ? "\($0.index + 1)" : nil } ?? "-"
        var text = hits.isEmpty && state.reader.entry != nil ? "no hits" : "\(current)/\(hits.count)"
        if state.reader.entry == nil { text = "" }
        if state.search.scope == .allArticles {
            let total = state.search.totalHits
            let articles = state.search.articlesWithHits
            let all = "\(total) \(total == 1 ? "hit" : "hits") in \(articles) \(articles == 1 ? "article" : "articles")"
            text = text.isEmpty ? all : "\(text) · \(all)"
        }
        return text
    }

    /// `12 articles · by date · filter: x`; of search results, `12 of 10,000 articles · by rank`.
    static func listSummary(_ state: AppState) -> String {
        if state.showsResults { return state.resultsSummary }
        let shown = state.shownEntries.count
        var parts = [shown == 1 ? "1 article" : "\(IndexingProgress.grouped(shown)) articles", "by \(state.list.sort.rawValue)"]
        if !state.list.filter.text.isEmpty { parts.append("filter: \(state.list.filter.text)") }
        return parts.joined(separator: " · ")
    }
}
