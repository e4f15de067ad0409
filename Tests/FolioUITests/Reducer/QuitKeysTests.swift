import FolioKit
import FolioUI
import Testing

/// Cancel, not quit: Ctrl-C cancels a prompt and quits elsewhere; `q` closes what is on top;
/// `Q` quits from anywhere but a text field, where it is typed.
@Suite("Quitting and cancelling")
struct QuitKeysTests {
    /// True when the effects end folio.
    static func quits(_ effects: [Effect]) -> Bool { effects.last == .quit }

    @Test("Ctrl-C in the search bar cancels the search and goes back to where it started; a second Ctrl-C quits")
    func controlCInSearchBar() {
        var state = AppState.library()
        state.open(path: "putin-peace-talks.txt")
        state.press(.character("/"))
        state.type("minsk")
        #expect(state.reader.top > 0, "the view went to the first hit")
        let effects = state.press(.control("c"))
        #expect(!Self.quits(effects))
        #expect(!state.search.isEditing && !state.search.isActive)
        #expect(state.reader.top == 0)
        #expect(state.focus == .reader)
        #expect(Self.quits(state.press(.control("c"))))
    }

    @Test("Ctrl-C in the filter prompt clears the filter and closes it")
    func controlCInFilter() {
        var state = AppState.library()
        state.press(.character("f"))
        state.type("kim")
        #expect(state.shownEntries.count == 1)
        #expect(!Self.quits(state.press(.control("c"))))
        #expect(!state.list.isFiltering && state.list.filter.text.isEmpty)
        #expect(state.shownEntries.count == 3)
    }

    @Test("Ctrl-C quits at once from the list, the reader and a popup")
    func controlCQuits() {
        var state = AppState.library()
        #expect(Self.quits(state.press(.control("c"))))
        state.open(path: "putin-peace-talks.txt")
        #expect(Self.quits(state.press(.control("c"))))
        for popup in [Key.character("o"), .character("?")] {
            state.overlay = nil
            state.focus = .reader
            state.press(popup)
            #expect(state.overlay != nil)
            #expect(Self.quits(state.press(.control("c"))), "Ctrl-C in \(popup)'s popup")
        }
    }

    @Test("q closes a popup, then the reader over the list (one pane), then quits")
    func qClosesWhatIsOnTop() {
        var state = AppState.library(width: 80, height: 24)
        state.open(path: "putin-peace-talks.txt")
        state.press(.character("o"))
        #expect(!Self.quits(state.press(.character("q"))))
        #expect(state.overlay == nil && state.focus == .reader)
        #expect(!Self.quits(state.press(.character("q"))))
        #expect(state.focus == .list)
        #expect(render(state, width: 80, height: 24).trimmedLines[0] == " ● Talks in Geneva")
        // The article stays open: Tab goes back to it where it was.
        #expect(state.reader.entry == state.id(0))
        let effects = state.press(.character("q"))
        #expect(Self.quits(effects))
        #expect(effects.contains(.setLastArticle(state.id(0))))
    }

    @Test("q in the reader quits side by side, where the list shows beside it")
    func qSideBySide() {
        var state = AppState.library(width: 120, height: 40)
        state.open(path: "putin-peace-talks.txt")
        #expect(state.focus == .reader)
        #expect(Self.quits(state.press(.character("q"))))
    }

    @Test("opened on a single article, q quits, as less does")
    func qOnOneArticle() {
        var state = AppState(articles: [Fixtures.seed], today: Fixtures.today, width: 80, height: 24)
        state.open(path: "putin-peace-talks.txt")
        #expect(state.focus == .reader)
        #expect(Self.quits(state.press(.character("q"))))
    }

    @Test("Q quits from the list, the reader and every popup; in the search bar and the filter it is typed")
    func capitalQ() {
        var state = AppState.library(width: 80, height: 24)
        #expect(Self.quits(state.press(.character("Q"))))
        state.open(path: "putin-peace-talks.txt")
        #expect(Self.quits(state.press(.character("Q"))))
        for popup in [Key.character("o"), .character("?")] {
            state.overlay = nil
            state.focus = .reader
            state.press(popup)
            #expect(state.overlay != nil)
            #expect(Self.quits(state.press(.character("Q"))), "Q in \(popup)'s popup")
        }
        _ = state.reduce(.bookmarksLoaded([BookmarkItem(id: 1, entry: nil, path: "garden.txt", title: "Autumn", label: "lead: Plant")]))
        #expect(Self.quits(state.press(.character("Q"))), "Q in the bookmarks")
        state.overlay = nil
        state.focus = .reader
        state.press(.character("/"))
        #expect(!Self.quits(state.press(.character("Q"))))
        #expect(state.search.field.text == "Q")
        state.press(.escape, .character("h"), .character("f"))
        #expect(!Self.quits(state.press(.character("Q"))))
        #expect(state.list.filter.text == "Q")
    }
}
