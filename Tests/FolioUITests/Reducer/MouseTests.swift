import FolioKit
import FolioUI
import Testing

/// The mouse: the wheel scrolls the pane under the pointer, a click selects a list row and a
/// second click opens it, a click on a link's number in the reader opens the links popup there.
@Suite("Mouse")
struct MouseTests {
    /// Thirty short articles, newest first, at 120×24: eleven fit in the list.
    static func library() -> AppState {
        let articles = (1...30).map { number in
            Fixtures.article(
                "Article \(number)", path: "a\(number).txt", published: SimpleDate(year: 1990 + number, month: 1, day: 1),
                sections: [(nil, (1...40).map { "Paragraph \($0) of article \(number)." })])
        }
        return AppState(articles: articles, today: Fixtures.today, theme: Fixtures.theme, width: 120, height: 24)
    }

    static func click(_ x: Int, _ y: Int) -> Key { .mouse(MouseEvent(kind: .click, x: x, y: y)) }
    static func wheel(down: Bool, _ x: Int, _ y: Int) -> Key {
        .mouse(MouseEvent(kind: down ? .wheelDown : .wheelUp, x: x, y: y))
    }

    func title(_ state: AppState, row: Int) -> String {
        render(state, width: 120, height: 24).trimmedLines[row].prefix(36).trimmingCharacters(in: .whitespaces)
    }

    @Test("the wheel over the list scrolls it; the selection stays unless it would leave the screen")
    func wheelOverList() {
        var state = Self.library()
        state.press(Self.wheel(down: true, 5, 4))
        #expect(title(state, row: 0) == "● Article 27")
        // The selection (the newest article) left the screen: it is now the top row.
        #expect(state.list.selected == state.id(state.shownEntries[3]))
        state.press(Self.wheel(down: true, 5, 4), Self.wheel(down: false, 5, 4))
        #expect(title(state, row: 0) == "● Article 27")
        #expect(state.list.selected == state.id(state.shownEntries[6]), "the selection stays on screen")
        for _ in 0..<20 { state.press(Self.wheel(down: true, 5, 4)) }
        #expect(title(state, row: 0) == "● Article 11", "no further than the last screenful")
        #expect(state.reader.entry == nil, "scrolling opens nothing")
    }

    @Test("a click selects a row, a second click on it opens the article")
    func clickAndOpen() {
        var state = Self.library()
        // Rows 4 and 5 are the third article.
        state.press(Self.click(10, 5))
        #expect(state.list.selected == state.id(state.shownEntries[2]))
        #expect(state.reader.entry == nil)
        state.press(Self.click(10, 4))
        #expect(state.reader.entry == state.id(state.shownEntries[2]) && state.focus == .reader)
        // With the reader's focus, a click on the selected row gives the list focus and no more.
        state.press(Self.click(10, 4))
        #expect(state.focus == .list && state.reader.entry == state.id(state.shownEntries[2]))
        // Below the last article, a click selects nothing.
        var short = AppState.library(width: 120, height: 24)
        short.press(Self.click(10, 15))
        #expect(short.list.selected == short.id(short.shownEntries[0]) && short.reader.entry == nil)
    }

    @Test("the wheel over the reader scrolls the article, not the list; a click there gives it focus")
    func wheelOverReader() {
        var state = Self.library()
        // The first row is selected in a list with focus: a click on it opens it.
        state.press(Self.click(10, 0))
        #expect(state.reader.entry == state.id(state.shownEntries[0]))
        state.press(.tab)
        #expect(state.focus == .list)
        state.press(Self.wheel(down: true, 80, 10), Self.wheel(down: true, 80, 10))
        #expect(state.reader.top == 6)
        #expect(state.list.selected == state.id(state.shownEntries[0]) && title(state, row: 0) == "Article 30")
        state.press(Self.wheel(down: false, 80, 10))
        #expect(state.reader.top == 3)
        state.press(Self.click(80, 10))
        #expect(state.focus == .reader && state.overlay == nil)
    }

    @Test("a click on a link's number opens the links popup at that link; elsewhere it does not")
    func clickLinkNumber() throws {
        var state = LinkAndStyleTests.state(width: 80, height: 24)
        let buffer = render(state, width: 80, height: 24)
        let third = try #require(buffer.find("[3]"))
        state.press(Self.click(third.x + 1, third.y))
        #expect(state.overlay == .links(selected: 2, typed: nil))
        state.press(.escape)
        let first = try #require(buffer.find("[1]"))
        state.press(Self.click(first.x + 2, first.y))
        #expect(state.overlay == .links(selected: 0, typed: nil))
        // While the popup is open, clicks are not the reader's.
        state.press(Self.click(third.x, third.y))
        #expect(state.overlay == .links(selected: 0, typed: nil))
        state.press(.escape)
        // The link's own words, and the space after its number, are not its number.
        let words = try #require(buffer.find("the site"))
        state.press(Self.click(words.x, words.y), Self.click(first.x + 3, first.y))
        #expect(state.overlay == nil)
    }

    @Test("one pane at a time: the wheel scrolls the pane shown")
    func onePane() {
        var state = Self.library()
        state.press(.resize(width: 80, height: 24))
        state.press(Self.wheel(down: true, 40, 10))
        #expect(render(state, width: 80, height: 24).trimmedLines[0] == " ● Article 27")
        state.press(Self.click(10, 0), Self.click(10, 0))
        #expect(state.focus == .reader && state.reader.entry == state.id(state.shownEntries[3]))
        state.press(Self.wheel(down: true, 10, 10))
        #expect(state.reader.top == 3)
    }
}
