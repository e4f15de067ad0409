import FolioKit

extension AppState {
    // MARK: - Reading state

    /// Leaves the open article: asks to save the position, and lets the article go when it
    /// can be read again from its file (only the open article is kept in memory).
    mutating func leaveArticle() -> [Effect] {
        guard let index = reader.entry, entries.indices.contains(index), let layout = reader.layout else { return [] }
        let effects: [Effect] = [.savePosition(path: entries[index].path, article: layout.article, anchor: reader.anchor)]
        if entries[index].isOnDisk { entries[index].article = nil }
        return effects
    }

    /// What quitting saves: the open article's position and which article was open.
    func leaveForQuit() -> [Effect] {
        guard let index = reader.entry, entries.indices.contains(index), let layout = reader.layout else {
            return [.setLastArticle(nil)]
        }
        return [
            .savePosition(path: entries[index].path, article: layout.article, anchor: reader.anchor),
            .setLastArticle(entries[index].path),
        ]
    }

    /// Moves the reader to a saved position when entry `index` is the open article.
    mutating func positionLoaded(_ index: Int, _ anchor: LayoutAnchor) {
        guard reader.entry == index, let layout = reader.layout else { return }
        setTop(min(layout.line(of: anchor), maxTop))
        reader.anchor = anchor
    }

    // MARK: - Background reading

    /// Applies what the wiring read or found in the background.
    mutating func libraryUpdated(_ update: LibraryUpdate) {
        for (index, fresh) in update.replaced where entries.indices.contains(index) {
            var entry = fresh
            entry.isUnread = fresh.isUnread && entries[index].isUnread
            // The open article stays as it is until it is left.
            if reader.entry == index || entry.article == nil { entry.article = entries[index].article }
            entries[index] = entry
        }
        entries += update.added
        if !update.removed.isEmpty { removeEntries(Set(update.removed)) }
        indexing = update.progress
        if list.isUntouched {
            let first = listRows.first
            list.selectedFeed = first?.feed
            list.selected = first?.entry
            list.top = 0
        } else if list.selected == nil || !entries.indices.contains(list.selected ?? -1) {
            list.selected = shownEntries.first
        }
        keepSelectionVisible()
    }

    /// Drops entries whose files are gone, moving every index kept in the state. The article
    /// open in the reader stays, kept in memory, until folio ends: like less, folio goes on
    /// showing what it read.
    private mutating func removeEntries(_ gone: Set<Int>) {
        var removed = gone
        if let open = reader.entry, removed.remove(open) != nil {
            entries[open].isOnDisk = false
            if message?.isError != true { message = StatusMessage("The file of this article is gone; it stays open until folio ends") }
        }
        var newIndex = [Int?](repeating: nil, count: entries.count)
        var kept: [LibraryEntry] = []
        for (index, entry) in entries.enumerated() where !removed.contains(index) {
            newIndex[index] = kept.count
            kept.append(entry)
        }
        func moved(_ index: Int?) -> Int? { index.flatMap { newIndex.indices.contains($0) ? newIndex[$0] : nil } }
        entries = kept
        list.selected = moved(list.selected)
        reader.entry = moved(reader.entry)
        reader.pendingOpen = moved(reader.pendingOpen)
        var hits: [Int: [SearchHit]] = [:]
        for (index, entryHits) in search.hits { if let index = moved(index) { hits[index] = entryHits } }
        search.hits = hits
        var counts: [Int: Int] = [:]
        for (index, count) in search.counts { if let index = moved(index) { counts[index] = count } }
        search.counts = counts
        search.current = search.current.flatMap { current in moved(current.entry).map { HitPosition(entry: $0, index: current.index) } }
        search.pendingJump = search.pendingJump.flatMap { jump in moved(jump.entry).map { ($0, jump.forward) } }
        search.origin = search.origin.map { origin in (moved(origin.entry), origin.top, origin.width, origin.anchor) }
        search.awaited = Set(search.awaited.compactMap(moved))
        restartArticleSearch()
    }

    // MARK: - Library search

    /// Takes hits the wiring found for the current all-articles search.
    mutating func libraryHits(_ query: SearchQuery, _ results: [LibraryHits], done: Bool) {
        guard search.isActive, search.scope == .allArticles, query == searchQuery else { return }
        for result in results where entries.indices.contains(result.entry) && entries[result.entry].path == result.path {
            // An article loaded meanwhile was searched in the state already.
            if entries[result.entry].article == nil, search.hits[result.entry] == nil { search.counts[result.entry] = result.count }
        }
        if done { search.isScanning = false }
    }

    /// The search of the library's files for the current query, for the entries whose articles
    /// are not in memory.
    mutating func startLibrarySearch() -> [Effect] {
        search.isScanning = false
        guard search.isActive, search.scope == .allArticles else { return [] }
        let files = entries.indices.filter { entries[$0].article == nil && entries[$0].loadError == nil }
        search.isScanning = !files.isEmpty
        return files.isEmpty ? [] : [.searchLibrary(searchQuery, entries: files)]
    }
}
