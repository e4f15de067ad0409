import FolioKit
import FolioUI
import Testing

/// Inline styles and links in the reader: emphasis, strong, code and links drawn in their
/// roles, links numbered like footnotes, the L popup and opening a link.
@Suite("Links and inline styles")
struct LinkAndStyleTests {
    let theme = Fixtures.theme

    /// "Read the *fine* manual, **now**, with `man` at [the site](https://example.org/docs)."
    static let styled: Article = {
        let text = "Read the fine manual, now, with man at the site and the relative page today."
        func range(_ word: String) -> Range<Int> {
            let bytes = Array(text.utf8)
            let needle = Array(word.utf8)
            let start = (0...(bytes.count - needle.count)).first { Array(bytes[$0..<$0 + needle.count]) == needle } ?? 0
            return start..<start + needle.count
        }
        let block = Block(
            kind: .paragraph, text: text,
            spans: [
                InlineSpan(range: range("fine"), style: .emphasis), InlineSpan(range: range("now"), style: .strong),
                InlineSpan(range: range("man"), style: .code), InlineSpan(range: range("the site"), style: .link(0)),
                InlineSpan(range: range("relative page"), style: .link(2)),
            ])
        var article = Article(
            path: "styled.html", format: .html, title: "Styled", sections: [Section(heading: nil, level: 0, blocks: [block])],
            links: [
                Link(text: "the site", url: "https://example.org/docs"),
                Link(text: "evil", url: "javascript:alert(1)"),
                Link(text: "relative page", url: "../page\u{1B}[31m.html"),
                Link(text: "mail", url: "mailto:someone@example.org"),
            ])
        article.url = nil
        return article
    }()

    static func state(width: Int = 80, height: Int = 24) -> AppState {
        var state = AppState(articles: [styled], today: Fixtures.today, theme: Fixtures.theme, width: width, height: height)
        state.press(.enter)
        return state
    }

    /// The text of the cells of row `y` in `style`.
    func text(_ buffer: ScreenBuffer, y: Int, style: Style) -> String {
        (0..<buffer.width).filter { buffer[$0, y].style == style }.map { buffer[$0, y].text }.joined()
    }

    @Test("emphasis, strong, code and links are drawn in their roles; links carry footnote numbers")
    func inlineStyles() throws {
        let state = Self.state()
        let buffer = render(state, width: 80, height: 24)
        let position = try #require(buffer.find("Read the fine manual"))
        let y = position.y
        let shown = buffer.trimmedLines[y] + " " + buffer.trimmedLines[y + 1].trimmingPrefix(" ")
        #expect(shown.contains("at the site[1] and the relative page[3] today."))
        #expect(text(buffer, y: y, style: theme[.readerEmphasis]) == "fine")
        #expect(text(buffer, y: y, style: theme[.readerStrong]) == "now")
        #expect(text(buffer, y: y, style: theme[.readerCode]) == "man")
        #expect(text(buffer, y: y, style: theme[.readerLink]) == "the site[1]relative page[3]")
        #expect(text(buffer, y: y + 1, style: theme[.readerText]).contains("today."))
        #expect(buffer[position.x, y].style == theme[.readerText])
    }

    @Test("styles and numbers stay right when the paragraph wraps, and search hits are drawn on top")
    func wrappedWithSearch() throws {
        var state = Self.state(width: 40, height: 20)
        state.press(.character("/"))
        state.type("site and")
        state.press(.enter)
        let buffer = render(state, width: 40, height: 20)
        let first = try #require(buffer.find("Read the fine manual, now, with man at"))
        let second = try #require(buffer.find("the site[1] and the relative page[3]"))
        #expect(second.y == first.y + 1)
        #expect(text(buffer, y: first.y, style: theme[.readerEmphasis]) == "fine")
        #expect(text(buffer, y: first.y, style: theme[.readerCode]) == "man")
        // The hit covers the link's words and its number; the rest of the links keep their role.
        #expect(text(buffer, y: second.y, style: theme[.searchCurrent]) == "site[1] and")
        #expect(text(buffer, y: second.y, style: theme[.readerLink]) == "the relative page[3]")
        #expect(buffer.trimmedLines.allSatisfy { $0.count <= 40 })
    }

