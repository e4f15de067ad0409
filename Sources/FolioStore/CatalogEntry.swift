import FolioKit

/// What the article list shows for one file, kept so an unchanged file is not parsed again.
public struct CatalogEntry: Sendable, Equatable {
    /// The file and the stamp it had when it was parsed.
    public var stamp: FileStamp
    /// The format the file was read as.
    public var format: ArticleFormat
    /// The article's title.
    public var title: String
    /// The byline's name(s), if any.
    public var author: String?
    /// The publication date, if one was found.
    public var published: SimpleDate?
    /// The date line as written in the source, if any.
    public var publishedText: String?
    /// Estimated reading time in minutes.
    public var readingMinutes: Int
    /// Words in the article.
    public var wordCount: Int

    /// Creates an entry from known values.
    public init(
        stamp: FileStamp, format: ArticleFormat, title: String, author: String? = nil,
        published: SimpleDate? = nil, publishedText: String? = nil, readingMinutes: Int, wordCount: Int
    ) {
        self.stamp = stamp
        self.format = format
        self.title = title
        self.author = author
        self.published = published
        self.publishedText = publishedText
        self.readingMinutes = readingMinutes
        self.wordCount = wordCount
    }

    /// The entry for a parsed article read from the file with `stamp`.
    public init(article: Article, stamp: FileStamp) {
        self.init(
            stamp: stamp, format: article.format, title: article.title, author: article.author,
            published: article.published, publishedText: article.publishedText,
            readingMinutes: article.readingMinutes, wordCount: article.wordCount)
    }

    /// The path of the file.
    public var path: String { stamp.path }
}
