import FolioKit

extension AppState {
    /// The entries the list shows, in its order, the items of folded feeds included: filtered
    /// by title, author or feed title, sorted by date (newest first, undated last) or by title,
    /// a feed's items together where its header is (see `listRows`); while it shows an
    /// all-articles search's results, those (see `resultRows`); positions in `entries`.
    public var shownEntries: [Int] { rows(includingFolded: true).compactMap(\.entry) }

    /// The rows of the list: articles, and for each feed a header followed (unless folded) by
    /// its items. Within a feed items are sorted like articles; a feed sits among the articles
    /// by its newest item's date, or by its title.
    public var listRows: [ListRow] { rows(includingFolded: false) }

    private func rows(includingFolded: Bool) -> [ListRow] {
        let results = showsResults
        // Results fold nothing: the rows with and without folded items are the same.
        let key = ListRowsMemo.Key(
            entriesVersion: entriesVersion, sort: list.sort, filter: list.filter.text, collapsed: list.collapsed,
            includingFolded: includingFolded && !results, results: results ? search.hitsVersion : nil,
            resultsOrder: search.results.order, failedFeeds: results ? [:] : feeds.failedNames)
        return listRowsMemo.rows(for: key) { results ? resultRows() : computeRows(includingFolded: includingFolded) }
    }

    /// True when the filter (`needle`, in lower case) shows `entry`: its title, author or feed
    /// title holds it.
    func matchesFilter(_ entry: LibraryEntry, needle: String) -> Bool {
        needle.isEmpty || entry.title.lowercased().contains(needle)
            || (entry.author?.lowercased().contains(needle) ?? false)
            || (entry.feed?.lowercased().contains(needle) ?? false)
    }

    private func computeRows(includingFolded: Bool) -> [ListRow] {
        let needle = list.filter.text.lowercased()
        // Read in place, once for each entry: a big library's rows are made at every change.
        let shown = needle.isEmpty ? nil : entries.details { matchesFilter($0, needle: needle) }
        let feeds = entries.details { $0.feed == nil ? nil : FeedKey($0) }
        var units: [(feed: FeedKey?, first: Int)] = []
        var items: [FeedKey: [Int]] = [:]
        for index in entries.indices where shown?[index] ?? true {
            guard let key = feeds[index] else {
                units.append((nil, index))
                continue
            }
            if items[key] == nil { units.append((key, index)) }
            items[key, default: []].append(index)
        }
        let keys = sortKeys(list.sort)
        for key in items.keys { items[key]?.sort { keys.comesBefore($0, $1, by: list.sort) } }
        // A unit sorts as its article, or as its feed's first item (by date) or title (by
        // title): each unit's key is found once, and the units' places are sorted, not the
        // units themselves.
        let firsts = units.map(\.first)
        var order = Array(units.indices)
        switch list.sort {
        case .title where items.isEmpty:
            order.sort { keys.titleRanks[firsts[$0]] < keys.titleRanks[firsts[$1]] }
        case .title:
            let titles = units.map { unit in unit.feed?.title.lowercased() ?? keys.titles[unit.first] }
            order.sort { titles[$0] != titles[$1] ? titles[$0] < titles[$1] : firsts[$0] < firsts[$1] }
        case .date:
            let dates = units.map { unit in keys.published[unit.feed.flatMap { items[$0]?.first } ?? unit.first] }
            order.sort { EntrySortKeys.newer(dates[$0], dates[$1]) ?? (firsts[$0] < firsts[$1]) }
        }
        var rows: [ListRow] = []
        rows.reserveCapacity(units.count)
        for unit in order.lazy.map({ units[$0] }) {
            guard let key = unit.feed, let shown = items[key] else {
                rows.append(.entry(unit.first, inFeed: false))
                continue
            }
            rows.append(.feed(key, items: shown, unread: shown.filter { entries[$0].isUnread }.count))
            if includingFolded || !list.collapsed.contains(key) {
                rows += shown.map { .entry($0, inFeed: true) }
            }
        }
        rows += failedFeedsWithoutItems(listed: feeds, filter: needle).map { .feed($0, items: [], unread: 0) }
        return rows
    }

    /// The subscriptions whose fetch failed and of which the library holds no item, by name
    /// (the filter, `needle`, shows those whose name holds it): they come last in the list, a
    /// header each, so that their errors can be seen.
    private func failedFeedsWithoutItems(listed itemFeeds: [FeedKey?], filter needle: String) -> [FeedKey] {
        let failed = feeds.failedNames
        guard !failed.isEmpty else { return [] }
        let withItems = Set(itemFeeds.lazy.compactMap { $0?.address })
        return failed.compactMap { address, name in
            withItems.contains(address) || !(needle.isEmpty || name.lowercased().contains(needle))
                ? nil : FeedKey(address: address, title: name)
        }
        .sorted { ($0.title.lowercased(), $0.name) < ($1.title.lowercased(), $1.name) }
    }

    /// The keys the list sorts entries by under `sort`, by position: each entry's date, and
    /// sorting by title, its title in lower case and its place in title order.
    func sortKeys(_ sort: SortOrder) -> EntrySortKeys {
        var keys = EntrySortKeys(published: entries.details(\.published))
        if sort == .title { (keys.titles, keys.titleRanks) = listRowsMemo.titleOrder(version: entriesVersion, of: entries) }
        return keys
    }

    /// The position of the selected row (a feed header or an article) in `rows`.
    func selectedRow(in rows: [ListRow]) -> Int? {
        if let feed = list.selectedFeed { return rows.firstIndex { $0.feed == feed } }
        guard let selected = list.selected, let position = entries.position(of: selected) else { return nil }
        return rows.firstIndex { $0.entry == position }
    }

