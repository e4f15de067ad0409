import FolioKit

extension AppState {
    /// Rows of article text the reader shows.
    var viewHeight: Int { max(1, geometry.readerArea.height) }

    /// The last top line that still fills the pane.
    var maxTop: Int { max(0, (reader.layout?.lines.count ?? 0) - viewHeight) }

    /// The section at the top of the reader (0-based; see `ArticleLayout.topSection(from:)`).
    public var currentSection: Int { reader.layout?.topSection(from: reader.top) ?? 0 }

    /// Moves the view to a line, held to the last screenful (as less and vim do: the end of
    /// an article is its last full screen, never a screen half empty), and remembers the
    /// reading position there.
    mutating func setTop(_ line: Int) {
        guard let layout = reader.layout else { return }
        reader.top = max(0, min(line, maxTop))
        reader.anchor = layout.anchor(atLine: reader.top)
    }

    mutating func scroll(by delta: Int) { setTop(reader.top + delta) }

    /// Lays the open article out again when the column width changed, keeping the reading
    /// position (the anchor) at the top.
    /// A taller pane (or the same one, with a narrower column) may leave the view past the
    /// last screenful: it is held there, the reading position (the anchor) kept.
    mutating func relayout() -> [Effect] {
        guard let layout = reader.layout else { return [] }
        let width = geometry.readerColumn.width
        guard layout.width != width else {
            reader.top = min(reader.top, maxTop)
            return []
        }
        guard layout.lines.count > Self.linesLaidOutAtOnce, let entry = reader.entry else {
            layOut(layout.article)
            return []
        }
        // A long article is laid out again in the background: keys and signals are answered
        // meanwhile, and the old lines stay on screen, cut at the pane's edge.
        reader.top = min(reader.top, maxTop)
        return [.layOutArticle(entry, layout.article, width: width)]
    }

    /// The most lines an article may have for a new width to lay it out again on the thread
    /// that reads keys (a few milliseconds); a longer one is laid out in the background.
    static let linesLaidOutAtOnce = 10_000

    /// The open article laid out again for a new width arrived: shown from the reading
    /// position, unless the reader has moved on (another article, another width).
    mutating func articleRelaidOut(_ id: EntryID, _ layout: ArticleLayout) {
        guard reader.entry == id, let current = reader.layout, current.width != layout.width,
            fitting(layout) != nil
        else { return }
        layOut(current.article, prepared: layout)
    }

    /// Shows `article` laid out at the reader's width, with the reading position (the anchor)
    /// at the top, or the top line when the article has no such place; never past the last
    /// screenful. `prepared`: the article
    /// laid out already, used when it fits the width.
    mutating func layOut(_ article: Article, prepared: ArticleLayout? = nil) {
        let layout =
            fitting(prepared) ?? ArticleLayout(article: article, width: geometry.readerColumn.width, today: today, dates: dates)
        reader.layout = layout
        reader.top = max(0, min(layout.line(of: reader.anchor), maxTop))
    }

    mutating func nextSection() {
        guard let layout = reader.layout else { return }
        let next = layout.topSection(from: reader.top) + 1
        guard next < layout.sectionStarts.count else {
            message = StatusMessage("Last section: no section after this one")
            return
        }
        goToSection(next)
    }

    mutating func previousSection() {
        guard let layout = reader.layout, !layout.sectionStarts.isEmpty else { return }
        let current = layout.topSection(from: reader.top)
        if reader.top > layout.sectionStarts[current] {
            goToSection(current)
        } else if current > 0 {
            goToSection(current - 1)
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
        goToSection(number - 1)
    }

    /// Puts section `index`'s heading at the top. A section that starts on the last screenful
    /// cannot go higher than that screen shows it: a note says on which row it starts, and
    /// the rows of the sections after it.
    private mutating func goToSection(_ index: Int) {
        guard let layout = reader.layout else { return }
        let start = layout.sectionStarts[index]
        setTop(start)
        guard reader.top != start else { return }
        let count = layout.sectionStarts.count
        let places = (index..<count).map { section in
            let heading = layout.article.sections[section].heading.map { " \($0)" } ?? ""
            return "§ \(section + 1)/\(count)\(heading) at row \(layout.sectionStarts[section] - reader.top + 1)"
        }
        message = StatusMessage("Last screen: " + places.joined(separator: ", "))
    }

    /// Brings a line into view: unchanged when visible, else a few lines below the top.
    mutating func reveal(line: Int) {
        guard line < reader.top || line >= reader.top + viewHeight else { return }
        setTop(max(0, line - 2))
    }
}
