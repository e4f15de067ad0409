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
                var entry = LibraryEntry(path: path)
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
        _ = state.reduce(.libraryUpdated(LibraryUpdate(replaced: [2: details], progress: IndexingProgress(done: 1, total: 3))))
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
        _ = state.reduce(.libraryUpdated(LibraryUpdate(replaced: [60: details])))
        #expect(state.list.selected == 60 && state.list.top == 0)
        #expect(screen(state).trimmedLines.first?.contains("Putin’s Conditions") == true)
        _ = state.handle(key: .character("j"))
        let chosen = state.list.selected
        var another = LibraryEntry(path: "file-30.txt")
        another.title = "A later article"
        another.published = SimpleDate(year: 2030, month: 1, day: 1)
        another.isOnDisk = true
        _ = state.reduce(.libraryUpdated(LibraryUpdate(replaced: [30: another])))
        #expect(state.list.selected == chosen)
        #expect(state.shownEntries.first == 30)
    }

    @Test("files gone from the library leave the list; the selection keeps its entry; the open article stays until left")
    func removal() {
        var state = AppState.library()
        state.open(path: "garden.txt")
        let searchEffects = state.press(.character("/")) + state.type("NATO")
        #expect(searchEffects == [.loadSearchHistory], "every article is in memory")
        state.press(.tab)
        #expect(state.search.hits[1]?.count == 2)
        _ = state.reduce(.libraryUpdated(LibraryUpdate(removed: [1])))
        #expect(state.entries.map(\.path) == ["putin-peace-talks.txt", "garden.txt"])
        #expect(state.reader.entry == 1)
        #expect(state.search.hits[1]?.isEmpty == true, "the garden article's own hits moved with it")
        #expect(state.search.hits[0]?.isEmpty == false)
        _ = state.reduce(.libraryUpdated(LibraryUpdate(removed: [1])))
        #expect(state.reader.entry == 1, "the open article stays, as in less")
        #expect(state.focus == .reader)
        #expect(state.entries[1].isOnDisk == false && state.entries[1].article != nil)
        #expect(state.message?.text.contains("gone") == true)
        state.press(.character("h"))
        #expect(state.entries[1].article != nil, "it cannot be read again: it is kept")
    }

    @Test("leaving an article saves its place and lets it go; opening one asks for its place and moves there")
    func positions() throws {
        var state = Self.unread(["putin-peace-talks.txt", "garden.txt"], width: 80, height: 12)
        #expect(state.open(path: "putin-peace-talks.txt") == [.loadArticle(0)])
        #expect(state.reduce(.articleLoaded(0, Fixtures.seed)) == [.setRead(paths: ["putin-peace-talks.txt"], isRead: true), .loadPosition(0)])
        let place = LayoutAnchor(content: .block(section: 3, block: 1), offset: 0)
        _ = state.reduce(.positionLoaded(0, place))
        #expect(state.topLine.hasPrefix("The international community"))
        state.press(.character("j"))
        let anchor = state.reader.anchor
        #expect(state.open(path: "garden.txt") == [.loadArticle(1)])
        let effects = state.reduce(.articleLoaded(1, Fixtures.gardening))
        #expect(effects.first == .savePosition(path: "putin-peace-talks.txt", article: Fixtures.seed, anchor: anchor))
        #expect(state.entries[0].article == nil, "only the open article stays in memory")
        // A position for an article no longer open changes nothing.
        let top = state.reader.top
        _ = state.reduce(.positionLoaded(0, place))
        #expect(state.reader.top == top)
        let quit = state.press(.character("Q"))
        #expect(quit.suffix(2) == [.setLastArticle("garden.txt"), .quit])
    }

    @Test("m asks for a bookmark here; ' lists them, j/k move, d deletes, Enter opens the article and goes there")
    func bookmarks() throws {
        var state = AppState.library(width: 120, height: 40)
        #expect(state.press(.character("m")).isEmpty, "no article open")
        state.open(path: "putin-peace-talks.txt")
        state.press(.character("]"))
        #expect(state.press(.character("m")) == [.addBookmark(entry: 0, anchor: state.reader.anchor)])
        #expect(state.press(.character("'")) == [.listBookmarks])
        let items = [
            BookmarkItem(id: 7, path: "geneva.txt", title: "Talks in Geneva", label: "Outcome: No agreement"),
            BookmarkItem(id: 9, path: "putin-peace-talks.txt", title: "Putin’s Conditions", label: "lead: Russian President"),
            BookmarkItem(id: 11, path: "gone.txt", title: "gone", label: "lead: Gone"),
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
        #expect(state.reader.entry == 1)
        #expect(effects.last == .openBookmark(id: 7, entry: 1))
        #expect(!effects.contains(.loadPosition(1)), "the bookmark, not the last position, decides")
        state.press(.character("'"))
        _ = state.reduce(.bookmarksLoaded([]))
        #expect(state.overlay == nil)
        #expect(state.message?.text.contains("No bookmarks") == true)
    }

    @Test("while the library is searched, n does not load unsearched articles one by one; Esc stops the search")
    func scanning() {
        var state = Self.unread(["a.txt", "b.txt"])
        state.press(.character("/"))
        #expect(state.type("word").last == .searchLibrary(SearchQuery("word"), entries: [0, 1]))
        state.press(.enter)
        #expect(state.search.isScanning)
        #expect(state.press(.character("n")).isEmpty)
        #expect(state.message?.text.contains("Still searching") == true)
        #expect(state.press(.escape) == [.searchLibrary(SearchQuery("word"), entries: [])])
        #expect(!state.search.isActive)
    }
}
