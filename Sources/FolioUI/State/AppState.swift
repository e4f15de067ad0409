import FolioKit

/// Everything the screen shows, as a value: the library, the list, the reader, the search, the
/// popups, the theme and the terminal size. Keys become actions through the key map, and
/// `reduce(_:)` changes the state and returns the effects the wiring must perform. Today's
/// date comes in as state, so nothing here reads a clock, a file or a terminal.
public struct AppState: Sendable {
    /// The articles, in the order given (the list sorts and filters a view of them).
    public var entries: LibraryEntries
    /// A number that changes with every change of `entries` the list's rows depend on (see
    /// `ListRowsMemo`).
    var entriesVersion: UInt64 { entries.listVersion }
    /// The list's rows as last computed.
    let listRowsMemo = ListRowsMemo()
    /// Today's date, for relative ages ("2 yr ago").
    public var today: SimpleDate
    /// The theme every pane takes its styles from.
    public var theme: Theme
    /// The theme names `T` cycles through.
    public var themeNames: [String]
    /// The terminal width in columns.
    public private(set) var width: Int
    /// The terminal height in rows.
    public private(set) var height: Int
    /// The pane with focus.
    public var focus = Pane.list
    /// How the list and the reader share the width side by side.
    public var split = PaneSplit()
    /// The article list.
    public var list = ArticleListState()
    /// The reader pane.
    public var reader = ReaderState()
    /// The search bar and hits.
    public var search = SearchState()
    /// The address bar (`a`) and the pages being saved.
    public var address = AddressBar()
    /// Full texts and subscriptions being fetched, and the feeds' last errors.
    public var feeds = FeedActivity()
    /// The popup or overlay shown over the panes, if any.
    public var overlay: Overlay?
    /// A note or error for the status line, shown until the next key.
    public var message: StatusMessage?
    /// The key bindings.
    public var keyMap = KeyMap.standard
    /// How dates are shown: ages or dates in a format (the configuration's `[dates]`); set
    /// before articles are laid out.
    public var dates = DateStyle.standard
    /// How far the background reading of the library has got; nil when it is done.
    public var indexing: IndexingProgress?
    /// True from `R` until the wiring reports what the rescan found (`rescanning…` on the
    /// status line).
    public var isRescanning = false
    /// Effects asked for by code that cannot return them (opening an article while moving to
    /// a search hit); `reduce` returns them with the action's own.
    var deferredEffects: [Effect] = []
    /// True while keys that came together are applied: changes of the query or the filter
    /// then put their work off until the last of them (see `handle(keys:perform:)`).
    var defersEditWork = false

    /// Creates the state for a library. The first entry in the list's order is selected.
    public init(
        entries: [LibraryEntry], today: SimpleDate, theme: Theme = .fallback, themeNames: [String] = [],
        width: Int = 80, height: Int = 24
    ) {
        self.entries = LibraryEntries(entries)
        self.today = today
        self.theme = theme
        self.themeNames = themeNames
        self.width = width
        self.height = height
        list.selected = shownEntries.first.map { self.entries[$0].id }
    }

    /// Creates the state for articles already parsed, each read from the file at its path
    /// (articles of one file are its items, in the order given).
    public init(
        articles: [Article], today: SimpleDate, theme: Theme = .fallback, themeNames: [String] = [],
        width: Int = 80, height: Int = 24
    ) {
        var items: [String: Int] = [:]
        let entries = articles.map { article in
            defer { items[article.path, default: 0] += 1 }
            return LibraryEntry(article: article, item: items[article.path, default: 0])
        }
        self.init(entries: entries, today: today, theme: theme, themeNames: themeNames, width: width, height: height)
    }

    /// The screen's division into panes for the current size and mode.
    var geometry: ScreenGeometry {
        ScreenGeometry(
            width: width, height: height, focus: focus, inputOpen: isInputOpen, split: split)
    }

    /// True while a text input (search bar, filter prompt, address bar) takes the row above the
    /// status line.
    var isInputOpen: Bool { search.isEditing || list.isFiltering || address.isEditing }

    /// Sets the terminal size, laying the open article out again for the new width.
    mutating func setSize(width: Int, height: Int) -> [Effect] {
        self.width = max(0, width)
        self.height = max(0, height)
        let effects = relayout()
        keepSelectionVisible()
        return effects
    }
}

/// The two panes.
public enum Pane: Sendable, Equatable {
    /// The article list.
    case list
    /// The reader.
    case reader
}

/// What is shown over the panes.
public enum Overlay: Sendable, Equatable {
    /// The help overlay listing all keys, scrolled to a row.
    case help(top: Int)
    /// The section outline popup, with its selected section.
    case outline(selected: Int)
    /// The open article's links (`L`), with the selected one (an index into `Article.links`)
    /// and the link number being typed, if any.
    case links(selected: Int, typed: Int?)
    /// The bookmarks popup.
    case bookmarks(BookmarkList)
}

/// A note for the status line.
public struct StatusMessage: Sendable, Equatable {
    /// The text.
    public var text: String
    /// True for errors (shown in the error style).
    public var isError: Bool

    /// Creates a message.
    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}
