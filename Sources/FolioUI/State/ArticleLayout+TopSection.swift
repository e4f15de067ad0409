import FolioKit

extension ArticleLayout {
    /// The section the status line names for a view whose first line is `top`: the section of
    /// the first line there that shows text. A heading at the top is its own section's; a
    /// paragraph's line is its section's; blank lines at the top count as the text below them,
    /// so a view that opens on the gap above a heading names that heading.
    func topSection(from top: Int) -> Int {
        var line = max(0, top)
        while line + 1 < lines.count, lines[line].content == .blank { line += 1 }
        return section(atLine: line)
    }
}
