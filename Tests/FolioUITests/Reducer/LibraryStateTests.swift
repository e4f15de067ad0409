import FolioKit
import Testing

@testable import FolioUI

/// The reducer's side of the state database and the background reading: what it asks the
/// wiring to keep, and how it takes what comes back.
@Suite("library and reading state")
struct LibraryStateTests {
    func screen(_ state: AppState) -> ScreenBuffer { render(state, width: state.width, height: state.height) }

    /// Entries for files not read yet: titles from the file names.
    static func unread(_ paths: [String], width: Int = 120, height: Int = 40) -> AppState {
        AppState(
            entries: paths.map { path in
                var entry = LibraryEntry(source: .file(path))
                entry.isOnDisk = true
                return entry
            }, today: Fixtures.today, theme: Fixtures.theme, width: width, height: height)
    }

    @Test("the status line counts the background reading; details replace the file names as they arrive")
    func progress() {
        var state = Self.unread(["a.txt", "b.txt", "putin-peace-talks.txt"])
        state.indexing = IndexingProgress(done: 0, total: 3)
        #expect(screen(state).trimmedLines.last?.hasSuffix("indexing 0/3") == true)
        var details = LibraryEntry(article: Fixtures.seed)
        details.article = nil
        details.isOnDisk = true
        let read = SourceEntries(source: .file("putin-peace-talks.txt"), entries: [details])
        _ = state.reduce(.libraryUpdated(LibraryUpdate(read: [read], progress: IndexingProgress(done: 1, total: 3))))
        let lines = screen(state).trimmedLines
        #expect(lines.last?.hasSuffix("indexing 1/3") == true)
        #expect(lines.contains { $0.contains("Putin’s Conditions") })
        // Dated articles come first: the seed moved to the top of the list.
        #expect(state.shownEntries.first == 2)
        _ = state.reduce(.libraryUpdated(LibraryUpdate()))
        #expect(screen(state).trimmedLines.last?.contains("indexing") == false)
        #expect(IndexingProgress(done: 1234, total: 100_000).text == "indexing 1,234/100,000")
        #expect(IndexingProgress(done: 0, total: 2048, isListing: true).text == "listing files…")
    }

    @Test("until the user moves, the list stays at its top on the newest article as dates arrive; then the selection stays put")
    func untouchedListFollowsTheTop() {
        var state = Self.unread((0..<60).map { "file-\($0).txt" } + ["putin-peace-talks.txt"], height: 20)
        var details = LibraryEntry(article: Fixtures.seed)
        details.article = nil
        details.isOnDisk = true
        _ = state.reduce(.libraryUpdated(LibraryUpdate(read: [SourceEntries(source: details.source, entries: [details])])))
        #expect(state.list.selected == state.id(60) && state.list.top == 0)
        #expect(screen(state).trimmedLines.first?.contains("Putin’s Conditions") == true)
        _ = state.handle(key: .character("j"))
        let chosen = state.list.selected
        var another = LibraryEntry(source: .file("file-30.txt"))
        another.title = "A later article"
        another.published = SimpleDate(year: 2030, month: 1, day: 1)
        another.isOnDisk = true
        _ = state.reduce(.libraryUpdated(LibraryUpdate(read: [SourceEntries(source: another.source, entries: [another])])))
        #expect(state.list.selected == chosen)
        #expect(state.shownEntries.first == 30)
    }

    @Test("files gone from the library leave the list; what refers to the others is untouched; the open article stays until left")
    func removal() {
        var state = AppState.library()
        let (seed, geneva, garden) = (state.id(0), state.id(1), state.id(2))
        state.open(path: "garden.txt")
        let searchEffects = state.press(.character("/")) + state.type("NATO")
        #expect(searchEffects == [.loadSearchHistory], "every article is in memory")
        state.press(.tab)
        #expect(state.search.hits[geneva]?.count == 2)
        let hits = state.search.hits
        _ = state.reduce(.libraryUpdated(LibraryUpdate(removed: [.file("geneva.txt")])))
        #expect(state.entries.map(\.source) == [.file("putin-peace-talks.txt"), .file("garden.txt")])
        #expect(state.entries.map(\.id) == [seed, garden], "the others keep their identities")
        #expect(state.reader.entry == garden)
        #expect(state.search.hits[geneva] == nil)
        #expect(state.search.hits[garden] == hits[garden] && state.search.hits[seed] == hits[seed])
        #expect(state.search.hits[seed]?.isEmpty == false)
        _ = state.reduce(.libraryUpdated(LibraryUpdate(removed: [.file("garden.txt")])))
        #expect(state.reader.entry == garden, "the open article stays, as in less")
        #expect(state.focus == .reader)
        #expect(state.entries[1].isOnDisk == false && state.entries[1].article != nil)
        #expect(state.message?.text.contains("gone") == true)
        state.press(.character("h"))
        #expect(state.entries[1].article != nil, "it cannot be read again: it is kept")
    }

