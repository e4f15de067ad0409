import FolioKit

/// Feeds fetched from the reader: `F` fetches a feed item's full text, `r` the subscriptions
/// (on a feed's header, that feed), both in the background with their progress on the status
/// line. What they bring joins the list as the background reading's news does: the list held
/// steady, the open article where it was (an item whose full text came opens at its top).
extension AppState {
    /// The note for `F` on what is not an item kept a file each (a subscription's).
    public static let notFeedItem = "Not a feed item: F fetches the full text of an item of a subscription"

    /// `F`: asks the wiring to fetch the full text of the open item (the selected one in the
    /// list); anything else says why not.
    mutating func fetchFullText() -> [Effect] {
        let id = focus == .reader && reader.entry != nil ? reader.entry : list.selectedFeed == nil ? list.selected : nil
        // A subscription's items are a file each; the full text is kept beside that file.
        guard let id, let entry = entries[id], entry.feed != nil, case .file(let path) = entry.source, path.hasSuffix(".xml"),
            entry.item == 0, entries.id(of: entry.source, item: 1) == nil
        else {
            message = StatusMessage(Self.notFeedItem, isError: true)
            return []
        }
        guard entry.article?.url != nil else {
            message = StatusMessage("This item has no link: there is no page to fetch", isError: true)
            return []
        }
        guard !feeds.fullText.contains(entry.source) else {
            message = StatusMessage("Fetching the full text of this item already")
            return []
        }
        feeds.fullText.append(entry.source)
        message = StatusMessage("fetching the full text of \(entry.title)")
        return [.fetchFullText(id)]
    }

    /// The wiring fetched (or could not fetch) the full text of the item file `source`: its
    /// entry takes the whole article, and an open reader shows it from its top (the text
    /// changed wholesale: no place in the summary has one in the article); a failure says why.
    mutating func fullTextFetched(_ source: ArticleSource, _ result: FullTextResult) {
        feeds.fullText.removeAll { $0 == source }
        guard case .fetched(let file, let prepared) = result else {
            if case .failed(let reason) = result { message = StatusMessage(reason, isError: true) }
            return
        }
        holdingList { $0.libraryUpdated(LibraryUpdate(read: [file], progress: $0.indexing)) }
        guard let id = entries.id(of: source, item: 0), let article = file.entries.first?.article else { return }
        if reader.entry == id, reader.pendingOpen == nil, reader.layout != nil {
            reader.pendingOpen = id
            _ = articleLoaded(id, article, prepared: prepared)
            setTop(0)
        }
        message = StatusMessage("full text  \(article.title)")
    }

    /// `r`: asks the wiring to fetch every subscription, or, on a feed's header in the list,
    /// that feed. The selection stays where it is while the new items come (the list is no
    /// longer untouched: see `hold`).
    mutating func fetchFeeds() -> [Effect] {
        guard feeds.fetch == nil else {
            message = StatusMessage("Fetching the feeds already")
            return []
        }
        var only: String?
        if focus == .list, let feed = list.selectedFeed {
            guard let address = feed.address else {
                message = StatusMessage("\(feed.name) is a file, not a subscription: R reads it again", isError: true)
                return []
            }
            only = address
        }
        list.isUntouched = false
        feeds.fetch = .starting
        return [.fetchFeeds(only: only)]
    }

    /// The fetch of the subscriptions is over: its summary on the status line, and the feeds'
    /// errors and names as they are now. The header of a failed feed without items goes once it is
    /// fetched well: a selection on it goes to the same feed's header under its feed's title,
    /// else to the first article.
    mutating func feedsFetched(_ report: FeedFetchReport) {
        feeds.fetch = nil
        if let errors = report.errors { feeds.errors = errors }
        if let names = report.names { feeds.names = names }
        message = StatusMessage(report.summary, isError: report.isError)
        let rows = listRows
        guard !showsResults, let feed = list.selectedFeed, !rows.contains(where: { $0.feed == feed }) else { return }
        list.selectedFeed = feed.address.flatMap { address in rows.first { $0.feed?.address == address }?.feed }
        if list.selectedFeed == nil { list.selected = shownEntries.first.map { entries[$0].id } }
        keepSelectionVisible()
    }
}
