extension ArticleLayout: Equatable {
    /// Two layouts are equal when they show the same article at the same width in the same lines.
    public static func == (lhs: ArticleLayout, rhs: ArticleLayout) -> Bool {
        lhs.width == rhs.width && lhs.lines == rhs.lines && lhs.article == rhs.article
    }
}
