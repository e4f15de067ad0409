import FolioKit

/// Everything that can happen to the app: what keys mean, and what the wiring reports back.
/// `AppState.reduce(_:)` applies an action.
public enum Action: Sendable, Equatable {
    // MARK: - Anywhere
    /// Close what is on top (`q`): the popup or overlay that is open, else the reader when it
    /// covers a list of several articles (one pane at a time); else quit folio.
    case quit
    /// Quit at once, whatever is open (Ctrl-C, `Q`).
    case forceQuit
    /// Show the help overlay.
    case showHelp
    /// Close the popup or overlay that is open.
    case closeOverlay
    /// Switch focus between the list and the reader.
    case switchPane
    /// Load the next theme in the theme list.
    case cycleTheme
    /// Esc outside input: leave the search results in the list, else clear search highlights,
    /// else go back to the list.
    case escape
    /// Show where the view is (`=`, Ctrl-G): the file, the lines shown and the section.
    case showPlace
    /// Repaint the whole screen, as if the terminal had forgotten what it shows (Ctrl-L).
    case redraw
    /// Move the divider between the list and the reader by columns (negative: to the left).
    case moveDivider(Int)

    // MARK: - List
    /// Move the list selection by a number of entries.
    case moveSelection(Int)
    /// Select the first (false) or last (true) entry.
    case selectEnd(last: Bool)
    /// Move the list by pages (1 down, -1 up): the view and the selection move together.
    case pageList(Int)
    /// Move the list by half pages (1 down, -1 up).
    case halfPageList(Int)
    /// Open the selected article (on a feed's header: fold or unfold the feed).
    case openSelected
    /// Fold (true) or unfold (false) the feed of the selected row, or toggle it (nil).
    case foldFeed(Bool?)
    /// Toggle sorting by date and by title.
    case toggleSort
    /// Open the filter prompt.
    case startFilter

    // MARK: - Reader
    /// Scroll by lines (negative is up).
    case scrollLines(Int)
    /// Scroll by half a page (1 down, -1 up).
    case scrollHalfPage(Int)
    /// Scroll by a page (1 down, -1 up).
    case scrollPage(Int)
    /// Go to the top (false) or bottom (true) of the article.
    case scrollEnd(bottom: Bool)
    /// Go back to the list.
    case back
    /// Put the next section's heading at the top.
    case nextSection
    /// Put the previous section's heading (or this one's, when below it) at the top.
    case previousSection
    /// Jump to section N (1-based).
    case jumpToSection(Int)
    /// Open the outline popup.
    case showOutline
    /// Open the popup listing the article's links.
    case showLinks

    // MARK: - Popups
    /// Scroll the help overlay by rows.
    case scrollHelp(Int)
    /// Move the outline selection.
    case moveOutline(Int)
    /// Jump to the selected section.
    case openOutlineSection
    /// Move the links popup's selection.
    case moveLinks(Int)
    /// Type a digit of a link number in the links popup (selects link N).
    case typeLinkDigit(Int)
    /// Open the selected link in the browser.
    case openSelectedLink
    /// Save the selected link's page into the home library (as `startAddress` and Enter would).
    case saveSelectedLink

    // MARK: - Search
    /// Open the search bar.
    case startSearch
    /// Go to the next (true) or previous (false) hit.
    case nextHit(forward: Bool)

    // MARK: - Text input (search bar and filter prompt)
    /// Type a character.
    case insert(Character)
    /// Insert pasted text in one piece (line breaks become spaces).
    case paste(String)
    /// Delete before the cursor (closes an empty input).
    case deleteBackward
    /// Delete the character under the cursor.
    case deleteForward
    /// Move the cursor (negative is left).
    case moveCursor(Int)
    /// Move the cursor to the start (false) or the end (true) of the input.
    case moveCursorToEnd(Bool)
    /// Move the cursor to the next word's end (true) or this or the last word's start (false).
    case moveWord(forward: Bool)
    /// Delete from the start of the input to the cursor (Ctrl-U).
    case deleteToStart
    /// Delete from the cursor to the end of the input (Ctrl-K).
    case deleteToEnd
    /// Delete the word before the cursor (Ctrl-W).
    case deleteWord
    /// Enter: keep the search or filter and close the input.
    case submit
    /// Esc: cancel the search (back to where it started) or clear the filter.
    case cancelInput
    /// Recall an earlier (-1) or later (1) search that begins with what was typed.
    case recallHistory(Int)
    /// Toggle regular expressions.
    case toggleRegex
    /// Toggle searching this article or all articles.
    case toggleScope
    /// Toggle matching whole words only.
    case toggleWholeWord

