/// A styled stretch of a block's text, e.g. the emphasised words of a Markdown paragraph.
public struct InlineSpan: Sendable, Equatable {
    /// UTF-8 offsets into the block's text.
    public var range: Range<Int>
    /// How the stretch is styled.
    public var style: InlineStyle

    /// Creates a span.
    public init(range: Range<Int>, style: InlineStyle) {
        self.range = range
        self.style = style
    }
}

/// The inline styles a reader can record.
public enum InlineStyle: Sendable, Equatable {
    /// Emphasis (usually italic).
    case emphasis
    /// Strong emphasis (usually bold).
    case strong
    /// A code span.
    case code
    /// A link; the value is its index in `Article.links`.
    case link(Int)
}
