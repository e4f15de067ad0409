import FolioKit

extension AppState {
    /// The entries the list shows, in its order: filtered by title or author, sorted by date
    /// (newest first, undated last) or by title.
    public var shownEntries: [Int] {
        let needle = list.filter.text.lowercased()
        let matching = entries.indices.filter { index in
            needle.isEmpty || entries[index].title.lowercased().contains(needle)
                || (entries[index].author?.lowercased().contains(needle) ?? false)
        }
        switch list.sort {
        case .date:
            return matching.sorted { lhs, rhs in
                switch (entries[lhs].published, entries[rhs].published) {
                case let (left?, right?) where left != right: return left > right
                case (.some, nil): return true
                case (nil, .some): return false
                default: return lhs < rhs
                }
            }
        case .title:
            // Each title lowered once, not at every comparison: this runs at every key.
            let keys = matching.map { entries[$0].title.lowercased() }
            let order = keys.indices.sorted { lhs, rhs in
                keys[lhs] != keys[rhs] ? keys[lhs] < keys[rhs] : matching[lhs] < matching[rhs]
            }
            return order.map { matching[$0] }
        }
    }

    /// Opens an entry in the reader (or asks the wiring to load it first) and marks it read.
    /// The article that was open is left (its position saved); a new one opens where it was
    /// last read (`Effect.loadPosition`). Opening the article already open keeps the view.
    mutating func open(_ index: Int) -> [Effect] {
        guard entries.indices.contains(index) else { return [] }
        list.selected = index
        guard let article = entries[index].article else {
            reader.pendingOpen = index
            message = StatusMessage("Loading \(entries[index].path)…")
            return [.loadArticle(index)]
        }
        reader.pendingOpen = nil
        focus = .reader
        if reader.entry == index, reader.layout != nil { return [] }
        var effects = leaveArticle()
        reader.entry = index
        reader.layout = ArticleLayout(article: article, width: geometry.readerColumn.width, today: today)
        reader.top = 0
        reader.anchor = LayoutAnchor(content: .title)
        if entries[index].isUnread {
            entries[index].isUnread = false
            effects.append(.setRead(paths: [entries[index].path], isRead: true))
        }
        if search.isActive {
            if search.hits[index] == nil { searchEntry(index) }
            if search.current?.entry != index { search.current = nil }
        }
        effects.append(.loadPosition(index))
        return effects
    }

    mutating func moveSelection(by delta: Int) {
        let shown = shownEntries
        guard !shown.isEmpty else { return }
        let position = list.selected.flatMap { shown.firstIndex(of: $0) } ?? 0
        list.selected = shown[min(max(0, position + delta), shown.count - 1)]
        keepSelectionVisible()
    }

    mutating func selectEnd(last: Bool) {
        let shown = shownEntries
        list.selected = last ? shown.last : shown.first
        keepSelectionVisible()
    }

    mutating func toggleSort() {
        list.sort = list.sort == .date ? .title : .date
        message = StatusMessage("Sorted by \(list.sort.rawValue)")
        keepSelectionVisible()
    }

    /// Scrolls the list so the selected entry is in view.
    mutating func keepSelectionVisible() {
        let shown = shownEntries
        let rows = max(1, geometry.listArea.height / ArticleListPane.rowsPerEntry)
        guard let selected = list.selected, let position = shown.firstIndex(of: selected) else {
            list.top = 0
            return
        }
        if position < list.top { list.top = position }
        if position >= list.top + rows { list.top = position - rows + 1 }
        list.top = max(0, min(list.top, shown.count - rows))
    }

    /// Applies a text-input action to the filter prompt.
    mutating func editFilter(_ action: Action) -> [Effect] {
        switch action {
        case .insert(let character): list.filter.insert(character)
        case .deleteBackward:
            if !list.filter.deleteBackward() { list.isFiltering = false }
        case .moveCursor(let delta): list.filter.moveCursor(by: delta)
        case .clearInput: list.filter = TextField()
        case .deleteWord: list.filter.deleteWord()
        case .submit: list.isFiltering = false
        case .cancelInput:
            list.filter = TextField()
            list.isFiltering = false
        default: return []
        }
        let shown = shownEntries
        if list.selected.map({ !shown.contains($0) }) ?? true { list.selected = shown.first }
        keepSelectionVisible()
        return []
    }
}
