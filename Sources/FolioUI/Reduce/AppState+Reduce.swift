import FolioKit

extension AppState {
    /// The entry point for input: clears the last message (a resize keeps it), turns the key
    /// into an action through the key map (typed characters go into an open text field) and
    /// applies it. Returns the effects the wiring must perform. While the terminal is too
    /// small, only the few keys of `keysWhileTooSmall` act.
    public mutating func handle(key: Key) -> [Effect] {
        if case .resize(let width, let height) = key { return reduce(.resize(width: width, height: height)) }
        message = nil
        if geometry.isTooSmall { return handleWhileTooSmall(key) }
        if case .mouse(let event) = key { return reduce(.mouse(event)) }
        let context = keyContext
        if let action = keyMap.action(for: key, in: context) { return reduce(action) }
        switch key {
        case .character(let character) where context.takesText: return reduce(.insert(character))
        case .paste(let text) where context.takesText: return reduce(.paste(text))
        case .alt(let character):
            // Esc typed just before a key reads as Alt and the key: where Alt-key means nothing,
            // it is the two keys.
            return handle(key: .escape) + handle(key: .character(character))
        default: return []
        }
    }

    /// The context keys are looked up in now.
    public var keyContext: KeyContext {
        switch overlay {
        case .help: return .help
        case .outline: return .outline
        case .links: return .links
        case .bookmarks: return .bookmarks
        case nil: break
        }
        if address.isEditing { return .addressInput }
        if search.isEditing { return .searchInput }
        if list.isFiltering { return .filterInput }
        return focus == .reader && reader.entry != nil ? .reader : .list
    }

    /// Applies an action; returns the effects the wiring must perform.
    public mutating func reduce(_ action: Action) -> [Effect] {
        // A change of the query put off among keys that came together runs before anything
        // that may need its hits.
        let pending = action.isEdit ? [] : finishEdits()
        let effects = apply(action)
        // Whatever changed the pane's height (a prompt closed, a resize), the view never goes
        // past the last screenful.
        reader.top = min(reader.top, maxTop)
        guard !deferredEffects.isEmpty else { return pending + effects }
        defer { deferredEffects = [] }
        return pending + deferredEffects + effects
    }

    /// Applies an action; returns the effects the wiring must perform, apart from those kept
    /// in `deferredEffects` by code that cannot return them.
    private mutating func apply(_ action: Action) -> [Effect] {
        switch action {
        case .quit:
            if overlay != nil {
                overlay = nil
                return []
            }
            if focus == .reader, !geometry.sideBySide, entries.count > 1 {
                // As newsboat's q: from the article back to the list it covers.
                focus = .list
                return []
            }
            return leaveForQuit() + [.quit]
        case .forceQuit: return leaveForQuit() + [.quit]
        case .showHelp: overlay = .help(top: 0)
        case .closeOverlay: overlay = nil
        case .switchPane: switchPane()
        case .cycleTheme: return cycleTheme()
        case .escape: escape()
        case .redraw: return [.redraw]
        case .moveDivider(let columns): return moveDivider(by: columns)
        case .showPlace: showPlace()

        case .moveSelection(let delta): moveSelection(by: delta)
        case .selectEnd(let last): selectEnd(last: last)
        case .pageList(let direction): moveListView(by: direction * listPage)
        case .halfPageList(let direction): moveListView(by: direction * max(1, listPage / 2))
        case .openSelected: return openSelected()
        case .foldFeed(let folded): fold(folded)
        case .toggleSort: return toggleSort()
        case .startFilter: list.isFiltering = true

        case .scrollLines(let count): scroll(by: count)
        case .scrollHalfPage(let direction): scroll(by: direction * max(1, viewHeight / 2))
        case .scrollPage(let direction): scroll(by: direction * max(1, viewHeight - 2))
        case .scrollEnd(let bottom): setTop(bottom ? maxTop : 0)
        case .back: focus = .list
        case .nextSection: nextSection()
        case .previousSection: previousSection()
        case .jumpToSection(let number): jumpToSection(number)
        case .showOutline:
            if let layout = reader.layout { overlay = .outline(selected: layout.topSection(from: reader.top)) }

        case .scrollHelp(let delta):
            if case .help(let top) = overlay {
                let last = max(0, HelpOverlay.rows(keyMap).count - max(1, height - 4))
                overlay = .help(top: min(max(0, top + delta), last))
            }
        case .moveOutline(let delta):
            if case .outline(let selected) = overlay, let count = reader.layout?.sectionStarts.count {
                overlay = .outline(selected: min(max(0, selected + delta), max(0, count - 1)))
            }
        case .showLinks: showLinks()
        case .moveLinks(let delta): moveLinks(by: delta)
        case .typeLinkDigit(let digit): typeLinkDigit(digit)
        case .openSelectedLink: return openSelectedLink()
        case .saveSelectedLink: return saveSelectedLink()
        case .startAddress: startAddress()
        case .pageSaved(let url, let result): pageSaved(url, result)
        case .fetchFullText: return fetchFullText()
        case .fullTextFetched(let source, let result): fullTextFetched(source, result)
        case .fetchFeeds: return fetchFeeds()
        case .feedFetchProgress(let progress): if feeds.fetch != nil { feeds.fetch = progress }
        case .feedsFetched(let report): feedsFetched(report)
        // A failed feed without items gets a header at the end of the list: nothing above moves.
        case .feedErrorsLoaded(let errors, let names):
            feeds.errors = errors
            feeds.names = names
        case .openOutlineSection:
            if case .outline(let selected) = overlay {
                overlay = nil
                jumpToSection(selected + 1)
            }

        case .startSearch: return startSearch()
        case .nextHit(let forward): return nextHit(forward: forward)

        case .insert, .paste, .deleteBackward, .deleteForward, .moveCursor, .moveCursorToEnd, .moveWord,
            .deleteToStart, .deleteToEnd, .deleteWord, .submit, .cancelInput, .recallHistory, .toggleRegex,
            .toggleScope, .toggleWholeWord:
            return address.isEditing ? editAddress(action) : list.isFiltering ? editFilter(action) : editSearch(action)

        case .resize(let width, let height): return setSize(width: width, height: height)
        case .mouse(let event): return mouse(event)
        case .articleLoaded(let index, let article): return articleLoaded(index, article)
        case .articleLaidOut(let index, let layout): return articleLoaded(index, layout.article, prepared: layout)
        case .articleRelaidOut(let index, let layout): articleRelaidOut(index, layout)
        case .articleUpdated(let index, let layout): return articleUpdated(index, layout)
        case .hitsFound(let found): return holdingList { $0.hitsFound(found) }
        case .loadFailed(let index, let reason): loadFailed(index, reason)
        case .themeLoaded(let theme):
            self.theme = theme
            message = StatusMessage("Theme: \(theme.name)")

        case .toggleRead: return toggleRead()
        case .markListedRead: return markListedRead()
        case .nextUnread: return openNextUnread()
        case .openAdjacent(let step): return openAdjacent(step)

        case .rescan:
            // The open article is read again at once; the folders in the background.
            isRescanning = true
            return (reader.entry != nil ? reload() : []) + [.rescan]
        case .libraryUpdated(let update): holdingList { $0.libraryUpdated(update) }
        case .rescanFinished(let summary):
            isRescanning = false
            // An error on the way (the open article's file unreadable) stays in view.
            if message?.isError != true { message = StatusMessage("Rescanned: \(summary.text)") }
        case .positionLoaded(let index, let anchor): positionLoaded(index, anchor)
        case .addBookmark: return addBookmark()
        case .showBookmarks: return [.listBookmarks]
        case .bookmarksLoaded(let items): bookmarksLoaded(items)
        case .moveBookmarkSelection(let delta): moveBookmarkSelection(by: delta)
        case .openBookmark: return openBookmark()
        case .deleteBookmark: return deleteBookmark()
        case .libraryHits(let query, let results, let done): holdingList { $0.libraryHits(query, results, done: done) }
        case .searchHistoryLoaded(let earlier):
            search.restoreHistory(earlier)
            if let forward = search.repeatsAfterLoading {
                search.repeatsAfterLoading = nil
                return nextHit(forward: forward)
            }
        }
        return []
    }

