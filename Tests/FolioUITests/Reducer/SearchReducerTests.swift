import FolioKit
import FolioUI
import Testing

@Suite("Reducer: search")
struct SearchReducerTests {
    /// The seed article open in an 80×24 terminal.
    func reading() -> AppState { AppState.readingSeed() }

    func expectedHits(_ pattern: String, regex: Bool = false) throws -> [SearchHit] {
        try ArticleSearch(SearchQuery(pattern, isRegex: regex)).hits(in: Fixtures.seed)
    }

    @Test("each keystroke runs the query again and moves to the first hit after where the search began")
    func incremental() throws {
        var state = reading()
        state.press(.character("]"))
        let start = state.reader.top
        state.press(.character("/"))
        #expect(state.search.isEditing)
        state.type("n")
        #expect(state.openArticleHits == (try expectedHits("n")))
        state.type("ato")
        let hits = try expectedHits("nato")
        #expect(hits.count >= 3)
        #expect(state.openArticleHits == hits)
        // Smart case: lower-case "nato" finds "NATO"; the current hit is the first at or after the start.
        let layout = try #require(state.reader.layout)
        let current = try #require(state.search.current)
        let line = try #require(layout.line(of: hits[current.index].place, offset: hits[current.index].range.lowerBound))
        #expect(line >= start)
        #expect(current.index == hits.firstIndex { (layout.line(of: $0.place, offset: $0.range.lowerBound) ?? 0) >= start })
        #expect(line >= state.reader.top && line < state.reader.top + 23)
        state.type("X")
        #expect(state.openArticleHits.isEmpty)
        #expect(state.search.current == nil)
    }

    @Test("Enter keeps the highlights and closes the bar; Esc afterwards clears them")
    func enterKeepsEscClears() throws {
        var state = reading()
        state.press(.character("/"))
        state.type("Putin")
        state.press(.enter)
        #expect(state.search.isEditing == false)
        #expect(state.search.isActive)
        #expect(state.openArticleHits.count == (try expectedHits("Putin")).count)
        #expect(state.search.history == ["Putin"])
        // Keys are reader keys again.
        let top = state.reader.top
        state.press(.character("j"))
        #expect(state.reader.top == top + 1)
        state.press(.escape)
        #expect(state.search.isActive == false)
        #expect(state.openArticleHits.isEmpty)
        #expect(state.focus == .reader)
    }

    @Test("Esc while typing cancels and goes back to where the search started")
    func escapeRestoresPosition() {
        var state = reading()
        state.press(.character("j"), .character("j"))
        state.press(.character("/"))
        state.type("Minsk")
        #expect(state.reader.top > 2)
        state.press(.escape)
        #expect(state.reader.top == 2)
        #expect(state.search.isEditing == false)
        #expect(state.search.isActive == false)
        // Backspace on an empty query closes the bar too.
        state.press(.character("/"), .backspace)
        #expect(state.search.isEditing == false)
    }

    @Test("n and N step through hits and wrap around with a note")
    func nextAndPreviousWrap() throws {
        var state = reading()
        let hits = try expectedHits("Ukraine")
        state.press(.character("/"))
        state.type("Ukraine")
        state.press(.enter)
        #expect(state.search.current?.index == 0)
        state.press(.character("n"))
        #expect(state.search.current?.index == 1)
        state.press(.character("N"), .character("N"))
        #expect(state.search.current?.index == hits.count - 1)
        #expect(state.message?.text == "search hit TOP, continuing at BOTTOM")
        state.press(.character("n"))
        #expect(state.search.current?.index == 0)
        #expect(state.message?.text == "search hit BOTTOM, continuing at TOP")
        // The current hit is always in view.
        let layout = try #require(state.reader.layout)
        for _ in 0..<hits.count {
            state.press(.character("n"))
            let hit = hits[state.search.current?.index ?? 0]
            let line = try #require(layout.line(of: hit.place, offset: hit.range.lowerBound))
            #expect(line >= state.reader.top && line < state.reader.top + 23)
        }
    }

