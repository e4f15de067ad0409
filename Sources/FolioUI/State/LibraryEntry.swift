import FolioKit

/// One article in the library: what the list shows, and the article once it is loaded.
public struct LibraryEntry: Sendable, Equatable {
    /// The article's file.
    public var path: String
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

    /// Creates an entry for a file not read yet; the title is the file name made readable
    /// (its bytes that are not UTF-8 escaped, `\xff`: `PathBytes.text`).
    public init(path: String, isUnread: Bool = true) {
        self.path = path
        // On the bytes: a big library makes an entry per file before the first paint.
        let bytes = Array(path.utf8)
        var end = bytes.count
        while end > 1, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
        let start = bytes[..<end].lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 } ?? 0
        let name = bytes[start..<end]
        let dot = name.lastIndex(of: UInt8(ascii: "."))
        let stem = dot.map { name[..<$0] } ?? name
        title = PathBytes.text(String(decoding: stem.isEmpty ? name : stem, as: UTF8.self))
        self.isUnread = isUnread
    }

    /// Creates an entry from known details (a catalog's), the article not loaded.
    public init(
        path: String, title: String, author: String?, published: SimpleDate?, readingMinutes: Int?, isUnread: Bool
    ) {
        self.path = path
        self.title = title
        self.author = author
        self.published = published
        self.readingMinutes = readingMinutes
        self.isUnread = isUnread
    }

    /// Creates an entry for a parsed article.
    public init(article: Article, isUnread: Bool = true) {
        self.init(path: article.path, isUnread: isUnread)
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