    /// Selects a row: a feed header or an article.
    mutating func select(_ row: ListRow?) {
        list.isUntouched = false
        list.selectedFeed = row?.feed
        list.selected = row?.entry.map { entries[$0].id }
    }

    /// Reads the article in the reader (else the selected one) again and shows it when it
    /// loads; when it cannot be read, the reader keeps what it shows and the status says why.
    mutating func reload() -> [Effect] {
        guard let id = reader.entry ?? list.selected, let entry = entries[id] else { return [] }
        reader.pendingOpen = id
        message = StatusMessage("Loading \(entry.source.name)…")
        return [.loadArticle(id)]
    }

    /// Opens an entry in the reader (or asks the wiring to load it first) and marks it read.
    /// The article that was open is left (its position saved); a new one opens where it was
    /// last read (`Effect.loadPosition`). Opening the article already open keeps the view.
    /// `prepared`: the article laid out by the wiring, used when it fits the reader's width.
    mutating func open(_ id: EntryID, prepared: ArticleLayout? = nil) -> [Effect] {
        guard let index = entries.position(of: id) else { return [] }
        list.isUntouched = false
        list.selected = id
        list.selectedFeed = nil
        if let feed = FeedKey(entries[index]) { list.collapsed.remove(feed) }
        guard let article = entries[index].article else {
            reader.pendingOpen = id
            message = StatusMessage("Loading \(entries[index].source.name)…")
            return [.loadArticle(id)]
        }
        reader.pendingOpen = nil
        focus = .reader
        if reader.entry == id, reader.layout != nil { return [] }
        var effects = leaveArticle()
        reader.entry = id
        reader.layout = fitting(prepared) ?? ArticleLayout(article: article, width: geometry.readerColumn.width, today: today, dates: dates)
        reader.top = 0
        reader.anchor = LayoutAnchor(content: .title)
        if entries[index].isUnread {
            entries[index].isUnread = false
            effects.append(.setRead(entries: [id], isRead: true))
        }
        if search.isActive {
            if search.hits[id] == nil { searchEntry(id) }
            if search.current?.entry != id { search.current = nil }
        }
        effects.append(.loadPosition(id))
        return effects
    }

    mutating func moveSelection(by delta: Int) {
        let rows = listRows
        guard !rows.isEmpty else { return }
        let position = selectedRow(in: rows) ?? 0
        select(rows[min(max(0, position + delta), rows.count - 1)])
        keepSelectionVisible()
    }

    mutating func selectEnd(last: Bool) {
        let rows = listRows
        select(last ? rows.last : rows.first)
        keepSelectionVisible()
    }

    /// Enter on the list: opens the selected article, or folds or unfolds the selected feed.
    mutating func openSelected() -> [Effect] {
        if let feed = list.selectedFeed {
            setFolded(feed, !list.collapsed.contains(feed))
            return []
        }
        return list.selected.map { open($0) } ?? []
    }

    /// The feed of the selected row: the header's, or the feed the selected article is in.
    private var selectedFeedKey: FeedKey? {
        list.selectedFeed ?? list.selected.flatMap { entries[$0] }.flatMap(FeedKey.init)
    }

    /// Folds (true) or unfolds (false) the selected row's feed, or toggles it (nil). Folding
    /// from one of its items selects the header.
    mutating func fold(_ folded: Bool?) {
        guard !showsResults else {
            message = StatusMessage("Search results list feed items flat: Esc shows the feeds")
            return
        }
        guard let feed = selectedFeedKey else {
            message = StatusMessage("Not a feed: folding works on feeds and their items")
            return
        }
        setFolded(feed, folded ?? !list.collapsed.contains(feed))
    }

    private mutating func setFolded(_ feed: FeedKey, _ folded: Bool) {
        if folded {
            list.collapsed.insert(feed)
            list.selectedFeed = feed
            list.selected = nil
        } else {
            list.collapsed.remove(feed)
        }
        keepSelectionVisible()
    }

    mutating func toggleSort() -> [Effect] {
        if showsResults { return cycleResultsOrder() }
        list.sort = list.sort == .date ? .title : .date
        message = StatusMessage("Sorted by \(list.sort.rawValue)")
        keepSelectionVisible()
        return [.keepSortOrder(list.sort)]
    }

    /// Scrolls the list so the selected row is in view.
    mutating func keepSelectionVisible() {
        let rows = listRows
        let visible = listPage
        guard let position = selectedRow(in: rows) else {
            list.top = 0
            return
        }
        if position < list.top { list.top = position }
        if position >= list.top + visible { list.top = position - visible + 1 }
        list.top = max(0, min(list.top, rows.count - visible))
    }

    /// Applies a text-input action to the filter prompt; a change of the filter keeps a shown
    /// entry selected (once for keys that came together: see `handle(keys:perform:)`).
    mutating func editFilter(_ action: Action) -> [Effect] {
        if action == .deleteBackward, list.filter.text.isEmpty {
            list.isFiltering = false
        } else {
            switch list.filter.apply(action) {
            case .cursor?: return []
            case .text?: break
            case nil:
                switch action {
                case .submit: list.isFiltering = false
                case .cancelInput:
                    list.filter = TextField()
                    list.isFiltering = false
                default: return []
                }
            }
        }
        if defersEditWork {
            list.isFilterPending = true
            return []
        }
        followFilter()
        return []
    }

    /// Follows the filter an edit changed (see `handle(keys:perform:)`), if any.
    mutating func followPendingFilter() {
        guard list.isFilterPending else { return }
        followFilter()
    }

    /// Keeps a shown entry selected and in view after the filter changed.
    private mutating func followFilter() {
        list.isFilterPending = false
        let rows = listRows
        if selectedRow(in: rows) == nil { select(rows.first { $0.entry != nil } ?? rows.first) }
        keepSelectionVisible()
    }
}
