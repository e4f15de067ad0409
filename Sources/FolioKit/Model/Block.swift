/// One unit of body text: a paragraph, list item, quote or code block.
public struct Block: Sendable, Equatable {
    /// What kind of block this is.
    public var kind: BlockKind
    /// The block's text. Paragraphs are one line (hard wraps joined with a space); code keeps
    /// its newlines.
    public var text: String
    /// Where the block's text came from: one segment per source line, in order. A search hit
    /// at a UTF-8 offset of `text` maps to a source line and column through these.
    public var source: [SourceSegment]
    /// Styled stretches of `text` (emphasis, code, links), in no particular order.
    public var spans: [InlineSpan] = []

    /// Creates a block.
    public init(kind: BlockKind, text: String, source: [SourceSegment] = [], spans: [InlineSpan] = []) {
        self.kind = kind
        self.text = text
        self.source = source
        self.spans = spans
    }

    /// The source line and 1-based column (in Unicode scalars) of a UTF-8 offset into `text`,
    /// or nil when the block has no source mapping. (A segment of column 0 knows only its line.)
    public func sourcePosition(ofUTF8Offset offset: Int) -> (line: Int, column: Int)? {
        guard let segment = source.last(where: { $0.textOffset <= offset }) else { return nil }
        let utf8 = Array(text.utf8)
        let start = min(segment.textOffset, utf8.count)
        let end = min(max(offset, start), utf8.count)
        // Count scalars: every byte that is not a UTF-8 continuation byte starts one.
        var scalars = 0
        for byte in utf8[start..<end] where byte & 0xC0 != 0x80 { scalars += 1 }
        return (segment.line, segment.column + scalars)
    }
}

/// The kinds of block.
public enum BlockKind: String, Sendable, Codable, CaseIterable {
    /// A paragraph of running text (also a table row, cells joined by ` | `).
    case paragraph
    /// One item of a bulleted or numbered list (the marker is not part of the text).
    case listItem = "list_item"
    /// A block quotation.
    case quote
    /// Preformatted code.
    case code
}

/// Maps a stretch of a block's text back to a source line.
public struct SourceSegment: Sendable, Equatable {
    /// UTF-8 offset in the block's text where this line's text starts.
    public var textOffset: Int
    /// 1-based line number in the source file.
    public var line: Int
    /// 1-based column (in Unicode scalars) in the source line where the text starts; 0 when
    /// only the line is known (a web page's text, whose markup libxml2 has read away).
    public var column: Int

    /// Creates a segment.
    public init(textOffset: Int, line: Int, column: Int) {
        self.textOffset = textOffset
        self.line = line
        self.column = column
    }
}
