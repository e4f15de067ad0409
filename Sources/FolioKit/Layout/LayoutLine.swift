/// One line of a laid-out article: what it shows, how it looks and where its text comes from.
public struct LayoutLine: Sendable, Equatable {
    /// The line as shown, bullet or quote bar included; never wider than the layout.
    public var text: String
    /// The style role of the line.
    public var role: ThemeRole
    /// The part of the article the line shows.
    public var content: LineContent
    /// UTF-8 offsets of the part this line shows, within the text of `content.place` as shown:
    /// with the footnote numbers of its links (`[1]`) in it.
    public var range: Range<Int>
    /// The column where that part starts (after a bullet, quote bar or indent).
    public var textColumn: Int
    /// Inline styles on the line (emphasis, strong, code, links and their footnote numbers),
    /// in the order they nest: a later span is drawn over an earlier one.
    public var spans: [LineSpan]

    /// Creates a line.
    public init(
        text: String, role: ThemeRole, content: LineContent, range: Range<Int> = 0..<0, textColumn: Int = 0,
        spans: [LineSpan] = []
    ) {
        self.text = text
        self.role = role
        self.content = content
        self.range = range
        self.textColumn = textColumn
        self.spans = spans
    }
}

/// Columns of a layout line drawn in an inline style.
public struct LineSpan: Sendable, Equatable {
    /// The columns, counted from the start of the line.
    public var columns: Range<Int>
    /// The role they are drawn in, over the line's own role.
    public var role: ThemeRole

    /// Creates a span.
    public init(columns: Range<Int>, role: ThemeRole) {
        self.columns = columns
        self.role = role
    }
}

/// The part of an article a layout line shows.
public enum LineContent: Sendable, Hashable {
    /// Part of the (wrapped) title.
    case title
    /// The byline.
    case byline
    /// The date, age and reading time.
    case meta
    /// An empty line between parts.
    case blank
    /// Part of the heading of section `section`.
    case heading(section: Int)
    /// Part of block `block` of section `section`.
    case block(section: Int, block: Int)

    /// The searchable text the line shows part of, if any (search hits use the same places).
    public var place: TextPlace? {
        switch self {
        case .title: return .title
        case .byline: return .byline
        case .meta, .blank: return nil
        case .heading(let section): return .heading(section: section)
        case .block(let section, let block): return .block(section: section, block: block)
        }
    }
}

/// A reading position that survives a re-layout: a part of the article and a UTF-8 offset in
/// its text. The line showing it is found again after a resize.
public struct LayoutAnchor: Sendable, Hashable {
    /// The part of the article.
    public var content: LineContent
    /// UTF-8 offset within that part's text.
    public var offset: Int

    /// Creates an anchor.
    public init(content: LineContent, offset: Int = 0) {
        self.content = content
        self.offset = offset
    }
}
