import FolioKit
import FolioUI
import Testing

/// The end of an article is its last screenful, as in less and vim: whatever key or event
/// moves the view there, the article's last line is on the reader's last row and no row below
/// it is empty; and the status line names the section at the top of the screen.
@Suite("The last screenful")
struct LastScreenfulTests {
    /// The sizes the issue was seen at: one pane, and side by side.
    static let sizes = [(80, 24), (120, 40), (200, 60)]

    /// Sixty paragraphs under six headings: longer than a 200×60 screen.
    static let long = LongArticleTests.article(paragraphs: 60)

    /// `article` open in a terminal of this size.
    static func reading(_ article: Article, width: Int, height: Int) -> AppState {
        var state = AppState(
            articles: [article, Fixtures.gardening], today: Fixtures.today, theme: Fixtures.theme, width: width,
            height: height)
        state.open(path: article.path)
        return state
    }

    /// Checks that the screen shows the last screenful: the last line on the row above the
    /// status line, the top line right below the screen's top, `Bot` in the status line.
    static func expectLastScreenful(_ state: AppState, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let layout = state.reader.layout else {
            Issue.record("no article open (\(what))", sourceLocation: sourceLocation)
            return
        }
        let rows = state.height - 1
        #expect(state.reader.top == layout.lines.count - rows, "\(what)", sourceLocation: sourceLocation)
        let buffer = render(state, width: state.width, height: state.height)
        let last = layout.lines[layout.lines.count - 1].text
        #expect(buffer.find(last)?.y == rows - 1, "\(what): the last line on the last row", sourceLocation: sourceLocation)
        #expect(buffer.trimmedLines[rows].hasSuffix("Bot"), "\(what)", sourceLocation: sourceLocation)
    }

    /// Presses `key` until the view stops moving (at most 200 times).
    static func pressUntilStill(_ state: inout AppState, _ key: Key) {
        for _ in 0..<200 {
            let top = state.reader.top
            state.press(key)
            if state.reader.top == top { return }
        }
    }

    @Test("G and End show the last screenful at 80×24, 120×40 and 200×60; k then moves at once", arguments: sizes)
    func bottomKeys(size: (Int, Int)) {
        for key in [Key.character("G"), .end] {
            var state = Self.reading(Self.long, width: size.0, height: size.1)
            state.press(key)
            Self.expectLastScreenful(state, "\(key) at \(size)")
            let top = state.reader.top
            state.press(.character("k"))
            #expect(state.reader.top == top - 1, "one k scrolls one line")
        }
    }

    @Test("paging down to the end stops at the last screenful: PgDn, Space, Ctrl-F, d, Ctrl-D, j", arguments: sizes)
    func pagingToTheEnd(size: (Int, Int)) {
        for key in [Key.pageDown, .character(" "), .control("f"), .character("d"), .control("d"), .character("j")] {
            var state = Self.reading(Self.long, width: size.0, height: size.1)
            Self.pressUntilStill(&state, key)
            Self.expectLastScreenful(state, "\(key) at \(size)")
        }
    }

    @Test("], a section number and n stop at the last screenful", arguments: sizes)
    func jumpsToTheEnd(size: (Int, Int)) {
        var state = Self.reading(Self.long, width: size.0, height: size.1)
        Self.pressUntilStill(&state, .character("]"))
        Self.expectLastScreenful(state, "] at \(size)")
        state.press(.character("g"), .character("6"))
        Self.expectLastScreenful(state, "6 at \(size)")
        // A search hit in the last paragraph: the view goes to the end, not past it.
        state.press(.character("g"), .character("/"))
        state.type("Paragraph 59")
        state.press(.enter)
        #expect(state.search.current != nil)
        Self.expectLastScreenful(state, "the search bar closed, at \(size)")
        state.press(.character("g"), .character("n"))
        Self.expectLastScreenful(state, "n at \(size)")
    }

    @Test("a taller or wider terminal at the end shows the last screenful of the new size")
    func resizeAtTheEnd() {
        var state = Self.reading(Self.long, width: 80, height: 24)
        state.press(.character("G"))
        for (width, height) in [(80, 40), (120, 40), (200, 60), (200, 70)] {
            state.press(.resize(width: width, height: height))
            Self.expectLastScreenful(state, "resized to \(width)×\(height)")
        }
    }

    @Test("a saved place on the last screenful reopens as the last screenful")
    func reopenedPlace() throws {
        for (width, height) in Self.sizes {
            var state = Self.reading(Self.long, width: width, height: height)
            let layout = try #require(state.reader.layout)
            let lastParagraph = layout.anchor(atLine: layout.lines.count - 1)
            _ = state.reduce(.positionLoaded(state.id(0), lastParagraph))
            Self.expectLastScreenful(state, "reopened at \(width)×\(height)")
        }
    }

    @Test("the seed at 120×40: G shows its last 39 lines and names the section of the top line")
    func seedAt120x40() {
        var state = Self.reading(Fixtures.seed, width: 120, height: 40)
        state.press(.character("G"))
        Self.expectLastScreenful(state, "G on the seed")
        let buffer = render(state, width: 120, height: 40)
        // Sections 3, 4 and 5 are on the screen; the top line is in section 2.
        #expect(buffer.find("Context and International Reaction") != nil)
        #expect(buffer.find("Future Prospects for Dialogue")?.y == 33)
        #expect(buffer.trimmedLines[39].hasPrefix(" § 2/5 Putin’s Stance and Demands"))
    }

    @Test("the section at the top: a heading is its section's, a paragraph line its section's, a blank line the next line's")
    func sectionAtTheTop() throws {
        var state = Self.reading(Fixtures.seed, width: 80, height: 24)
        let layout = try #require(state.reader.layout)
        let heading = layout.sectionStarts[2]
        func status() -> String { render(state, width: 80, height: 24).trimmedLines[23] }
        // The heading of section 3 at the top.
        state.press(.character("3"))
        #expect(state.reader.top == heading)
        #expect(status().hasPrefix(" § 3/5 Context and International Reaction"))
        // The blank line above it: the heading is on the first row with text.
        state.press(.character("k"))
        #expect(layout.lines[state.reader.top].content == .blank)
        #expect(status().hasPrefix(" § 3/5 Context and International Reaction"))
        #expect(state.currentSection == 2)
        // [ from there goes to the section before, as from the heading itself.
        state.press(.character("["))
        #expect(state.topLine == "Putin’s Stance and Demands")
        // The last line of section 2's paragraph at the top: section 2.
        state.press(.character("3"), .character("k"), .character("k"))
        #expect(layout.lines[state.reader.top].content == .block(section: 1, block: 1))
        #expect(status().hasPrefix(" § 2/5 Putin’s Stance and Demands"))
        // The title and the lead: section 1, the lead.
        state.press(.character("g"))
        #expect(status().hasPrefix(" § 1/5 (lead)"))
    }
}
