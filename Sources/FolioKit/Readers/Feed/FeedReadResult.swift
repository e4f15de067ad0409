/// What `FeedReader` found in a feed file.
public struct FeedReadResult: Sendable, Equatable {
    /// The feed's title, nil when it has none.
    public var title: String?
    /// One article per item or entry, in document order.
    public var articles: [Article]
    /// Problems met (at most one per kind), e.g. that the XML is not well-formed; the
    /// articles hold what could still be read.
    public var warnings: [String]

    /// Creates a result.
    public init(title: String?, articles: [Article], warnings: [String]) {
        self.title = title
        self.articles = articles
        self.warnings = warnings
    }
}
