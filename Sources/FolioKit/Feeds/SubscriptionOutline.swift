/// A subscription as an outline file gives it (OPML, newsboat's `urls`): an address, a name,
/// categories and whether to fetch full text. `folio feed import` adds these as subscriptions.
public struct SubscriptionOutline: Equatable, Sendable {
    /// The feed's address, as written.
    public var url: String
    /// Its name (an outline's `text` or `title`, newsboat's `"~Title"`).
    public var name: String?
    /// The feed's own title, when the file gives it apart from the name (OPML's `title`).
    public var title: String?
    /// Its categories: the folders it is nested in (`A/B`), and `category` attributes or tags.
    public var categories: [String]
    /// Fetch each new item's whole page (folio's own OPML attribute, `folio:fullText`).
    public var fullText: Bool

    /// An outline.
    public init(url: String, name: String? = nil, title: String? = nil, categories: [String] = [], fullText: Bool = false) {
        self.url = url
        self.name = name
        self.title = title
        self.categories = categories
        self.fullText = fullText
    }
}

/// What an import file gave: the subscriptions, and a note per line or outline skipped.
public struct OutlineImport: Equatable, Sendable {
    /// The subscriptions, in file order.
    public var outlines: [SubscriptionOutline] = []
    /// Notes on what was skipped, e.g. `line 4: query feeds are newsboat's own; skipped`.
    public var notes: [String] = []

    /// An import.
    public init(outlines: [SubscriptionOutline] = [], notes: [String] = []) {
        self.outlines = outlines
        self.notes = notes
    }

    /// Reads an import file: OPML when it starts with markup, else newsboat's `urls` file.
    public static func read(_ bytes: [UInt8]) -> Result<OutlineImport, OPMLDocument.NotOPML> {
        FormatDetector.startsWithMarkup(bytes) ? OPMLDocument.read(bytes) : .success(NewsboatURLs.read(bytes))
    }
}