    @Test("L lists the links as [n] text address; j/k and digits select; q closes")
    func popup() throws {
        var state = Self.state()
        state.press(.character("L"))
        #expect(state.overlay == .links(selected: 0, typed: nil))
        var buffer = render(state, width: 80, height: 24)
        var lines = buffer.trimmedLines
        #expect(lines.contains { $0.contains("[1] the site") && $0.contains("https://example.org/docs") })
        #expect(lines.contains { $0.contains("[4] mail") && $0.contains("mailto:someone@example.org") })
        // The escape in the address is shown, never sent to the terminal.
        #expect(lines.contains { $0.contains("../page␛[31m.html") })
        #expect(!lines.joined().unicodeScalars.contains { $0.value == 0x1B })
        let selected = try #require(buffer.find("[1] the site"))
        #expect(buffer[selected.x, selected.y].style == theme[.listSelected])
        state.press(.character("j"), .character("j"))
        #expect(state.overlay == .links(selected: 2, typed: nil))
        state.press(.character("4"))
        #expect(state.overlay == .links(selected: 3, typed: 4))
        state.press(.character("9"))
        #expect(state.message?.isError == true)
        state.press(.character("k"))
        buffer = render(state, width: 80, height: 24)
        lines = buffer.trimmedLines
        let third = try #require(buffer.find("[3] relative page"))
        #expect(buffer[third.x, third.y].style == theme[.listSelected])
        state.press(.character("q"))
        #expect(state.overlay == nil)
        #expect(state.reader.entry != nil)
    }

    @Test("Enter opens an http link as an effect; javascript: and unresolvable relative links are refused")
    func opening() {
        var state = Self.state()
        state.press(.character("L"))
        #expect(state.press(.enter) == [.openLink("https://example.org/docs")])
        #expect(state.overlay == nil)
        #expect(state.message?.text == "Opening https://example.org/docs")
        state.press(.character("L"), .character("2"))
        #expect(state.press(.enter).isEmpty)
        #expect(state.message?.isError == true)
        #expect(state.message?.text.contains("not javascript:") == true)
        state.press(.character("3"))
        #expect(state.press(.enter).isEmpty)
        #expect(state.message?.text.contains("control characters") == true)
        state.press(.character("4"))
        #expect(state.press(.enter) == [.openLink("mailto:someone@example.org")])
    }

    @Test("a relative link of a feed item is resolved against the item's address")
    func relativeResolved() {
        var article = Self.styled
        article.url = "https://news.example.com/items/42"
        var state = AppState(articles: [article], today: Fixtures.today, theme: Fixtures.theme)
        state.press(.enter, .character("L"), .character("3"))
        // The escape makes the address unsafe even when resolved: refused.
        #expect(state.press(.enter).isEmpty)
        article.links[2].url = "../page.html"
        state = AppState(articles: [article], today: Fixtures.today, theme: Fixtures.theme)
        state.press(.enter, .character("L"), .character("3"))
        #expect(state.press(.enter) == [.openLink("https://news.example.com/page.html")])
    }

    @Test("a feed item's own address is link [0] of the popup; the text's numbers still match theirs")
    func ownAddress() throws {
        var article = Self.styled
        article.url = "https://news.example.com/items/42"
        var state = AppState(articles: [article], today: Fixtures.today, theme: Fixtures.theme)
        state.press(.enter, .character("L"))
        let lines = render(state, width: 80, height: 24).trimmedLines
        #expect(lines.contains { $0.contains("[0] this article") && $0.contains("https://news.example.com/items/42") })
        #expect(lines.contains { $0.contains("[1] the site") && $0.contains("https://example.org/docs") })
        #expect(state.press(.enter) == [.openLink("https://news.example.com/items/42")])
        state.press(.character("L"), .character("1"))
        #expect(state.press(.enter) == [.openLink("https://example.org/docs")])
    }

    @Test("the popup fits the smallest screens and scrolls to keep the selected link in view", arguments: [(40, 10), (80, 24)])
    func popupSizes(size: (Int, Int)) throws {
        var article = Self.styled
        article.links = (1...30).map { Link(text: "link \($0)", url: "https://example.org/\($0)") }
        var state = AppState(articles: [article], today: Fixtures.today, theme: Fixtures.theme, width: size.0, height: size.1)
        state.press(.enter, .character("L"))
        var lines = render(state, width: size.0, height: size.1).lines
        #expect(lines.allSatisfy { DisplayWidth.of($0) == size.0 })
        #expect(lines.joined().contains("[1] link 1"))
        for _ in 0..<25 { state.press(.character("j")) }
        let buffer = render(state, width: size.0, height: size.1)
        lines = buffer.lines
        #expect(!lines.joined().contains("[1] link 1 "))
        let selected = try #require(buffer.find("[26] link 26"))
        #expect(buffer[selected.x, selected.y].style == theme[.listSelected])
        state.press(.character("2"), .character("9"))
        #expect(state.overlay == .links(selected: 28, typed: 29))
    }

    @Test("L with no article open, or an article without links, says so")
    func noLinks() {
        var state = AppState.library()
        state.press(.character("L"))
        #expect(state.overlay == nil)
        state.open(path: "garden.txt")
        state.press(.character("L"))
        #expect(state.overlay == nil)
        #expect(state.message?.text == "This article has no links")
    }
}
