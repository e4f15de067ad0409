import FolioKit
import FolioUI
import Testing

/// The list pages as the reader does: PgDn, Space, Ctrl-F and PgUp, `b`, Ctrl-B by a page,
/// Ctrl-D and Ctrl-U by half a page, the view and the selection together.
@Suite("Paging in the list")
struct ListPagingTests {
    /// Sixty undated articles, listed in their order, at 80×24: eleven rows (entries) a page.
    static func state() -> AppState {
        let articles = (0..<60).map { Fixtures.article("Article \($0)", path: "a\($0).txt", sections: [(nil, ["Text \($0)."])]) }
        return AppState(articles: articles, today: Fixtures.today, theme: Fixtures.theme, width: 80, height: 24)
    }

    /// The selected article's number and the number of the first one on the screen.
    static func place(_ state: AppState) -> (selected: Int?, first: Int?) {
        let lines = render(state, width: state.width, height: state.height).trimmedLines
        let first = lines.first.flatMap { Int($0.split(separator: " ").last ?? "") }
        return (state.list.selected.flatMap(state.entries.position(of:)), first)
    }

    @Test("a page down or up moves the view and the selection by eleven rows", arguments: [
        (Key.pageDown, Key.pageUp), (.character(" "), .character("b")), (.control("f"), .control("b")),
    ])
    func pages(keys: (down: Key, up: Key)) {
        var state = Self.state()
        state.press(keys.down)
        #expect(Self.place(state) == (11, 11))
        #expect(render(state, width: 80, height: 24)[5, 0].style == Fixtures.theme[.listSelected])
        state.press(keys.down)
        #expect(Self.place(state) == (22, 22))
        state.press(keys.up)
        #expect(Self.place(state) == (11, 11))
        // The selection keeps its row on the screen.
        state.press(.character("j"), .character("j"), keys.down)
        #expect(Self.place(state) == (24, 22))
        state.press(keys.up, keys.up, keys.up)
        #expect(Self.place(state) == (0, 0))
        // At the end the view stops on the last page and the selection goes on to the last row.
        for _ in 0..<6 { state.press(keys.down) }
        #expect(Self.place(state) == (59, 49))
    }

    @Test("Ctrl-D and Ctrl-U move by half a page")
    func halfPages() {
        var state = Self.state()
        state.press(.control("d"))
        #expect(Self.place(state) == (5, 5))
        state.press(.control("d"), .control("u"))
        #expect(Self.place(state) == (5, 5))
        state.press(.control("u"), .control("u"))
        #expect(Self.place(state) == (0, 0))
    }

    @Test("Space pages over a feed's header instead of folding it; z and Enter still fold")
    func spaceDoesNotFold() {
        var state = FeedGroupTests.state()
        state.press(.character("j"))
        #expect(state.list.selectedFeed != nil)
        state.press(.character(" "))
        #expect(state.list.collapsed.isEmpty)
        #expect(state.list.selected.flatMap { state.entries[$0]?.title } == "Apples", "the last row")
        state.press(.character("k"), .character("k"), .character("k"), .character("k"))
        #expect(state.list.selectedFeed != nil)
        state.press(.character("z"))
        #expect(state.list.collapsed.count == 1)
        state.press(.enter)
        #expect(state.list.collapsed.isEmpty)
    }
}
