import Foundation

/// One article as folio understands it: metadata plus a list of sections.
///
/// Every reader (plain text, HTML, Markdown, feeds) produces this same model, so the list,
/// the reader pane, search and `folio dump` work the same for all formats.
public struct Article: Sendable, Equatable {
    /// The file the article came from (as given on the command line, or `-` for stdin).
    public var path: String
    /// The format the article was read as.
    public var format: ArticleFormat
    /// The article's title; never empty (readers fall back to the file name made readable).
    public var title: String
    /// The byline's name(s), e.g. `Kimberly` or `A and B`; nil when the article has none.
    public var author: String?
    /// The publication date, when one was found.
    public var published: SimpleDate?
    /// The date line as written in the source, e.g. `June 15, 2024 (1 month ago)`.
    public var publishedText: String?
    /// The sections in reading order; the first has a nil heading when the article has a lead.
    public var sections: [Section]
    /// Where the title, byline and date lines lie in the source (for search hits on them).
    public var header: ArticleHeader
    /// The article's links in reading order (readers number them like footnotes).
    public var links: [Link]
    /// The title of the feed the article came from, for feed items; nil otherwise.
    public var feed: String?
    /// The article's own address (a feed item's link), when known.
    public var url: String?
    /// The address of the feed a feed item came from, when the feed names it
    /// (`atom:link rel="self"`): items of one feed kept in many files group under it.
    public var feedURL: String?
    /// What the reader dropped from the end of the text as scraping debris (a link label such
    /// as `Read more`), kept so nothing goes without a trace: not part of the sections, not
    /// shown in the reader and not searched. nil when nothing was dropped.
    public var trailer: String?

    /// Creates an article; `wordCount` and `readingMinutes` are derived from the sections.
    public init(
        path: String, format: ArticleFormat, title: String, author: String? = nil,
        published: SimpleDate? = nil, publishedText: String? = nil, sections: [Section],
        header: ArticleHeader = ArticleHeader(), links: [Link] = [], feed: String? = nil
    ) {
        self.path = path
        self.format = format
        self.title = title
        self.author = author
        self.published = published
        self.publishedText = publishedText
        self.sections = sections
        self.header = header
        self.links = links
        self.feed = feed
    }

    /// Words in the title and all blocks (runs of non-space characters).
    public var wordCount: Int {
        sections.reduce(WordCounter.count(title)) { total, section in
            total + (section.heading.map(WordCounter.count) ?? 0)
                + section.blocks.reduce(0) { $0 + WordCounter.count($1.text) }
        }
    }

    /// Estimated reading time in whole minutes at 230 words a minute, at least 1.
    public var readingMinutes: Int { max(1, Int((Double(wordCount) / 230).rounded())) }

    /// All blocks of the article in reading order, with the index of the section each is in.
    public var allBlocks: [(section: Int, block: Block)] {
        sections.enumerated().flatMap { index, section in section.blocks.map { (index, $0) } }
    }
}

/// The formats folio reads.
public enum ArticleFormat: String, Sendable, Codable, CaseIterable {
    /// Scraped plain text (`.txt`).
    case plainText = "text"
    /// A saved web page.
    case html
    /// A Markdown file.
    case markdown
    /// An item of an RSS or Atom feed.
    case feed
}

/// Where an article's header lines (title, byline) lie in its source.
public struct ArticleHeader: Sendable, Equatable {
    /// The title as a searchable line, when it came from a source line.
    public var titleLine: SourceLine?
    /// The byline as written (e.g. `by Kimberly`), when it came from a source line.
    public var bylineLine: SourceLine?

    /// Creates a header description.
    public init(titleLine: SourceLine? = nil, bylineLine: SourceLine? = nil) {
        self.titleLine = titleLine
        self.bylineLine = bylineLine
    }
}

/// A single line of the source file: its 1-based number and its text (indentation removed,
/// with `column` saying where the text starts, 1-based in Unicode scalars).
public struct SourceLine: Sendable, Equatable {
    /// 1-based line number in the source file.
    public var line: Int
    /// 1-based column (in Unicode scalars) where `text` starts in that line; 0 when unknown.
    public var column: Int
    /// The line's text without leading indentation or the line ending.
    public var text: String

    /// Creates a source line.
    public init(line: Int, column: Int = 1, text: String) {
        self.line = line
        self.column = column
        self.text = text
    }
}
