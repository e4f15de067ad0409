import FolioKit
import FolioUI
import Testing

/// A long article laid out again for a new width: in the background, so that keys and signals
/// are answered meanwhile (a 45 MB article took seconds, and `q` waited for it).
@Suite("Long article resized")
struct LongArticleResizeTests {
    /// Enough paragraphs for more lines than the reader lays out at once.
    static let long = LongArticleTests.article(paragraphs: 6_000)

    func laidOutAgain(_ effects: [Effect]) -> (EntryID, Article, Int)? {
        for case .layOutArticle(let id, let article, let width) in effects { return (id, article, width) }
        return nil
    }

    @Test("a resize asks for the layout in the background and the old lines stay until it comes")
    func resizeInBackground() throws {
        var state = LongArticleTests.reading(Self.long)
        for _ in 0..<300 { state.press(.character("j")) }
        let before = try #require(state.reader.layout)
        let anchor = state.reader.anchor
        let effects = state.press(.resize(width: 60, height: 24))
        let (id, article, width) = try #require(laidOutAgain(effects))
        #expect(width == state.readerColumnWidth && width < before.width)
        #expect(state.reader.layout?.width == before.width, "nothing laid out on the thread that reads keys")
        // Meanwhile the old lines are drawn, cut at the pane's edge (not laid out to draw them).
        let waitingScreen = render(state, width: 60, height: 24)
        let topLine = before.lines[state.reader.top].text
        #expect(waitingScreen.lines[0].contains(topLine.prefix(40)))
        // Keys still move the reader meanwhile.
        let top = state.reader.top
        state.press(.character("j"))
        #expect(state.reader.top == top + 1)

        var waiting = LongArticleTests.reading(Self.long)
        for _ in 0..<300 { waiting.press(.character("j")) }
        waiting.press(.resize(width: 60, height: 24))
        _ = waiting.reduce(.articleRelaidOut(id, ArticleLayout(article: article, width: width, today: Fixtures.today)))
        let after = try #require(waiting.reader.layout)
        #expect(after.width == width)
        #expect(waiting.reader.anchor == anchor)
        #expect(waiting.reader.top == after.line(of: anchor), "the reading position is kept")
        let screen = render(waiting, width: 60, height: 24)
        #expect(screen.lines[0].contains(after.lines[after.line(of: anchor)].text))
    }

    @Test("a layout for a width the reader no longer has, or for another article, is dropped")
    func staleLayoutDropped() throws {
        let short = LongArticleTests.article(paragraphs: 3)
        var other = short
        other.path = "other.txt"
        var state = AppState(articles: [Self.long, other], today: Fixtures.today, theme: Fixtures.theme, width: 80, height: 24)
        state.open(path: Self.long.path)
        let (id, article, width) = try #require(laidOutAgain(state.press(.resize(width: 60, height: 24))))
        state.press(.resize(width: 70, height: 24))
        _ = state.reduce(.articleRelaidOut(id, ArticleLayout(article: article, width: width, today: Fixtures.today)))
        #expect(state.reader.layout?.width != width)
        let otherID = try #require(state.ids("other.txt").first)
        _ = state.reduce(.articleRelaidOut(otherID, ArticleLayout(article: article, width: state.readerColumnWidth, today: Fixtures.today)))
        #expect(state.reader.layout?.width != state.readerColumnWidth)
        #expect(state.reader.entry == id)
    }

    @Test("a short article is laid out again at once, as before")
    func shortAtOnce() {
        var state = LongArticleTests.reading(LongArticleTests.article(paragraphs: 20))
        let effects = state.press(.resize(width: 60, height: 24))
        #expect(laidOutAgain(effects) == nil)
        #expect(state.reader.layout?.width == state.readerColumnWidth)
    }
}
