import FolioKit

extension AppState {
    /// The query as typed, with the bar's options.
    var searchQuery: SearchQuery {
        SearchQuery(search.field.text, wholeWord: search.isWholeWord, isRegex: search.isRegex)
    }

    /// The hits in the open article.
    public var openArticleHits: [SearchHit] { reader.entry.flatMap { search.hits[$0] } ?? [] }

    /// Opens the search bar. With no article open it searches all articles.
    mutating func startSearch() -> [Effect] {
        clearSearch()
        search.isEditing = true
        search.origin = (reader.entry, reader.top, reader.layout?.width ?? 0, reader.anchor)
        if reader.entry == nil { search.scope = .allArticles }
        return search.isHistoryLoaded ? [] : [.loadSearchHistory]
    }

    /// Forgets the search (highlights, hits, bar, the results in the list); history and options
    /// stay.
    mutating func clearSearch() {
        leaveResults(to: .waiting)
        // A library search still running is stopped: an empty one replaces it.
        if search.isScanning { deferredEffects.append(.searchLibrary(searchQuery, entries: [])) }
        // So is a search of articles in memory.
        if !search.awaited.isEmpty { startArticleSearch([], seeking: false) }
        let kept = (search.history, search.isRegex, search.scope, search.isWholeWord, search.isHistoryLoaded)
        let (generation, order) = (search.generation, search.results.order)
        search = SearchState()
        (search.history, search.isRegex, search.scope, search.isWholeWord, search.isHistoryLoaded) = kept
        (search.generation, search.results.order) = (generation, order)
    }

    /// Applies a text-input action to the search bar; each change of the query or its options
    /// runs it again (once for keys that came together: see `handle(keys:perform:)`).
    mutating func editSearch(_ action: Action) -> [Effect] {
        if action == .deleteBackward, search.field.text.isEmpty {
            cancelSearch()
            return []
        }
        switch search.field.apply(action) {
        case .cursor?: return []
        case .text?: break
        case nil:
            switch action {
            case .submit: return submitSearch()
            case .cancelInput:
                cancelSearch()
                return []
            case .recallHistory(let direction):
                guard recallHistory(direction) else { return [] }
            case .toggleRegex: search.isRegex.toggle()
            case .toggleWholeWord: search.isWholeWord.toggle()
            case .toggleScope:
                search.scope = search.scope == .article ? .allArticles : .article
            default: return []
            }
        }
        if case .recallHistory = action {} else { search.historyIndex = nil }
        if defersEditWork {
            search.isRunPending = true
            return []
        }
        runSearch()
        return startLibrarySearch()
    }

    /// Runs the search an edit put off (see `handle(keys:perform:)`), if any.
    mutating func runPendingSearch() -> [Effect] {
        guard search.isRunPending else { return [] }
        search.isRunPending = false
        runSearch()
        return startLibrarySearch()
    }

    /// Enter: keeps the search (and the query, as the newest in the history) and closes the bar.
    private mutating func submitSearch() -> [Effect] {
        search.isEditing = false
        let text = search.field.text
        guard !text.isEmpty else {
            clearSearch()
            return []
        }
        search.remember(text)
        if let error = search.error {
            clearSearch()
            message = StatusMessage(error, isError: true)
        } else if search.isSearching {
            search.reportsMissing = true
        } else if search.totalHits == 0 {
            message = StatusMessage("Pattern not found: \(text)", isError: true)
        }
        return [.saveSearch(text)]
    }

    private mutating func cancelSearch() {
        returnToOrigin()
        clearSearch()
    }

    /// Puts the view back where the search started. The place is found from its anchor: the
    /// terminal may have been resized since, and the article laid out again.
    private mutating func returnToOrigin() {
        guard let origin = search.origin, origin.entry == reader.entry, let layout = reader.layout else { return }
        let top = layout.width == origin.width ? origin.top : layout.line(of: origin.anchor)
        reader.top = max(0, min(top, maxTop))
        reader.anchor = origin.anchor
    }

    /// Up (-1) and Down (1) in the bar, as in vim: the earlier or later queries that begin
    /// with what was typed before the first Up (the draft), then back to the draft. False when
    /// there is none to go to.
    private mutating func recallHistory(_ direction: Int) -> Bool {
        let draft = search.historyIndex == nil ? search.field.text : search.draft
        var index = search.historyIndex ?? search.history.count
        repeat {
            index += direction
        } while search.history.indices.contains(index)
            && (!search.history[index].hasPrefix(draft) || search.history[index] == draft)
        if index >= search.history.count, search.historyIndex != nil {
            search.historyIndex = nil
            search.field = TextField(draft)
            return true
        }
        guard search.history.indices.contains(index) else { return false }
        search.draft = draft
        search.historyIndex = index
        search.field = TextField(search.history[index])
        return true
    }

    /// Compiles the query; an invalid regular expression is kept as the bar's error.
    private mutating func compiledSearch() -> ArticleSearch? {
        do {
            let engine = try ArticleSearch(searchQuery)
            search.error = nil
            return engine
        } catch {
            search.error = error.description
            return nil
        }
    }

