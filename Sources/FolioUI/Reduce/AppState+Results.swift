import FolioKit

/// An all-articles search's results in the list: from the search's first hit until Esc the
/// list shows only the articles with hits, a feed's items flat, ranked (or by date or title:
/// `s`); the first Esc gives the library back with the selection where it was.
extension AppState {
    /// True while the list shows an all-articles search's results instead of the library.
    public var showsResults: Bool { search.results.phase == .shown && search.scope == .allArticles }

    /// The results' rows: every article with a hit that the filter shows, in the results'
    /// order. By rank: the index's BM25 score first (the articles it ranked), then the number
    /// of hits, then the library's order.
    func resultRows() -> [ListRow] {
        let needle = list.filter.text.lowercased()
        // Each article's sort keys found once, not at every comparison: a short query may hit
        // every article of a big library, and the results are made again at every lot of
        // counts that streams in.
        var found: [(score: Double, count: Int, position: Int)] = []
        func add(_ id: EntryID, _ count: Int) {
            guard let position = entries.position(of: id), needle.isEmpty || matchesFilter(entries[position], needle: needle)
            else { return }
            found.append((search.scores[id] ?? .infinity, count, position))
        }
        for (id, hits) in search.hits where !hits.isEmpty { add(id, hits.count) }
        for (id, count) in search.counts where count > 0 && search.hits[id] == nil { add(id, count) }
        switch search.results.order {
        case .rank:
            found.sort { lhs, rhs in
                if lhs.score != rhs.score { return lhs.score < rhs.score }
                return lhs.count != rhs.count ? lhs.count > rhs.count : lhs.position < rhs.position
            }
        case .date, .title:
            let sort = search.results.order == .date ? SortOrder.date : .title
            let keys = sortKeys(sort)
            found.sort { keys.comesBefore($0.position, $1.position, by: sort) }
        }
        return found.map { .entry($0.position, inFeed: false) }
    }

    /// Shows the results once an all-articles search has its first hit, keeping the list's
    /// place to go back to; the first result is selected until the user moves.
    mutating func showResultsOnFirstHit() {
        guard search.results.phase == .waiting, search.scope == .allArticles, search.isActive, search.articlesWithHits > 0
        else { return }
        search.results.place = ListPlace(
            selected: list.selected, selectedFeed: list.selectedFeed, screenRow: selectedScreenRow,
            isUntouched: list.isUntouched)
        search.results.phase = .shown
        list.isUntouched = true
        list.top = 0
    }

    /// Gives the list back to the library (Esc, an empty query, the search ended or turned to
    /// the open article), with the selection and its screen row as they were before the
    /// results; the results go to `phase`.
    mutating func leaveResults(to phase: SearchResults.Phase) {
        let place = search.results.phase == .shown ? search.results.place : nil
        search.results.phase = phase
        search.results.place = nil
        guard let place else { return }
        list.selected = place.selected
        list.selectedFeed = place.selectedFeed
        list.isUntouched = place.isUntouched
        hold(ListAnchor(selected: place.selected, selectedFeed: place.selectedFeed, screenRow: place.screenRow))
    }

    /// A new query, or options changed: its results fill the list from the top again, the
    /// first selected until the user moves.
    mutating func restartResults() {
        guard search.results.phase == .shown else { return }
        guard search.scope == .allArticles, !search.field.text.isEmpty else {
            leaveResults(to: .waiting)
            return
        }
        list.isUntouched = true
        list.top = 0
    }

    /// `s` on the results: the next of rank, date and title (the list's own sort stays).
    mutating func cycleResultsOrder() -> [Effect] {
        search.results.order = search.results.order.next
        message = StatusMessage("Results by \(search.results.order.rawValue)")
        keepSelectionVisible()
        return []
    }

    /// `12 of 10,000 articles · by rank`: the results' count of the library's.
    var resultsSummary: String {
        let total = entries.count
        var parts = [
            "\(IndexingProgress.grouped(shownEntries.count)) of \(IndexingProgress.grouped(total)) \(total == 1 ? "article" : "articles")",
            "by \(search.results.order.rawValue)",
        ]
        if !list.filter.text.isEmpty { parts.append("filter: \(list.filter.text)") }
        return parts.joined(separator: " · ")
    }
}