    @Test("a file read again with fewer items drops the extra ones; one read with more adds them at the end, keeping the others' identities")
    func feedItemsComeAndGo() {
        func items(_ titles: [String]) -> SourceEntries {
            SourceEntries(
                source: .file("feed.xml"),
                entries: titles.enumerated().map { item, title in
                    var entry = LibraryEntry(source: .file("feed.xml"), item: item)
                    entry.title = title
                    entry.feed = "Feed"
                    return entry
                })
        }
        var state = Self.unread(["a.txt"])
        _ = state.reduce(.libraryUpdated(LibraryUpdate(read: [items(["One", "Two", "Three"])])))
        let ids = state.entries.map(\.id)
        #expect(state.entries.map(\.title) == ["a", "One", "Two", "Three"])
        _ = state.reduce(.libraryUpdated(LibraryUpdate(read: [items(["One again", "Two"])])))
        #expect(state.entries.map(\.title) == ["a", "One again", "Two"])
        #expect(state.entries.map(\.id) == Array(ids.prefix(3)))
        _ = state.reduce(.libraryUpdated(LibraryUpdate(read: [items(["One again", "Two", "Three", "Four"])])))
        #expect(state.entries.map(\.title) == ["a", "One again", "Two", "Three", "Four"])
        #expect(!ids.contains(state.entries[3].id), "an item gone and back is a new entry")
    }

    @Test("leaving an article saves its place and lets it go; opening one asks for its place and moves there")
    func positions() throws {
        var state = Self.unread(["putin-peace-talks.txt", "garden.txt"], width: 80, height: 12)
        let (seed, garden) = (state.id(0), state.id(1))
        #expect(state.open(path: "putin-peace-talks.txt") == [.loadArticle(seed)])
        #expect(state.reduce(.articleLoaded(seed, Fixtures.seed)) == [.setRead(entries: [seed], isRead: true), .loadPosition(seed)])
        let place = LayoutAnchor(content: .block(section: 3, block: 1), offset: 0)
        _ = state.reduce(.positionLoaded(seed, place))
        #expect(state.topLine.hasPrefix("The international community"))
        state.press(.character("j"))
        let anchor = state.reader.anchor
        #expect(state.open(path: "garden.txt") == [.loadArticle(garden)])
        let effects = state.reduce(.articleLoaded(garden, Fixtures.gardening))
        #expect(effects.first == .savePosition(entry: seed, article: Fixtures.seed, anchor: anchor))
        #expect(state.entries[0].article == nil, "only the open article stays in memory")
        // A position for an article no longer open changes nothing.
        let top = state.reader.top
        _ = state.reduce(.positionLoaded(seed, place))
        #expect(state.reader.top == top)
        let quit = state.press(.character("Q"))
        #expect(quit.suffix(2) == [.setLastArticle(garden), .quit])
    }

    @Test("m asks for a bookmark here; ' lists them, j/k move, d deletes, Enter opens the article and goes there")
    func bookmarks() throws {
        var state = AppState.library(width: 120, height: 40)
        #expect(state.press(.character("m")).isEmpty, "no article open")
        state.open(path: "putin-peace-talks.txt")
        state.press(.character("]"))
        #expect(state.press(.character("m")) == [.addBookmark(entry: state.id(0), anchor: state.reader.anchor)])
        #expect(state.press(.character("'")) == [.listBookmarks])
        let items = [
            BookmarkItem(id: 7, entry: state.id(1), path: "geneva.txt", title: "Talks in Geneva", label: "Outcome: No agreement"),
            BookmarkItem(id: 9, entry: state.id(0), path: "putin-peace-talks.txt", title: "Putin’s Conditions", label: "lead: Russian President"),
            BookmarkItem(id: 11, entry: nil, path: "gone.txt", title: "gone", label: "lead: Gone"),
        ]
        _ = state.reduce(.bookmarksLoaded(items))
        let lines = screen(state).trimmedLines
        let row = try #require(lines.firstIndex { $0.contains("Outcome: No agreement") })
        #expect(lines[row + 1].contains("Talks in Geneva"))
        state.press(.character("j"), .character("j"))
        #expect(state.press(.character("d")) == [.deleteBookmark(id: 11)])
        #expect(state.overlay == .bookmarks(BookmarkList(items: Array(items.prefix(2)), selected: 1)))
        state.press(.character("k"))
        let effects = state.press(.enter)
        #expect(state.overlay == nil)
        #expect(state.reader.entry == state.id(1))
        #expect(effects.last == .openBookmark(id: 7, entry: state.id(1)))
        #expect(!effects.contains(.loadPosition(state.id(1))), "the bookmark, not the last position, decides")
        state.press(.character("'"))
        _ = state.reduce(.bookmarksLoaded([]))
        #expect(state.overlay == nil)
        #expect(state.message?.text.contains("No bookmarks") == true)
    }

    @Test("while the library is searched, n does not load unsearched articles one by one; Esc stops the search")
    func scanning() {
        var state = Self.unread(["a.txt", "b.txt"])
        state.press(.character("/"))
        #expect(state.type("word").last == .searchLibrary(SearchQuery("word"), entries: [state.id(0), state.id(1)]))
        state.press(.enter)
        #expect(state.search.isScanning)
        #expect(state.press(.character("n")).isEmpty)
        #expect(state.message?.text.contains("Still searching") == true)
        #expect(state.press(.escape) == [.searchLibrary(SearchQuery("word"), entries: [])])
        #expect(!state.search.isActive)
    }
}