    /// Runs the query over the searched articles from where the search started: the view goes
    /// back there at once, and to the first hit at or after it when the hits come (the search
    /// runs away from the thread that reads keys; see `hitsFound`).
    mutating func runSearch() {
        search.clearHits()
        search.current = nil
        search.error = nil
        returnToOrigin()
        restartResults()
        guard !search.field.text.isEmpty, compiledSearch() != nil else {
            if !search.awaited.isEmpty { startArticleSearch([], seeking: false) }
            return
        }
        let searched: Set<EntryID>? = search.scope == .article ? reader.entry.map { [$0] } ?? [] : nil
        startArticleSearch(searched, seeking: true)
    }

    /// Searches one entry with the current query (an article just loaded or opened), as part of
    /// the current search.
    mutating func searchEntry(_ id: EntryID) {
        guard !search.awaited.contains(id), compiledSearch() != nil, let target = searchTarget(id) else { return }
        search.awaited.insert(id)
        deferredEffects.append(.searchArticles(SearchJob(generation: search.generation, query: searchQuery, targets: [target])))
    }

    /// Makes a hit current, opening its article when needed, and brings it into view.
    mutating func goToHit(_ position: HitPosition) {
        if reader.entry != position.entry {
            // The hit decides where the view goes, not the saved position.
            deferredEffects += open(position.entry).filter { if case .loadPosition = $0 { false } else { true } }
        }
        search.current = position
        guard let layout = reader.layout, let hit = search.hits[position.entry]?[position.index] else { return }
        reveal(line: layout.line(of: hit))
    }

    /// `n` / `N`: the next or previous hit, wrapping around (with a note), or in the next
    /// article with hits when searching all articles. With no search, the last one runs again
    /// and the view goes to its first hit at or after the top once the hits are found.
    mutating func nextHit(forward: Bool) -> [Effect] {
        if !search.isActive {
            if !search.isHistoryLoaded {
                // The newest query may be one of an earlier run.
                search.repeatsAfterLoading = forward
                return [.loadSearchHistory]
            }
            guard let last = search.history.last else {
                message = StatusMessage("No search yet: press / to search")
                return []
            }
            search.field = TextField(last)
            search.origin = (reader.entry, reader.top, reader.layout?.width ?? 0, reader.anchor)
            runSearch()
            search.origin = nil
            let scan = startLibrarySearch()
            if search.current != nil || !scan.isEmpty { return scan }
            if !search.awaited.isEmpty {
                search.awaitedStep = forward
                return []
            }
        }
        guard let entry = reader.entry, let layout = reader.layout else { return continueJump(after: nil, forward: forward) }
        let hits = search.hits[entry] ?? []
        var candidate: Int
        if let current = search.current, current.entry == entry {
            candidate = current.index + (forward ? 1 : -1)
        } else {
            candidate = layout.firstHit(hits, atOrAfter: reader.top) - (forward ? 0 : 1)
        }
        if hits.indices.contains(candidate) {
            goToHit(HitPosition(entry: entry, index: candidate))
            return []
        }
        if search.scope == .allArticles { return continueJump(after: entry, forward: forward) }
        guard !hits.isEmpty else {
            message = StatusMessage("Pattern not found: \(search.field.text)", isError: true)
            return []
        }
        candidate = forward ? 0 : hits.count - 1
        message = StatusMessage(forward ? "search hit BOTTOM, continuing at TOP" : "search hit TOP, continuing at BOTTOM")
        goToHit(HitPosition(entry: entry, index: candidate))
        return []
    }

    /// Goes to the first (forward) or last hit of the next article in list order that has hits,
    /// asking the wiring to load an article first when it is not loaded yet.
    mutating func continueJump(after current: EntryID?, forward: Bool) -> [Effect] {
        let entry = current.flatMap(entries.position(of:))
        var order = shownEntries
        if let entry, !order.contains(entry) { order = Array(entries.indices) }
        guard !order.isEmpty else { return [] }
        let start = entry.flatMap { order.firstIndex(of: $0) } ?? (forward ? -1 : order.count)
        for step in 1...order.count {
            let position = start + (forward ? step : -step)
            let wrapped = position < 0 || position >= order.count
            let index = order[(position % order.count + order.count) % order.count]
            let id = entries[index].id
            // While the library is searched, an article not searched yet is not loaded one by one.
            if search.isScanning, entries[index].isOnDisk, entries[index].article == nil, search.hitCount(id) == nil {
                message = StatusMessage("Still searching the library: n again in a moment")
                return []
            }
            // An article the background search found no hits in is not loaded.
            if entries[index].article == nil, entries[index].loadError == nil, search.hitCount(id) != 0 {
                search.pendingJump = (id, forward)
                return [.loadArticle(id)]
            }
            if let hits = search.hits[id], !hits.isEmpty {
                if wrapped || index == entry {
                    message = StatusMessage(
                        forward ? "search hit BOTTOM, continuing at TOP" : "search hit TOP, continuing at BOTTOM")
                } else {
                    message = StatusMessage("Continuing in “\(entries[index].title)”")
                }
                goToHit(HitPosition(entry: id, index: forward ? 0 : hits.count - 1))
                return []
            }
        }
        message = StatusMessage("Pattern not found: \(search.field.text)", isError: true)
        return []
    }

    /// Continues a pending `n`/`N` in an entry that has just been loaded.
    mutating func jumpInto(_ id: EntryID, forward: Bool) -> [Effect] {
        guard let hits = search.hits[id], !hits.isEmpty else { return continueJump(after: id, forward: forward) }
        message = StatusMessage("Continuing in “\(entries[id]?.title ?? "")”")
        goToHit(HitPosition(entry: id, index: forward ? 0 : hits.count - 1))
        return []
    }
}
