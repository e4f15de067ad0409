/// A run of blocks under one heading (or the lead, before the first heading).
public struct Section: Sendable, Equatable {
    /// The heading text; nil for the lead before the first heading.
    public var heading: String?
    /// The heading level, 1 (largest) to 6; the lead has level 0.
    public var level: Int
    /// Where the heading lies in the source, when it came from one line.
    public var headingSource: SourceLine?
    /// The paragraphs, list items, quotes and code blocks of the section.
    public var blocks: [Block]

    /// The section's name in the outline and the status line: its heading, `(lead)` for the
    /// lead, `(untitled)` for an empty heading (a Markdown `#` alone).
    public var name: String {
        guard let heading else { return "(lead)" }
        return heading.isEmpty ? "(untitled)" : heading
    }

    /// Creates a section.
    public init(heading: String?, level: Int, headingSource: SourceLine? = nil, blocks: [Block]) {
        self.heading = heading
        self.level = level
        self.headingSource = headingSource
        self.blocks = blocks
    }
}
