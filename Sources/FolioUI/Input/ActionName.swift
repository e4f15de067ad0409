/// The names a configuration file gives actions (`next-section`, `down`, `toggle-sort`), each
/// with the context it belongs to. A key bound in a context may take the actions of that
/// context and of the contexts it falls back to (`KeyContext.lookupOrder`): in the reader,
/// `next-section`, `search` and `force-quit`, but not the list's `toggle-sort`. The same name
/// means the same kind of thing in each context (`down` moves the list's selection, scrolls
/// the reader, moves a popup's selection).
public struct ActionName: Sendable, Equatable {
    /// The name, in kebab case.
    public var name: String
    /// The action.
    public var action: Action
    /// The context the action belongs to.
    public var context: KeyContext

    /// The name that unbinds a key.
    public static let unbound = "none"

    /// Every name, by context.
    public static let all: [ActionName] = {
        var names: [ActionName] = []
        func add(_ context: KeyContext, _ pairs: [(String, Action)]) {
            names += pairs.map { ActionName(name: $0.0, action: $0.1, context: context) }
        }
        add(.anywhere, [("force-quit", .forceQuit), ("redraw", .redraw)])
        add(
            .browsing,
            [
                ("quit", .quit), ("help", .showHelp), ("search", .startSearch), ("next-hit", .nextHit(forward: true)),
                ("previous-hit", .nextHit(forward: false)), ("switch-pane", .switchPane), ("next-theme", .cycleTheme),
                ("divider-left", .moveDivider(-PaneSplit.step)), ("divider-right", .moveDivider(PaneSplit.step)),
                ("bookmarks", .showBookmarks), ("rescan", .rescan), ("toggle-read", .toggleRead),
                ("mark-listed-read", .markListedRead), ("next-unread", .nextUnread), ("where", .showPlace),
                ("save-page", .startAddress), ("fetch-feeds", .fetchFeeds), ("fetch-full-text", .fetchFullText),
            ])
        add(
            .list,
            [
                ("down", .moveSelection(1)), ("up", .moveSelection(-1)), ("first", .selectEnd(last: false)),
                ("last", .selectEnd(last: true)), ("page-down", .pageList(1)), ("page-up", .pageList(-1)),
                ("half-page-down", .halfPageList(1)), ("half-page-up", .halfPageList(-1)), ("open", .openSelected),
                ("toggle-fold", .foldFeed(nil)), ("fold", .foldFeed(true)), ("unfold", .foldFeed(false)),
                ("toggle-sort", .toggleSort), ("filter", .startFilter), ("escape", .escape),
            ])
        add(
            .reader,
            [
                ("down", .scrollLines(1)), ("up", .scrollLines(-1)), ("half-page-down", .scrollHalfPage(1)),
                ("half-page-up", .scrollHalfPage(-1)), ("page-down", .scrollPage(1)), ("page-up", .scrollPage(-1)),
                ("top", .scrollEnd(bottom: false)), ("bottom", .scrollEnd(bottom: true)), ("next-section", .nextSection),
                ("previous-section", .previousSection), ("outline", .showOutline), ("links", .showLinks),
                ("bookmark", .addBookmark), ("next-article", .openAdjacent(1)), ("previous-article", .openAdjacent(-1)),
                ("escape", .escape), ("back", .back),
            ] + (1...9).map { ("section-\($0)", .jumpToSection($0)) })
        add(.outline, [("down", .moveOutline(1)), ("up", .moveOutline(-1)), ("open", .openOutlineSection), ("close", .closeOverlay)])
        add(
            .links,
            [
                ("down", .moveLinks(1)), ("up", .moveLinks(-1)), ("open", .openSelectedLink), ("save", .saveSelectedLink),
                ("close", .closeOverlay),
            ]
                + (0...9).map { ("link-digit-\($0)", .typeLinkDigit($0)) })
        add(
            .bookmarks,
            [
                ("down", .moveBookmarkSelection(1)), ("up", .moveBookmarkSelection(-1)), ("open", .openBookmark),
                ("delete", .deleteBookmark), ("close", .closeOverlay),
            ])
        add(
            .help,
            [
                ("down", .scrollHelp(1)), ("up", .scrollHelp(-1)), ("page-down", .scrollHelp(10)),
                ("page-up", .scrollHelp(-10)), ("close", .closeOverlay),
            ])
        for context in [KeyContext.searchInput, .filterInput, .addressInput] {
            add(
                context,
                [
                    ("submit", .submit), ("cancel", .cancelInput), ("delete-backward", .deleteBackward),
                    ("delete-forward", .deleteForward), ("left", .moveCursor(-1)), ("right", .moveCursor(1)),
                    ("word-left", .moveWord(forward: false)), ("word-right", .moveWord(forward: true)),
                    ("line-start", .moveCursorToEnd(false)), ("line-end", .moveCursorToEnd(true)),
                    ("delete-word", .deleteWord), ("delete-to-start", .deleteToStart), ("delete-to-end", .deleteToEnd),
                ])
        }
        add(
            .searchInput,
            [
                ("history-previous", .recallHistory(-1)), ("history-next", .recallHistory(1)),
                ("toggle-regex", .toggleRegex), ("toggle-whole-word", .toggleWholeWord), ("toggle-scope", .toggleScope),
            ])
        return names
    }()

    /// The names a key bound in `context` may take: its own, then those of the contexts it
    /// falls back to (a name of its own hides one of the same name further on).
    public static func names(in context: KeyContext) -> [ActionName] {
        var seen: Set<String> = []
        return context.lookupOrder.flatMap { candidate in all.filter { $0.context == candidate } }.filter {
            seen.insert($0.name).inserted
        }
    }

    /// The action `name` means in `context`, if any.
    public static func action(named name: String, in context: KeyContext) -> Action? {
        names(in: context).first { $0.name == name }?.action
    }

    /// The name of `action` for a key bound in `context`, if it has one there.
    public static func name(of action: Action, in context: KeyContext) -> String? {
        names(in: context).first { $0.action == action }?.name
    }
}

extension KeyContext {
    /// The contexts in the order the help overlay (and `folio config`) lists them.
    public static let helpOrder: [KeyContext] = [
        .browsing, .list, .reader, .searchInput, .filterInput, .addressInput, .outline, .links, .bookmarks, .help, .anywhere,
    ]

    /// The name of the context in a configuration file's `[keys.NAME]`: `list`, `reader`,
    /// `browsing`, `search`, `filter`, `address`, `outline`, `links`, `bookmarks`, `help`, `anywhere`.
    public var configName: String {
        switch self {
        case .searchInput: return "search"
        case .filterInput: return "filter"
        case .addressInput: return "address"
        default: return rawValue
        }
    }

    /// The context a configuration file names so, if any.
    public init?(configName: String) {
        guard let context = KeyContext.allCases.first(where: { $0.configName == configName }) else { return nil }
        self = context
    }
}