    @Test("Ctrl-R toggles regular expressions; an invalid one shows its error and does not crash")
    func regexToggle() throws {
        var state = reading()
        state.press(.character("/"))
        state.type("Pu.in")
        #expect(state.openArticleHits.isEmpty)
        state.press(.control("r"))
        #expect(state.search.isRegex)
        #expect(state.openArticleHits.count == (try expectedHits("Pu.in", regex: true)).count)
        state.type("(")
        #expect(state.search.error?.contains("invalid regular expression") == true)
        #expect(state.openArticleHits.isEmpty)
        state.press(.backspace)
        #expect(state.search.error == nil)
        #expect(!state.openArticleHits.isEmpty)
    }

    @Test("a regular expression that backtracks without end stops, and the status line says so", .timeLimit(.minutes(1)))
    func runawayRegex() {
        var state = reading()
        state.press(.character("/"), .control("r"))
        // Every paragraph ends in a full stop: the engine tries every split of its words.
        state.type("(\\w+\\s?)+$")
        #expect(state.message?.text.hasPrefix("Search stopped in “Putin’s Conditions for Peace Talks") == true)
        #expect(state.message?.text.hasSuffix("the pattern takes too long") == true)
        #expect(state.message?.isError == true)
        #expect(state.search.isEditing, "the bar stays open: the pattern can be changed")
    }

    @Test("Up and Down recall earlier searches")
    func history() {
        var state = reading()
        for query in ["Putin", "NATO", "Minsk"] {
            state.press(.character("/"))
            state.type(query)
            state.press(.enter)
        }
        state.press(.character("/"))
        state.press(.up)
        #expect(state.search.field.text == "Minsk")
        state.press(.up, .up, .up)
        #expect(state.search.field.text == "Putin")
        state.press(.down)
        #expect(state.search.field.text == "NATO")
        #expect(state.openArticleHits.count > 0)
        state.press(.down, .down)
        #expect(state.search.field.text == "")
    }

    @Test("line editing: Left/Right, Backspace, Ctrl-W, Ctrl-U to the start and Ctrl-K to the end")
    func lineEditing() {
        var state = reading()
        state.press(.character("/"))
        state.type("peace talks")
        state.press(.control("w"))
        #expect(state.search.field.text == "peace ")
        state.press(.left, .left, .left)
        state.type("X")
        #expect(state.search.field.text == "peaXce ")
        state.press(.right, .backspace)
        #expect(state.search.field.text == "peaXe ")
        state.press(.control("u"))
        #expect(state.search.field.text == "e ")
        state.press(.control("k"))
        #expect(state.search.field.text == "")
        #expect(state.search.isEditing)
    }

    @Test("Tab searches all articles: counts per article, and n continues in the next article with hits")
    func allArticles() throws {
        var state = AppState(
            entries: [
                LibraryEntry(article: Fixtures.seed), LibraryEntry(article: Fixtures.ukraine),
                LibraryEntry(source: .file("later.txt")), LibraryEntry(article: Fixtures.gardening),
            ], today: Fixtures.today)
        state.open(path: "putin-peace-talks.txt")
        state.press(.character("/"))
        state.type("NATO")
        #expect(Array(state.search.hits.keys) == [state.id(0)])
        // The article not in memory is searched by the wiring, in the background.
        #expect(state.press(.tab) == [.searchLibrary(SearchQuery("NATO"), entries: [state.id(2)])])
        #expect(state.search.isScanning)
        #expect(state.search.scope == .allArticles)
        let seedCount = try expectedHits("NATO").count
        #expect(state.search.hits[state.id(0)]?.count == seedCount)
        #expect(state.search.hits[state.id(1)]?.count == 2)
        #expect(state.search.hits[state.id(3)]?.count == 0)
        state.press(.enter)
        // n after the last hit of this article goes on in the next article of the list: the
        // results, most hits first.
        #expect(state.shownEntries == [0, 1])
        for _ in 1..<seedCount { state.press(.character("n")) }
        #expect(state.search.current == HitPosition(entry: state.id(0), index: seedCount - 1))
        state.press(.character("n"))
        #expect(state.search.current == HitPosition(entry: state.id(1), index: 0))
        // The article not in memory comes into the results with its count; n loads it.
        state.apply(.libraryHits(SearchQuery("NATO"), [LibraryHits(entry: state.id(2), count: 1)], done: true))
        #expect(state.shownEntries == [0, 1, 2])
        state.press(.character("n"))
        #expect(state.press(.character("n")) == [.loadArticle(state.id(2))])
        state.apply(.articleLoaded(state.id(2), Fixtures.article("Later", path: "later.txt", sections: [(nil, ["NATO again"])])))
        #expect(state.search.current == HitPosition(entry: state.id(2), index: 0))
        #expect(state.reader.entry == state.id(2))
        #expect(state.search.totalHits == seedCount + 3)
    }

