import FolioKit

/// Work the reducer asks the wiring to do; results come back as actions.
public enum Effect: Sendable, Equatable {
    /// Read and parse the entry's article again from its source, away from the thread that
    /// reads keys; send back `Action.articleLoaded(id, article)` (or `Action.articleLaidOut`,
    /// with the article laid out at `AppState.readerColumnWidth`) or
    /// `Action.loadFailed(id, message)`.
    case loadArticle(EntryID)
    /// Lay the entry's article (as the reader shows it) out `width` columns wide again, away
    /// from the thread that reads keys, for a long article whose width changed; send back
    /// `Action.articleRelaidOut`. A later request makes an earlier one that has not started moot.
    case layOutArticle(EntryID, Article, width: Int)
    /// Load the theme named so; send back `Action.themeLoaded(theme)`.
    case loadTheme(String)
    /// Open an address in the browser, without waiting for it; the address is absolute and
    /// http, https or mailto (`LinkTarget` has checked it). A failure is shown in the status line.
    case openLink(String)
    /// Fetch the web page at the address (as typed) and save it into the home library, in the
    /// background; send back `Action.pageSaved` with what became of it.
    case savePage(String)
    /// Fetch the page behind the feed item's link and keep it as the item's full text, in the
    /// background; send back `Action.fullTextFetched` with the item file read again.
    case fetchFullText(EntryID)
    /// Fetch the subscriptions (only the one at this address, when given) in the background,
    /// reporting `Action.feedFetchProgress`; read the new items (`Action.libraryUpdated`), then
    /// send back `Action.feedsFetched`.
    case fetchFeeds(only: String?)
    /// Quit folio.
    case quit
    /// Repaint the whole screen: the terminal may show what other programs wrote to it.
    case redraw

    // MARK: - Reading state (nothing is written with `--no-state`)
    /// Remember `anchor` as the reading position in `article` (the entry's).
    case savePosition(entry: EntryID, article: Article, anchor: LayoutAnchor)
    /// Look up the saved reading position of the entry (its article is loaded); send back
    /// `Action.positionLoaded` when there is one.
    case loadPosition(EntryID)
    /// Mark the entries' articles read or unread.
    case setRead(entries: [EntryID], isRead: Bool)
    /// Remember the article open at quit (nil: none), reopened on the next start.
    case setLastArticle(EntryID?)
    /// Remember the list's sort order for the next start.
    case keepSortOrder(SortOrder)
    /// Remember where the divider stands (`PaneSplit.shift`) for the next start.
    case keepDivider(shift: Int)
    /// Add a bookmark at `anchor` in the entry's article.
    case addBookmark(entry: EntryID, anchor: LayoutAnchor)
    /// Read every bookmark; send back `Action.bookmarksLoaded`.
    case listBookmarks
    /// Move the reader to bookmark `id` in the entry's article (open by now); send back
    /// `Action.positionLoaded`.
    case openBookmark(id: Int64, entry: EntryID)
    /// Delete bookmark `id`.
    case deleteBookmark(id: Int64)
    /// Read the library's files again in the background; report with `Action.libraryUpdated`,
    /// then `Action.rescanFinished` when the files found are read.
    case rescan
    /// Search the articles of `entries` (not loaded in the state) for `query` in the
    /// background, replacing any earlier library search (no entries: just stop it); report
    /// with `Action.libraryHits`.
    case searchLibrary(SearchQuery, entries: [EntryID])
    /// Read the search history kept from earlier runs; send back `Action.searchHistoryLoaded`
    /// (with none when nothing is kept).
    case loadSearchHistory
    /// Keep `query` as the newest in the search history (once, and only the latest entries).
    case saveSearch(String)
    /// Search articles in memory away from the thread that reads keys (see `SearchJob`),
    /// stopping the jobs of earlier searches; report each article's hits with `Action.hitsFound`.
    case searchArticles(SearchJob)
}
