/// A leaf block of a Markdown document, before its inline content is read.
struct MarkdownBlock {
    /// What the block is.
    enum Kind: Equatable {
        /// An ATX or setext heading of the given level.
        case heading(Int)
        /// Running text (a paragraph, or the text of an HTML block) shown as the given kind:
        /// a paragraph, or the paragraph of a list item or block quote.
        case text(BlockKind)
        /// Fenced or indented code; its lines are kept verbatim.
        case code
    }

    /// What the block is.
    var kind: Kind
    /// The block's lines, container prefixes and (except for code) indentation removed.
    var lines: [MarkdownLine]
}
