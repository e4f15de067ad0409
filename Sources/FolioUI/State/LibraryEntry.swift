import FolioKit

/// One article in the library: what the list shows, and the article once it is loaded.
public struct LibraryEntry: Sendable, Equatable {
    /// The entry's identity in the library (`LibraryEntries` gives it when the entry is added).
    public internal(set) var id = EntryID.unassigned
    /// Where the article comes from.
    public internal(set) var source: ArticleSource
    /// The article's place among its source's articles: 0 for a source of one article; a
    /// feed's items count from 0 in document order.
    public internal(set) var item: Int
    /// The title shown in the list.
    public var title: String
    /// The author, when known.
    public var author: String?
    /// The publication date, when known.
    public var published: SimpleDate?
    /// Estimated reading time in minutes, when known.
    public var readingMinutes: Int?
    /// The title of the feed the article is an item of, when it is one.
    public var feed: String?
    /// The address of that feed, when it names it: items of one feed kept in many files (the
    /// home library's) group under one header.
    public var feedURL: String?
    /// True until the article is opened.
    public var isUnread: Bool
    /// The parsed article, once loaded.
    public var article: Article?
    /// Why the article could not be loaded, if it could not.
    public var loadError: String?
    /// True when the article can be read again from its file whenever it is opened: the
    /// list then keeps only its details, and the article is let go when another one opens.
    public var isOnDisk = false

    /// Creates an entry for an article not read yet; the title is the source's name: a file's
    /// name made readable (its bytes that are not UTF-8 escaped, `\xff`: `PathBytes.text`),
    /// `standard input`, or a sample's name.
    public init(source: ArticleSource, item: Int = 0, isUnread: Bool = true) {
        self.source = source
        self.item = item
        self.isUnread = isUnread
        switch source {
        case .file(let path): title = Self.title(fromFileName: path)
        case .standardInput: title = "standard input"
        case .sample(let name): title = Self.title(fromFileName: name)
        }
    }

    /// A file's name without its folder and extension, made readable.
    private static func title(fromFileName path: String) -> String {
        // On the bytes: a big library makes an entry per file before the first paint.
        let bytes = Array(path.utf8)
        var end = bytes.count
        while end > 1, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
        let start = bytes[..<end].lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 } ?? 0
        let name = bytes[start..<end]
        let dot = name.lastIndex(of: UInt8(ascii: "."))
        let stem = dot.map { name[..<$0] } ?? name
        return PathBytes.text(String(decoding: stem.isEmpty ? name : stem, as: UTF8.self))
    }

    /// Creates an entry from known details (a catalog's), the article not loaded.
    public init(
        source: ArticleSource, item: Int = 0, title: String, author: String?, published: SimpleDate?, readingMinutes: Int?,
        isUnread: Bool
    ) {
        self.source = source
        self.item = item
        self.title = title
        self.author = author
        self.published = published
        self.readingMinutes = readingMinutes
        self.isUnread = isUnread
    }

    /// Creates an entry for a parsed article: item `item` of `source` (nil: the file at the
    /// article's path).
    public init(article: Article, source: ArticleSource? = nil, item: Int = 0, isUnread: Bool = true) {
        self.init(source: source ?? .file(article.path), item: item, isUnread: isUnread)
        attach(article)
    }

    /// Takes the list details from a parsed article and keeps the article.
    public mutating func attach(_ article: Article) {
        self.article = article
        title = article.title
        author = article.author
        published = article.published
        readingMinutes = article.readingMinutes
        feed = article.feed
        feedURL = article.feedURL
        loadError = nil
    }
}
