import FolioKit

extension AppState {
    /// Rows of article text the reader shows.
    var viewHeight: Int { max(1, geometry.readerArea.height) }

    /// The last top line that still fills the pane.
    var maxTop: Int { max(0, (reader.layout?.lines.count ?? 0) - viewHeight) }

    /// The section at the top of the reader (0-based).
    public var currentSection: Int { reader.layout?.section(atLine: reader.top) ?? 0 }

    /// Moves the view to a line and remembers the reading position there.
    mutating func setTop(_ line: Int) {
        guard let layout = reader.layout else { return }
        reader.top = max(0, min(line, max(0, layout.lines.count - 1)))
        reader.anchor = layout.anchor(atLine: reader.top)
    }

    mutating func scroll(by delta: Int) {
        // A section jump may leave the view below the last full page; scrolling down stays there.
        let limit = delta > 0 ? max(maxTop, reader.top) : maxTop + viewHeight
        setTop(min(reader.top + delta, limit))
    }

    /// Lays the open article out again when the column width changed, keeping the reading
    /// position (the anchor) at the top.
    mutating func relayout() {
        guard let layout = reader.layout, layout.width != geometry.readerColumn.width else { return }
        layOut(layout.article)
    }

    /// Shows `article` laid out at the reader's width, with the reading position (the anchor)
    /// at the top, or the top line when the article has no such place. `prepared`: the article
    /// laid out already, used when it fits the width.
    mutating func layOut(_ article: Article, prepared: ArticleLayout? = nil) {
        let layout = fitting(prepared) ?? ArticleLayout(article: article, width: geometry.readerColumn.width, today: today)
        reader.layout = layout
        reader.top = max(0, min(layout.line(of: reader.anchor), max(0, layout.lines.count - 1)))
    }

    mutating func nextSection() {
        guard let layout = reader.layout else { return }
        let next = layout.section(atLine: reader.top) + 1
        guard next < layout.sectionStarts.count else {
            message = StatusMessage("Last section: no section after this one")
            return
        }
        setTop(layout.sectionStarts[next])
    }

    mutating func previousSection() {
        guard let layout = reader.layout, !layout.sectionStarts.isEmpty else { return }
        let current = layout.section(atLine: reader.top)
        if reader.top > layout.sectionStarts[current] {
            setTop(layout.sectionStarts[current])
        } else if current > 0 {
            setTop(layout.sectionStarts[current - 1])
        } else {
            message = StatusMessage("First section: no section before this one")
        }
    }

    /// Puts section `number` (1-based) at the top.
    mutating func jumpToSection(_ number: Int) {
        guard let layout = reader.layout else { return }
        guard layout.sectionStarts.indices.contains(number - 1) else {
            message = StatusMessage("No section \(number): this article has \(layout.sectionStarts.count)")
            return
        }
        setTop(layout.sectionStarts[number - 1])
    }

    /// Brings a line into view: unchanged when visible, else a few lines below the top.
    mutating func reveal(line: Int) {
        guard line < reader.top || line >= reader.top + viewHeight else { return }
        setTop(min(max(0, line - 2), max(maxTop, line)))
    }
}
