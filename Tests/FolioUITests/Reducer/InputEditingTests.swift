import FolioKit
import Testing

@testable import FolioUI

/// The search bar and the filter as a shell's line: its editing keys, pastes, keys that come
/// together, and the history recalled by what begins it.
@Suite("Reducer: input editing")
struct InputEditingTests {
    /// A library whose articles are not loaded: a search of all articles asks the wiring to
    /// search their files (`Effect.searchLibrary`), one effect per search run.
    static func unloadedLibrary() -> AppState {
        AppState(
            entries: (0..<20).map { LibraryEntry(source: .file("/library/article-\($0).txt")) }, today: Fixtures.today,
            theme: Fixtures.theme, width: 100, height: 30)
    }

    static func searches(_ effects: [Effect]) -> [SearchQuery] {
        effects.compactMap { if case .searchLibrary(let query, _) = $0 { query } else { nil } }
    }

    @Test("a paste is one insertion and one search, its line breaks spaces")
    func pasteIsOneInsertion() {
        var state = Self.unloadedLibrary()
        state.press(.character("/"))
        let text = String(repeating: "peace talks\n", count: 300)
        let effects = state.press(.paste(text))
        #expect(state.search.field.text == String(repeating: "peace talks ", count: 299) + "peace talks")
        #expect(state.search.field.isCursorAtEnd)
        #expect(Self.searches(effects) == [SearchQuery(state.search.field.text)])
        // Pasted in the middle.
        state.press(.home, .paste("NATO\r\n"), .character(" "))
        #expect(state.search.field.text.hasPrefix("NATO peace talks"))
    }

    @Test("a paste outside a text field does nothing: its text is never read as keys")
    func pasteOutsideAField() {
        var state = AppState.library()
        let before = (state.list.selected, state.focus, state.list.sort)
        #expect(state.press(.paste("jjjGsq")).isEmpty)
        #expect((state.list.selected, state.focus, state.list.sort) == before)
    }

    @Test("keys that come together are applied in order and searched once, after the last edit")
    func keysTogetherSearchOnce() {
        var state = Self.unloadedLibrary()
        var performed: [[Effect]] = []
        let keys: [Key] = [.character("/")] + "nato summit".map { Key.character($0) } + [.backspace, .left, .character("X")]
        let going = state.handle(keys: keys) { _, effects in
            performed.append(effects)
            return true
        }
        #expect(going)
        #expect(state.search.field.text == "nato summXi")
        #expect(Self.searches(performed.flatMap { $0 }) == [SearchQuery("nato summXi")])
        // A key that needs the hits (Enter) gets them: the search runs before it.
        performed = []
        _ = state.handle(keys: [.character("s"), .enter]) { _, effects in
            performed.append(effects)
            return true
        }
        #expect(Self.searches(performed.flatMap { $0 }) == [SearchQuery("nato summXsi")])
        #expect(performed.flatMap { $0 }.contains(.saveSearch("nato summXsi")))
        #expect(!state.search.isEditing && state.search.isActive)
    }

    @Test("the filter follows keys that come together once, and keeps a shown entry selected")
    func filterTogether() {
        var state = AppState.library()
        _ = state.handle(keys: [.character("f")] + "gard".map { Key.character($0) }) { _, _ in true }
        #expect(state.list.filter.text == "gard")
        #expect(state.shownEntries.map { state.entries[$0].title } == ["Autumn Gardening"])
        #expect(state.list.selected.flatMap { state.entries[$0]?.title } == "Autumn Gardening")
    }

    @Test("Home, End, Ctrl-A, Ctrl-E, Alt-B, Alt-F, Ctrl-W, Ctrl-U, Ctrl-K, Delete in the search bar and the filter")
    func shellKeys() {
        for opening: Key in [.character("/"), .character("f")] {
            var state = AppState.library()
            state.press(opening)
            state.type("peace talks in geneva")
            var field: TextField { opening == .character("/") ? state.search.field : state.list.filter }
            state.press(.alt("b"), .alt("b"))
            state.type("X")
            #expect(field.text == "peace talks Xin geneva")
            state.press(.control("a"), .alt("f"), .character("!"))
            #expect(field.text == "peace! talks Xin geneva")
            state.press(.home, .delete)
            #expect(field.text == "eace! talks Xin geneva")
            state.press(.end, .control("w"))
            #expect(field.text == "eace! talks Xin ")
            state.press(.control("a"), .right, .right, .control("k"))
            #expect(field.text == "ea")
            state.press(.control("e"), .left, .control("u"))
            #expect(field.text == "a")
            #expect(state.search.isEditing || state.list.isFiltering)
        }
    }

