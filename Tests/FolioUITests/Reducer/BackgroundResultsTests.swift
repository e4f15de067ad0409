import FolioKit
import FolioUI
import Testing

/// Searching and loading run away from the thread that reads keys: the state asks for them as
/// effects and takes their results as actions, whenever they come. A key never waits for them.
@Suite("Reducer: results of background work")
struct BackgroundResultsTests {
    func reading() -> AppState { AppState.readingSeed() }

    /// The search job among `effects`.
    func job(_ effects: [Effect]) -> SearchJob? {
        effects.lazy.compactMap { if case .searchArticles(let job) = $0 { job } else { nil } }.first
    }

    /// Runs a job as the wiring does and returns its actions.
    func results(of job: SearchJob) -> [Action] {
        var actions: [Action] = []
        job.run(isCancelled: { false }) { actions.append($0) }
        return actions
    }

    @Test("a typed query asks for a search of the open article; its hits are shown when they come")
    func searchIsAnEffect() throws {
        var state = reading()
        state.press(.character("]"))
        let start = state.reader.top
        state.press(.character("/"))
        let effects = state.type("nato")
        #expect(effects.isEmpty, "the helper ran the searches; only they were asked for")
        var pending = reading()
        pending.press(.character("]"), .character("/"))
        var last: SearchJob?
        for character in "nato" { last = job(pending.handle(key: .character(character))) }
        let search = try #require(last)
        #expect(search.targets.map(\.entry) == [pending.id(0)])
        #expect(search.query == SearchQuery("nato"))
        // Until the hits come, none are shown, and the view stays where the search began.
        #expect(pending.openArticleHits.isEmpty)
        #expect(pending.search.isSearching)
        #expect(pending.reader.top == start)
        let screen = render(pending, width: 80, height: 24)
        #expect(screen.trimmedLines[22].contains("searching…"))
        for action in results(of: search) { _ = pending.reduce(action) }
        #expect(pending.openArticleHits == state.openArticleHits)
        #expect(pending.search.current == state.search.current)
        #expect(pending.reader.top == state.reader.top)
        #expect(!pending.search.isSearching)
    }

    @Test("hits of an earlier query that come late are dropped")
    func staleHitsAreDropped() throws {
        var state = reading()
        state.press(.character("/"))
        let first = try #require(job(state.handle(key: .character("K"))))
        let second = try #require(job(state.handle(key: .character("r"))))
        #expect(second.generation > first.generation)
        for action in results(of: first) { _ = state.reduce(action) }
        #expect(state.openArticleHits.isEmpty, "the hits of “K” are not those of “Kr”")
        for action in results(of: second) { _ = state.reduce(action) }
        #expect(state.openArticleHits.count == (try ArticleSearch(SearchQuery("Kr")).hits(in: Fixtures.seed)).count)
    }

    @Test("Esc while the hits are being found stops the search at once: the bar closes, later hits are dropped")
    func escapeStopsTheSearch() throws {
        var state = reading()
        let top = state.reader.top
        state.press(.character("/"))
        let running = try #require(job(state.handle(key: .character("N"))))
        let stop = try #require(job(state.handle(key: .escape)))
        #expect(stop.targets.isEmpty && stop.generation > running.generation, "the wiring is told to stop the search")
        #expect(!state.search.isEditing && !state.search.isActive && !state.search.isSearching)
        for action in results(of: running) { _ = state.reduce(action) }
        #expect(state.search.hits.isEmpty)
        #expect(state.reader.top == top)
    }

