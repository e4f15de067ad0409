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
    mutating func articleUpdated(_ index: Int, _ layout: ArticleLayout) -> [Effect] {
        guard entries.indices.contains(index) else { return [] }
        entries[index].attach(layout.article)
        if reader.pendingOpen == index {
            message = nil
            return open(index, prepared: layout)
        }
        guard reader.entry == index, reader.layout != nil else { return [] }
        layOut(layout.article, prepared: layout)
        if search.isActive {
            // A search of the shorter text on its way is replaced.
            search.current = nil
            startArticleSearch(search.awaited.union([index]).sorted(), seeking: search.seeksHit)
        }
        return []
    }

    // MARK: - Searching articles in memory

    /// The job that searches `index`'s article, if it is in memory.
    func searchTarget(_ index: Int) -> SearchJob.Target? {
        guard entries.indices.contains(index), let article = entries[index].article else { return nil }
        return SearchJob.Target(entry: index, path: entries[index].path, article: article)
    }

    /// Starts a new search of the articles of `indices` that are in memory, stopping the one
    /// before; `seeking`: move to the first hit at or after the top when the open article's hits
    /// come.
    mutating func startArticleSearch(_ indices: [Int], seeking: Bool) {
        let targets = indices.compactMap(searchTarget)
        search.generation += 1
        search.awaited = Set(targets.map(\.entry))
        search.seeksHit = seeking && !targets.isEmpty
        deferredEffects.append(.searchArticles(SearchJob(generation: search.generation, query: searchQuery, targets: targets)))
    }

    /// Searches again the articles whose hits were awaited when the entries moved (files gone
    /// from the library): the hits on their way name the old entries.
    mutating func restartArticleSearch() {
        guard !search.awaited.isEmpty else { return }
        startArticleSearch(search.awaited.sorted(), seeking: search.seeksHit)
    }

    /// Takes the hits found in one article for the current search: a regular expression that
    /// took too long says so; the open article's hits move the view to the first at or after
    /// the top when the search was typed; a pending `n`/`N` goes on.
    mutating func hitsFound(_ found: FoundHits) -> [Effect] {
        guard found.generation == search.generation, search.isActive, search.awaited.contains(found.entry),
            entries.indices.contains(found.entry), entries[found.entry].path == found.path
        else { return [] }
        search.awaited.remove(found.entry)
        search.hits[found.entry] = found.hits
        search.counts[found.entry] = nil
        if !found.finished {
            message = StatusMessage("Search stopped in “\(entries[found.entry].title)”: the pattern takes too long", isError: true)
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
        if search.reportsMissing {
            search.reportsMissing = false
            if !search.isEditing, search.totalHits == 0 {
                message = StatusMessage("Pattern not found: \(search.field.text)", isError: true)
            }
        }
        if let forward = search.awaitedStep {
            search.awaitedStep = nil
            if search.current == nil { return nextHit(forward: forward) }
        }
        return []
    }
}
