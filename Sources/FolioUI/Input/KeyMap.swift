/// The key bindings, as data: the app looks keys up here and the help overlay is generated
/// from it. Keys follow less and vim.
public struct KeyMap: Sendable, Equatable {
    /// All bindings, in the order the help overlay lists them.
    public var bindings: [KeyBinding]

    /// Creates a key map.
    public init(_ bindings: [KeyBinding]) { self.bindings = bindings }

    /// The action a key triggers in a context (looking in its fallback contexts too), if any.
    /// In a text field a character is typed: the character bindings of the contexts it falls
    /// back to (`Q` anywhere) do not apply there.
    public func action(for key: Key, in context: KeyContext) -> Action? {
        for candidate in context.lookupOrder {
            if candidate != context, context.takesText, case .character = key { continue }
            if let binding = bindings.first(where: { $0.context == candidate && $0.keys.contains(key) }) {
                return binding.action
            }
        }
        return nil
    }

    /// folio's keys.
    public static let standard = KeyMap(
        [
            KeyBinding([.control("c")], .forceQuit, "quit", in: .anywhere),
            KeyBinding([.control("l")], .redraw, "redraw the screen", in: .anywhere),
            KeyBinding([.character("Q")], .forceQuit, "quit from anywhere (typed in text fields)", in: .anywhere),

            KeyBinding([.character("q")], .quit, "quit; in the reader of one pane: to the list", in: .browsing),
            KeyBinding([.character("?")], .showHelp, "show this help", in: .browsing),
            KeyBinding([.character("/")], .startSearch, "search (then n/N for next/previous hit)", in: .browsing),
            KeyBinding([.character("n")], .nextHit(forward: true), "next search hit", in: .browsing),
            KeyBinding([.character("N")], .nextHit(forward: false), "previous search hit (search backward)", in: .browsing),
            KeyBinding([.tab], .switchPane, "switch between list and reader", in: .browsing),
            KeyBinding([.character("T")], .cycleTheme, "next theme", in: .browsing),
            KeyBinding([.character("<")], .moveDivider(-PaneSplit.step), "move the divider left (a narrower list)", in: .browsing),
            KeyBinding([.character(">")], .moveDivider(PaneSplit.step), "move the divider right (a wider list)", in: .browsing),
            KeyBinding([.character("'")], .showBookmarks, "list bookmarks", in: .browsing),
            KeyBinding([.character("R")], .rescan, "read the folders and the open article again", in: .browsing),
            KeyBinding([.character("U")], .toggleRead, "mark read / unread", in: .browsing),
            KeyBinding([.character("A")], .markListedRead, "mark every article listed read", in: .browsing),
            KeyBinding([.character(".")], .nextUnread, "open the next unread article", in: .browsing),
            KeyBinding([.character("a")], .startAddress, "save a web page into the home library", in: .browsing),
            KeyBinding([.character("r")], .fetchFeeds, "fetch the feeds (on a feed's header: that feed)", in: .browsing),
            KeyBinding([.character("F")], .fetchFullText, "fetch a feed item's full text (its page)", in: .browsing),
            KeyBinding([.character("="), .control("g")], .showPlace, "where am I: file, lines, section", in: .browsing),

            KeyBinding([.character("j"), .down], .moveSelection(1), "next article", in: .list),
            KeyBinding([.character("k"), .up], .moveSelection(-1), "previous article", in: .list),
            KeyBinding([.character("g"), .home], .selectEnd(last: false), "first article", in: .list),
            KeyBinding([.character("G"), .end], .selectEnd(last: true), "last article", in: .list),
            KeyBinding([.character(" "), .pageDown, .control("f")], .pageList(1), "down a page", in: .list),
            KeyBinding([.character("b"), .pageUp, .control("b")], .pageList(-1), "up a page", in: .list),
            KeyBinding([.control("d")], .halfPageList(1), "down half a page", in: .list),
            KeyBinding([.control("u")], .halfPageList(-1), "up half a page", in: .list),
            KeyBinding([.enter, .character("l"), .right], .openSelected, "open the article; on a feed: fold / unfold", in: .list),
            KeyBinding([.character("z")], .foldFeed(nil), "fold / unfold the feed", in: .list),
            KeyBinding([.character("-"), .character("h"), .left], .foldFeed(true), "fold the feed (from any of its items)", in: .list),
            KeyBinding([.character("+")], .foldFeed(false), "unfold the feed", in: .list),
            KeyBinding([.character("s")], .toggleSort, "sort: date / title (results: rank, date, title)", in: .list),
            KeyBinding([.character("f")], .startFilter, "filter by title or author", in: .list),
            KeyBinding([.escape], .escape, "leave results, clear highlights, then the filter", in: .list),

            KeyBinding([.character("j"), .down, .control("e")], .scrollLines(1), "scroll down a line", in: .reader),
            KeyBinding([.character("k"), .up, .control("y")], .scrollLines(-1), "scroll up a line", in: .reader),
            KeyBinding([.character("d"), .control("d")], .scrollHalfPage(1), "down half a page", in: .reader),
            KeyBinding([.character("u"), .control("u")], .scrollHalfPage(-1), "up half a page", in: .reader),
            KeyBinding([.character(" "), .pageDown, .control("f")], .scrollPage(1), "down a page", in: .reader),
            KeyBinding([.character("b"), .pageUp, .control("b")], .scrollPage(-1), "up a page", in: .reader),
            KeyBinding([.character("g"), .home], .scrollEnd(bottom: false), "top of the article", in: .reader),
            KeyBinding([.character("G"), .end], .scrollEnd(bottom: true), "bottom of the article", in: .reader),
            KeyBinding([.character("]")], .nextSection, "next section", in: .reader),
            KeyBinding([.character("[")], .previousSection, "previous section", in: .reader),
            KeyBinding([.character("o")], .showOutline, "outline of sections", in: .reader),
            KeyBinding([.character("L")], .showLinks, "list the links (numbered [1], [2]… in the text)", in: .reader),
            KeyBinding([.character("m")], .addBookmark, "bookmark this place", in: .reader),
            KeyBinding([.character("J")], .openAdjacent(1), "open the next article in the list", in: .reader),
            KeyBinding([.character("K")], .openAdjacent(-1), "open the previous article in the list", in: .reader),
        ]
            + (1...9).map { number in
                KeyBinding([.character(Character(String(number)))], .jumpToSection(number), "go to section N", in: .reader)
            }
            + [
                KeyBinding([.escape], .escape, "leave results, clear highlights, else the list", in: .reader),
                KeyBinding([.character("h"), .left], .back, "back to the list", in: .reader),

                KeyBinding([.character("j"), .down], .moveOutline(1), "next section", in: .outline),
                KeyBinding([.character("k"), .up], .moveOutline(-1), "previous section", in: .outline),
                KeyBinding([.enter], .openOutlineSection, "go to the section", in: .outline),
                KeyBinding([.character("q"), .escape, .character("o")], .closeOverlay, "close", in: .outline),

                KeyBinding([.character("j"), .down], .moveLinks(1), "next link", in: .links),
                KeyBinding([.character("k"), .up], .moveLinks(-1), "previous link", in: .links),
                KeyBinding([.enter], .openSelectedLink, "open in the browser (--browser or $BROWSER)", in: .links),
                KeyBinding([.character("a")], .saveSelectedLink, "save the link's page into the home library", in: .links),
            ]
            + (0...9).map { digit in
                KeyBinding([.character(Character(String(digit)))], .typeLinkDigit(digit), "select link N", in: .links)
            }
            + [
                KeyBinding([.character("q"), .escape, .character("L")], .closeOverlay, "close", in: .links),

                KeyBinding([.character("j"), .down], .moveBookmarkSelection(1), "next bookmark", in: .bookmarks),
                KeyBinding([.character("k"), .up], .moveBookmarkSelection(-1), "previous bookmark", in: .bookmarks),
                KeyBinding([.enter], .openBookmark, "go to the bookmark", in: .bookmarks),
                KeyBinding([.character("d")], .deleteBookmark, "delete the bookmark", in: .bookmarks),
                KeyBinding([.character("q"), .escape, .character("'")], .closeOverlay, "close", in: .bookmarks),

                KeyBinding([.character("j"), .down], .scrollHelp(1), "scroll down", in: .help),
                KeyBinding([.character("k"), .up], .scrollHelp(-1), "scroll up", in: .help),
                KeyBinding([.character(" "), .pageDown], .scrollHelp(10), "scroll down a page", in: .help),
                KeyBinding([.character("b"), .pageUp], .scrollHelp(-10), "scroll up a page", in: .help),
                KeyBinding([.character("q"), .escape, .character("?")], .closeOverlay, "close", in: .help),

                KeyBinding([.enter], .submit, "keep the search, close the bar", in: .searchInput),
                KeyBinding([.escape], .cancelInput, "cancel, back to where you were", in: .searchInput),
                KeyBinding([.control("c")], .cancelInput, "cancel, back to where you were", in: .searchInput),
            ]
            + KeyMap.lineEditing(in: .searchInput)
            + [
                KeyBinding([.up], .recallHistory(-1), "earlier search (beginning with what is typed)", in: .searchInput),
                KeyBinding([.down], .recallHistory(1), "later search, then back to what was typed", in: .searchInput),
                KeyBinding([.control("r")], .toggleRegex, "regular expression on/off", in: .searchInput),
                KeyBinding([.control("o")], .toggleWholeWord, "whole words only on/off", in: .searchInput),
                KeyBinding([.tab], .toggleScope, "this article / all articles", in: .searchInput),

                KeyBinding([.enter], .submit, "keep the filter", in: .filterInput),
                KeyBinding([.escape], .cancelInput, "clear the filter", in: .filterInput),
                KeyBinding([.control("c")], .cancelInput, "clear the filter", in: .filterInput),
            ]
            + KeyMap.lineEditing(in: .filterInput)
            + [
                KeyBinding([.enter], .submit, "fetch the page and save it into the home library", in: .addressInput),
                KeyBinding([.escape, .control("c")], .cancelInput, "cancel", in: .addressInput),
            ]
            + KeyMap.lineEditing(in: .addressInput))
}
