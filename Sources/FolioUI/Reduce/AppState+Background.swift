import FolioKit

/// What comes back from work the wiring does away from the thread that reads keys: articles
/// loaded and laid out, text that arrived on standard input, and the hits of searches of the
/// articles in memory.
extension AppState {
    /// The width the reader lays articles out at, for the wiring to lay out an article it loads
    /// (`Effect.loadArticle`, `Action.articleLaidOut`).
    public var readerColumnWidth: Int { geometry.readerColumn.width }

    /// `prepared` when it was laid out at the reader's width now (the terminal may have been
    /// resized since the wiring laid it out).
    func fitting(_ prepared: ArticleLayout?) -> ArticleLayout? {
        prepared.flatMap { $0.width == geometry.readerColumn.width ? $0 : nil }
    }

    // MARK: - Standard input

    /// More of an entry's text arrived: the entry takes the longer article; an open reader shows
    /// it where it was, and the search, if any, covers it.
    mutating func articleUpdated(_ id: EntryID, _ layout: ArticleLayout) -> [Effect] {
        guard let index = entries.position(of: id) else { return [] }
        entries[index].attach(layout.article)
        if reader.pendingOpen == id {
            message = nil
            return open(id, prepared: layout)
        }
        guard reader.entry == id, reader.layout != nil else { return [] }
        layOut(layout.article, prepared: layout)
        if search.isActive {
            // A search of the shorter text on its way is replaced.
            search.current = nil
            startArticleSearch(search.awaited.union([id]), seeking: search.seeksHit)
        }
        return []
    }

    // MARK: - Searching articles in memory

    /// The job that searches entry `id`'s article, if it is in memory.
    func searchTarget(_ id: EntryID) -> SearchJob.Target? {
        guard let article = entries[id]?.article else { return nil }
        return SearchJob.Target(entry: id, article: article)
    }

    /// Starts a new search of the articles of `ids` that are in memory (nil: every entry's),
    /// stopping the one before, in the library's order; `seeking`: move to the first hit at or
    /// after the top when the open article's hits come.
    mutating func startArticleSearch(_ ids: Set<EntryID>?, seeking: Bool) {
        let positions = ids.map { $0.compactMap(entries.position(of:)).sorted() } ?? Array(entries.indices)
        let targets = positions.compactMap { position in
            entries[position].article.map { SearchJob.Target(entry: entries[position].id, article: $0) }
        }
        search.generation += 1
        search.awaited = Set(targets.map(\.entry))
        search.seeksHit = seeking && !targets.isEmpty
        deferredEffects.append(.searchArticles(SearchJob(generation: search.generation, query: searchQuery, targets: targets)))
    }

    /// Takes the hits found in one article for the current search: a regular expression that
    /// took too long says so; the open article's hits move the view to the first at or after
    /// the top when the search was typed; a pending `n`/`N` goes on.
    mutating func hitsFound(_ found: FoundHits) -> [Effect] {
        guard found.generation == search.generation, search.isActive, search.awaited.contains(found.entry),
            let entry = entries[found.entry]
        else { return [] }
        search.awaited.remove(found.entry)
        search.hits[found.entry] = found.hits
        search.counts[found.entry] = nil
        if !found.finished {
            message = StatusMessage("Search stopped in “\(entry.title)”: the pattern takes too long", isError: true)
        }
        var effects: [Effect] = []
        if found.entry == reader.entry, search.seeksHit {
            search.seeksHit = false
            if let layout = reader.layout, !found.hits.isEmpty {
                let index = layout.firstHit(found.hits, atOrAfter: reader.top)
                goToHit(HitPosition(entry: found.entry, index: index < found.hits.count ? index : 0))
            }
        }
        if let jump = search.pendingJump, jump.entry == found.entry {
            search.pendingJump = nil
            effects += jumpInto(found.entry, forward: jump.forward)
        }
        if search.awaited.isEmpty { effects += searchSettled() }
        return effects
    }

    /// Every article in memory is searched: what waited for the hits happens.
    private mutating func searchSettled() -> [Effect] {
        search.seeksHit = false
        reportMissingWhenSearched()
        if let forward = search.awaitedStep {
            search.awaitedStep = nil
            if search.current == nil { return nextHit(forward: forward) }
        }
        return []
    }

    /// Enter came before the hits: once every article is searched (in memory and the
    /// library's files), says "Pattern not found" when none has a hit.
    mutating func reportMissingWhenSearched() {
        guard search.reportsMissing, search.awaited.isEmpty, !search.isScanning else { return }
        search.reportsMissing = false
        if !search.isEditing, search.totalHits == 0 {
            message = StatusMessage("Pattern not found: \(search.field.text)", isError: true)
        }
    }
}