    @Test("Tab: with every article loaded, n moves on to the next article that has hits")
    func allArticlesLoaded() throws {
        var state = AppState.library()
        state.open(path: "geneva.txt")
        state.press(.character("/"))
        state.type("NATO")
        state.press(.tab, .enter)
        #expect(state.search.current == HitPosition(entry: state.id(1), index: 0))
        state.press(.character("n"))
        #expect(state.search.current == HitPosition(entry: state.id(1), index: 1))
        state.press(.character("n"))
        // The list shows the results, most hits first: the seed, then Geneva (the garden
        // article has none). Past Geneva's last hit, n wraps around to the seed.
        #expect(state.shownEntries == [0, 1])
        #expect(state.reader.entry == state.id(0))
        #expect(state.search.current == HitPosition(entry: state.id(0), index: 0))
        #expect(state.message?.text == "search hit BOTTOM, continuing at TOP")
        state.press(.character("N"))
        #expect(state.search.current == HitPosition(entry: state.id(1), index: 1))
    }

    @Test("searching from the list covers all articles; n opens the first article with hits")
    func searchFromTheList() throws {
        var state = AppState(
            entries: [LibraryEntry(article: Fixtures.gardening), LibraryEntry(source: .file("geneva.txt"))], today: Fixtures.today)
        #expect(state.press(.character("/")) == [.loadSearchHistory])
        #expect(state.search.scope == .allArticles)
        state.type("NAT")
        #expect(state.press(.character("O")) == [.searchLibrary(SearchQuery("NATO"), entries: [state.id(1)])])
        // Hits of an earlier query that arrive late are ignored.
        let geneva = try ArticleSearch(SearchQuery("NATO")).hits(in: Fixtures.ukraine)
        _ = state.reduce(.libraryHits(SearchQuery("NAT"), [LibraryHits(entry: state.id(1), count: 0)], done: true))
        #expect(state.search.hitCount(state.id(1)) == nil)
        _ = state.reduce(.libraryHits(SearchQuery("NATO"), [LibraryHits(entry: state.id(1), count: geneva.count)], done: true))
        // Only the count of an article not in memory is kept; its hits are found when it opens.
        #expect(state.search.hitCount(state.id(1)) == 2 && state.search.hits[state.id(1)] == nil)
        #expect(state.search.hitCount(state.id(0)) == 0)
        #expect(state.search.totalHits == 2 && state.search.articlesWithHits == 1)
        #expect(!state.search.isScanning)
        state.press(.enter)
        #expect(state.reader.entry == nil)
        // The article with hits is loaded, then the view goes to its first hit.
        #expect(state.press(.character("n")) == [.loadArticle(state.id(1))])
        state.apply(.articleLoaded(state.id(1), Fixtures.ukraine))
        #expect(state.reader.entry == state.id(1))
        #expect(state.search.current == HitPosition(entry: state.id(1), index: 0))
        #expect(state.search.hits[state.id(1)] == geneva, "the hits found in the article opened")
        #expect(state.search.totalHits == 2, "counted once, not as a count and as hits")
        #expect(state.focus == .reader)
    }

    @Test("Enter while the library's files are still searched says \"Pattern not found\" only once they are, and only when nothing was")
    func notFoundWaitsForTheLibrary() {
        for count in [0, 2] {
            var state = AppState(
                entries: [LibraryEntry(source: .file("a.txt")), LibraryEntry(source: .file("b.txt"))], today: Fixtures.today)
            state.press(.character("/"))
            state.type("zebra")
            state.press(.enter)
            #expect(state.search.isScanning)
            #expect(state.message == nil, "the files are still being searched")
            let results = [LibraryHits(entry: state.id(0), count: 0), LibraryHits(entry: state.id(1), count: count)]
            state.apply(.libraryHits(SearchQuery("zebra"), results, done: true))
            #expect(state.message?.text == (count == 0 ? "Pattern not found: zebra" : nil))
        }
    }
}