    // MARK: - Saving pages
    /// Open the address bar, to save a web page into the home library.
    case startAddress
    /// The wiring saved the page at the address, or could not (after `Effect.savePage`).
    case pageSaved(String, PageSaveResult)

    // MARK: - Feeds
    /// Fetch the full text of the feed item selected (in the reader: the open one), in the
    /// background (`F`).
    case fetchFullText
    /// The wiring fetched the full text of the item file, or could not (after
    /// `Effect.fetchFullText`).
    case fullTextFetched(ArticleSource, FullTextResult)
    /// Fetch the subscriptions in the background (`r`); on a feed's header, that feed only.
    case fetchFeeds
    /// How far the fetch of the subscriptions has got.
    case feedFetchProgress(FeedFetchProgress)
    /// The fetch of the subscriptions is over (its new items read before): what it came to.
    case feedsFetched(FeedFetchReport)
    /// The wiring read each feed's last error (`Subscription.lastError`), by address, and,
    /// when the list shows the home library's feeds, each subscription's name (see
    /// `FeedActivity.names`).
    case feedErrorsLoaded([String: String], names: [String: String])

    // MARK: - Events
    /// The terminal changed size.
    case resize(width: Int, height: Int)
    /// A mouse event.
    case mouse(MouseEvent)
    /// The wiring loaded the entry's article (after `Effect.loadArticle`).
    case articleLoaded(EntryID, Article)
    /// The wiring could not load the entry's article; the message says why.
    case loadFailed(EntryID, String)
    /// The wiring loaded a theme (after `Effect.loadTheme`).
    case themeLoaded(Theme)
    /// The wiring loaded the entry's article and laid it out for the reader (after
    /// `Effect.loadArticle`): like `articleLoaded`, without laying it out again.
    case articleLaidOut(EntryID, ArticleLayout)
    /// The open article laid out again for a new width (after `Effect.layOutArticle`): the
    /// reader shows it from its reading position, when the width is still the reader's.
    case articleRelaidOut(EntryID, ArticleLayout)
    /// More of the entry's text arrived (standard input still being read): its article as far
    /// as it goes, laid out for the reader; an open reader keeps its place.
    case articleUpdated(EntryID, ArticleLayout)
    /// Hits the wiring found in an article in memory (after `Effect.searchArticles`).
    case hitsFound(FoundHits)

    // MARK: - Read marks
    /// Mark the selected article (in the reader: the open one) read when it is unread, else
    /// unread; on a feed's header, every item of the feed.
    case toggleRead
    /// Mark every article the list shows (filtered) read.
    case markListedRead
    /// Open the next unread article in the list's order, after the selected or open one.
    case nextUnread
    /// Open the next (1) or previous (-1) article in the list's order from the reader.
    case openAdjacent(Int)

    // MARK: - Library and reading state
    /// Read the library's files again: pick up added, changed and removed files (`R`).
    case rescan
    /// The wiring read files in the background, or found files added or gone.
    case libraryUpdated(LibraryUpdate)
    /// The rescan `R` asked for is done (its files read): what it found.
    case rescanFinished(RescanSummary)
    /// The wiring found where the reader was in the entry's article (after
    /// `Effect.loadPosition` or `Effect.openBookmark`).
    case positionLoaded(EntryID, LayoutAnchor)
    /// Set a bookmark where the reader is (`m`).
    case addBookmark
    /// Open the bookmarks popup (`'`); the wiring answers with `bookmarksLoaded`.
    case showBookmarks
    /// The wiring read the bookmarks (after `Effect.listBookmarks`).
    case bookmarksLoaded([BookmarkItem])
    /// Move the bookmarks popup's selection.
    case moveBookmarkSelection(Int)
    /// Go to the selected bookmark.
    case openBookmark
    /// Delete the selected bookmark.
    case deleteBookmark
    /// Hits the wiring found in the background for `query` (after `Effect.searchLibrary`);
    /// `done` when the search is complete.
    case libraryHits(SearchQuery, [LibraryHits], done: Bool)
    /// The wiring read the search history kept from earlier runs, oldest first.
    case searchHistoryLoaded([String])
}
