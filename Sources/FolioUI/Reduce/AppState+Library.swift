import FolioKit

extension AppState {
    // MARK: - Reading state

    /// Leaves the open article: asks to save the position, and lets the article go when it
    /// can be read again from its file (only the open article is kept in memory).
    mutating func leaveArticle() -> [Effect] {
        guard let id = reader.entry, let index = entries.position(of: id), let layout = reader.layout else { return [] }
        let effects: [Effect] = [.savePosition(entry: id, article: layout.article, anchor: reader.anchor)]
        if entries[index].isOnDisk { entries[index].article = nil }
        return effects
    }

    /// What quitting saves: the open article's position and which article was open.
    func leaveForQuit() -> [Effect] {
        guard let id = reader.entry, entries.contains(id), let layout = reader.layout else {
            return [.setLastArticle(nil)]
        }
        return [.savePosition(entry: id, article: layout.article, anchor: reader.anchor), .setLastArticle(id)]
    }

    /// Moves the reader to a saved position when entry `id` is the open article.
    mutating func positionLoaded(_ id: EntryID, _ anchor: LayoutAnchor) {
        guard reader.entry == id, let layout = reader.layout else { return }
        setTop(min(layout.line(of: anchor), maxTop))
        reader.anchor = anchor
    }

    // MARK: - Background reading

    /// Applies what the wiring read or found in the background (the list held steady: see
    /// `holdingList`).
    mutating func libraryUpdated(_ update: LibraryUpdate) {
        var gone: Set<EntryID> = []
        var added: [LibraryEntry] = []
        for read in update.read {
            for fresh in read.entries {
                guard let id = entries.id(of: fresh.source, item: fresh.item), let index = entries.position(of: id) else {
                    added.append(fresh)
                    continue
                }
                var entry = fresh
                entry.isUnread = fresh.isUnread && entries[index].isUnread
                // The open article stays as it is until it is left.
                if reader.entry == id || entry.article == nil { entry.article = entries[index].article }
                entries[index] = entry
            }
            // A feed with fewer items than before: the extra entries go.
            gone.formUnion(entryIDs(of: read.source, from: read.entries.count))
        }
        entries.add(added)
        for source in update.removed { gone.formUnion(entryIDs(of: source)) }
        if !gone.isEmpty { removeEntries(gone) }
        indexing = update.progress
    }

    /// The identities of `source`'s entries, its items from `first` on (a source's items are
    /// numbered without gaps).
    private func entryIDs(of source: ArticleSource, from first: Int = 0) -> [EntryID] {
        var ids: [EntryID] = []
        while let id = entries.id(of: source, item: first + ids.count) { ids.append(id) }
        return ids
    }

    /// Drops entries whose files are gone, and what referred to them. The article open in the
    /// reader stays, kept in memory, until folio ends: like less, folio goes on showing what it
    /// read.
    private mutating func removeEntries(_ gone: Set<EntryID>) {
        var removed = gone
        if let open = reader.entry, removed.remove(open) != nil, let index = entries.position(of: open) {
            entries[index].isOnDisk = false
            if message?.isError != true { message = StatusMessage("The file of this article is gone; it stays open until folio ends") }
        }
        entries.remove(removed)
        if let selected = list.selected, removed.contains(selected) { list.selected = nil }
        if let pending = reader.pendingOpen, removed.contains(pending) { reader.pendingOpen = nil }
        for id in removed {
            search.hits[id] = nil
            search.counts[id] = nil
        }
        if let current = search.current, removed.contains(current.entry) { search.current = nil }
        if let jump = search.pendingJump, removed.contains(jump.entry) { search.pendingJump = nil }
        if let entry = search.origin?.entry, removed.contains(entry) { search.origin?.entry = nil }
        search.awaited.subtract(removed)
    }

    // MARK: - Library search

    /// Takes hits the wiring found for the current all-articles search.
    mutating func libraryHits(_ query: SearchQuery, _ results: [LibraryHits], done: Bool) {
        guard search.isActive, search.scope == .allArticles, query == searchQuery else { return }
        for result in results {
            guard let position = entries.position(of: result.entry) else { continue }
            if let score = result.score { search.scores[result.entry] = score }
            // An article loaded meanwhile was searched in the state already.
            guard entries[position].article == nil, search.hits[result.entry] == nil else { continue }
            search.counts[result.entry] = result.count
        }
        if done {
            search.isScanning = false
            reportMissingWhenSearched()
        }
    }

    /// The search of the library's files for the current query, for the entries whose articles
    /// are not in memory, and the open article's file (searched in memory, but ranked by the
    /// index with the others).
    mutating func startLibrarySearch() -> [Effect] {
        search.isScanning = false
        guard search.isActive, search.scope == .allArticles else { return [] }
        // By position: a big library's entries are not copied at every key typed.
        let files = entries.indices.compactMap {
            (entries[$0].article == nil || entries[$0].isOnDisk) && entries[$0].loadError == nil ? entries[$0].id : nil
        }
        search.isScanning = !files.isEmpty
        return files.isEmpty ? [] : [.searchLibrary(searchQuery, entries: files)]
    }
}