    @Test("Esc typed just before a key that means nothing with Alt is Esc and the key")
    func altFallsBackToEscape() {
        var state = AppState.library()
        var expected = state
        expected.press(.character("j"))
        state.press(.character("/"))
        state.type("nato")
        state.press(.alt("j"))
        #expect(!state.search.isEditing)
        #expect(state.list.selected == expected.list.selected)
        #expect(state.list.selected != AppState.library().list.selected)
    }

    @Test("? lists the line-editing keys of the search bar, the filter and the address bar")
    func helpListsTheKeys() {
        let rows = HelpOverlay.rows(KeyMap.standard)
        for context in ["Search bar", "Filter prompt", "Address bar"] {
            guard let start = rows.firstIndex(where: { $0.isHeading && $0.keys == context }) else {
                Issue.record("no \(context) in the help")
                continue
            }
            let keys = rows[(start + 1)...].prefix { !$0.keys.isEmpty }.map(\.keys)
            for expected in ["Home Ctrl-A", "End Ctrl-E", "Alt-B", "Alt-F", "Ctrl-W", "Ctrl-U", "Ctrl-K", "Delete Ctrl-D", "Backspace"] {
                #expect(keys.contains(expected), "\(context): \(expected) in \(keys)")
            }
        }
    }

    /// A state whose history holds these queries, oldest first, with the search bar open.
    static func withHistory(_ queries: [String]) -> AppState {
        var state = AppState.library()
        _ = state.reduce(.searchHistoryLoaded(queries))
        state.press(.character("/"))
        return state
    }

    @Test("Up recalls only the queries that begin with what was typed, newest first; Down goes back to it")
    func prefixRecall() {
        var state = Self.withHistory(["nato summit", "putin", "nato", "natural gas", "geneva", "nato expansion"])
        state.type("nat")
        state.press(.up)
        #expect(state.search.field.text == "nato expansion")
        state.press(.up)
        #expect(state.search.field.text == "natural gas")
        state.press(.up, .up)
        #expect(state.search.field.text == "nato summit")
        state.press(.up)
        #expect(state.search.field.text == "nato summit")  // the oldest stays
        state.press(.down)
        #expect(state.search.field.text == "nato")
        state.press(.down, .down, .down)
        #expect(state.search.field.text == "nat")
        #expect(state.search.field.isCursorAtEnd)
        // With nothing typed, every query.
        state.press(.control("u"), .up, .up)
        #expect(state.search.field.text == "geneva")
        // A query the same as what was typed is skipped.
        state.press(.control("u"))
        state.type("nato")
        state.press(.up)
        #expect(state.search.field.text == "nato expansion")
        state.press(.up)
        #expect(state.search.field.text == "nato summit")
    }

    @Test("the search bar asks for the history of earlier runs once; n waits for it to repeat the newest query")
    func historyLoadedOnce() {
        var state = AppState.library()
        #expect(state.press(.character("n")) == [.loadSearchHistory])
        _ = state.reduce(.searchHistoryLoaded(["geneva"]))
        #expect(state.search.isActive)
        #expect(state.search.field.text == "geneva")
        state.press(.escape)
        #expect(state.press(.character("/")).isEmpty)
        // Without a history: n says so.
        state = AppState.library()
        state.press(.character("/"), .escape)
        _ = state.reduce(.searchHistoryLoaded([]))
        state.press(.character("n"))
        #expect(state.message?.text == "No search yet: press / to search")
    }

    @Test("a query searched again moves to the newest, once; the history keeps the newest 200; earlier runs come first")
    func historyWithoutDuplicates() {
        var state = AppState.library()
        _ = state.reduce(.searchHistoryLoaded(["alpha", "bravo"]))
        for query in ["charlie", "alpha"] {
            state.press(.character("/"))
            state.type(query)
            state.press(.enter, .escape)
        }
        #expect(state.search.history == ["bravo", "charlie", "alpha"])
        // The history of earlier runs arrives after this run's searches: these stay the newest.
        _ = state.reduce(.searchHistoryLoaded(["charlie", "delta"]))
        #expect(state.search.history == ["delta", "bravo", "charlie", "alpha"])
        _ = state.reduce(.searchHistoryLoaded((0..<300).map { "query \($0)" }))
        #expect(state.search.history.count == SearchState.historyLimit)
        #expect(state.search.history.last == "alpha")
        #expect(state.search.history.first == "query 104")
        // n with no search repeats the newest query.
        state.press(.character("n"))
        #expect(state.search.field.text == "alpha")
    }
}