    // MARK: - Panes, themes

    private mutating func switchPane() {
        if focus == .list, reader.entry != nil {
            focus = .reader
        } else {
            focus = .list
        }
    }

    private mutating func escape() {
        if showsResults {
            leaveResults(to: .dismissed)
        } else if search.isActive {
            clearSearch()
        } else if focus == .reader {
            focus = .list
        } else if !list.filter.text.isEmpty {
            _ = editFilter(.cancelInput)
        }
    }

    private mutating func cycleTheme() -> [Effect] {
        guard !themeNames.isEmpty else {
            message = StatusMessage("No other themes")
            return []
        }
        let next = themeNames.firstIndex(of: theme.name).map { (themeNames.index(after: $0)) % themeNames.count } ?? 0
        return [.loadTheme(themeNames[next])]
    }

    // MARK: - Loading

    /// `prepared`: the article laid out by the wiring, used when it fits the reader's width.
    mutating func articleLoaded(_ id: EntryID, _ article: Article, prepared: ArticleLayout? = nil) -> [Effect] {
        guard let index = entries.position(of: id) else { return [] }
        entries[index].attach(article)
        if search.isActive, search.scope == .allArticles || id == reader.entry || search.pendingJump?.entry == id {
            searchEntry(id)
        }
        if reader.pendingOpen == id, reader.entry == id, reader.layout != nil {
            // Read again (R): the new text, at the same place where it still exists.
            reader.pendingOpen = nil
            layOut(article, prepared: prepared)
            message = nil
            return []
        }
        if reader.pendingOpen == id {
            message = nil  // "Loading …" is over
            return open(id, prepared: prepared)
        }
        // A pending `n` goes on once the article's hits are found (see `hitsFound`).
        if let jump = search.pendingJump, jump.entry == id, search.hits[id] != nil {
            search.pendingJump = nil
            return jumpInto(id, forward: jump.forward)
        }
        return []
    }

    private mutating func loadFailed(_ id: EntryID, _ reason: String) {
        guard let index = entries.position(of: id) else { return }
        entries[index].loadError = reason
        if reader.pendingOpen == id { reader.pendingOpen = nil }
        if search.pendingJump?.entry == id { search.pendingJump = nil }
        message = StatusMessage("Cannot open \(entries[index].source.name): \(reason)", isError: true)
    }
}