    @Test("Enter before the hits come: “Pattern not found” once they come and there are none")
    func enterBeforeTheHits() throws {
        var state = reading()
        state.press(.character("/"))
        var last: SearchJob?
        for character in "zebra" { last = job(state.handle(key: .character(character))) ?? last }
        _ = state.handle(key: .enter)
        #expect(state.message == nil)
        for action in results(of: try #require(last)) { _ = state.reduce(action) }
        #expect(state.message == StatusMessage("Pattern not found: zebra", isError: true))
    }

    @Test("n with no search runs the last one and goes to its first hit once the hits come")
    func nextHitWaitsForTheHits() throws {
        var state = reading()
        state.press(.character("/"))
        // Opening the bar loads the history of earlier runs: none here.
        _ = state.reduce(.searchHistoryLoaded([]))
        state.type("Ukraine")
        state.press(.enter, .escape)
        #expect(!state.search.isActive)
        let again = try #require(job(state.handle(key: .character("n"))))
        #expect(state.search.current == nil)
        for action in results(of: again) { _ = state.reduce(action) }
        #expect(state.search.current == HitPosition(entry: state.id(0), index: 0))
    }

    @Test("a regular expression that runs out of time says so when its hits come")
    func runawayMessage() throws {
        var state = reading()
        let found = FoundHits(generation: state.search.generation + 1, entry: state.id(0), hits: [], finished: false)
        state.press(.character("/"))
        _ = state.handle(key: .character("x"))
        _ = state.reduce(.hitsFound(found))
        #expect(state.message?.text == "Search stopped in “\(Fixtures.seed.title)”: the pattern takes too long")
        #expect(state.search.isEditing, "the bar stays open: the pattern can be changed")
    }

    @Test("an article laid out by the wiring at the reader's width is shown as it is; at another width it is laid out again")
    func preparedLayout() throws {
        var state = AppState(entries: [LibraryEntry(source: .file("/tmp/a/putin-peace-talks.txt"))], today: Fixtures.today)
        #expect(state.press(.enter) == [.loadArticle(state.id(0))])
        let screen = render(state, width: 80, height: 24)
        #expect(screen.trimmedLines.contains { $0.contains("Loading /tmp/a/putin-peace-talks.txt…") })
        let prepared = ArticleLayout(article: Fixtures.seed, width: state.readerColumnWidth, today: Fixtures.today)
        _ = state.reduce(.articleLaidOut(state.id(0), prepared))
        #expect(state.reader.layout == prepared)
        #expect(state.focus == .reader)

        var narrow = AppState(entries: [LibraryEntry(source: .file("/tmp/a/putin-peace-talks.txt"))], today: Fixtures.today)
        narrow.press(.enter)
        _ = narrow.reduce(.articleLaidOut(narrow.id(0), ArticleLayout(article: Fixtures.seed, width: 30, today: Fixtures.today)))
        #expect(narrow.reader.layout?.width == narrow.readerColumnWidth)
    }

    @Test("more text arriving on standard input: the reader shows it and keeps its place")
    func articleUpdated() throws {
        let part = Fixtures.article("Growing", path: "-", sections: [(nil, ["First paragraph."])])
        var state = AppState(entries: [LibraryEntry(article: part, source: .standardInput)], today: Fixtures.today)
        state.press(.enter)
        var paragraphs = ["First paragraph."]
        for number in 2...40 { paragraphs.append("Paragraph \(number) arrived later.") }
        let whole = Fixtures.article("Growing", path: "-", sections: [(nil, paragraphs)])
        _ = state.reduce(.articleUpdated(state.id(0), ArticleLayout(article: whole, width: state.readerColumnWidth, today: Fixtures.today)))
        #expect(state.reader.layout?.article == whole)
        #expect(state.reader.top == 0)
        state.press(.character("G"))
        let top = state.reader.top
        #expect(top > 0)
        paragraphs.append("The last one.")
        let longer = Fixtures.article("Growing", path: "-", sections: [(nil, paragraphs)])
        _ = state.reduce(.articleUpdated(state.id(0), ArticleLayout(article: longer, width: state.readerColumnWidth, today: Fixtures.today)))
        #expect(state.reader.top == top, "the place is kept")
        #expect(state.entries[0].article == longer)
        // A search covers the text that arrives; hits of the shorter text on their way are dropped.
        state.press(.character("/"))
        let shorter = try #require(job(state.handle(key: .character("P"))))
        paragraphs.append("Paragraph with a late P.")
        let latest = Fixtures.article("Growing", path: "-", sections: [(nil, paragraphs)])
        let effects = state.reduce(.articleUpdated(state.id(0), ArticleLayout(article: latest, width: state.readerColumnWidth, today: Fixtures.today)))
        let again = try #require(job(effects))
        #expect(again.generation > shorter.generation && again.targets.map(\.article) == [latest])
        for action in results(of: shorter) + results(of: again) { _ = state.reduce(action) }
        #expect(state.openArticleHits == (try ArticleSearch(SearchQuery("P")).hits(in: latest)))
    }
}
