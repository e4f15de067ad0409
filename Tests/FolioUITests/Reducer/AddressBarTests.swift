import FolioKit
import Testing

@testable import FolioUI

/// The address bar `a` opens, as a reducer sees it: what Enter asks the wiring for, how the bar
/// edits and closes, and what the wiring's answer does to the list.
@Suite("the address bar")
struct AddressBarTests {
    /// The entries of a page saved in the home library, as the wiring reports them.
    static let savedPage: SourceEntries = {
        let source = ArticleSource.file("/library/pages/Saved page.html")
        return SourceEntries(source: source, entries: [LibraryEntry(source: source)])
    }()

    @Test("a opens the bar; typed and pasted text goes in it (Q too); Enter asks to save the address, trimmed")
    func enterSaves() {
        var state = AppState.library()
        state.press(.character("a"))
        #expect(state.keyContext == .addressInput)
        state.type(" http://example.org/Q")
        state.press(.paste("?x=1 \n"))
        #expect(state.address.field.text == " http://example.org/Q?x=1 ")
        let effects = state.press(.enter)
        #expect(effects == [.savePage("http://example.org/Q?x=1")])
        #expect(!state.address.isEditing)
        #expect(state.address.saving == ["http://example.org/Q?x=1"])
        #expect(state.message == StatusMessage("saving http://example.org/Q?x=1"))
    }

    @Test("Enter on blanks, Esc, Ctrl-C and Backspace on an empty bar close it and ask for nothing")
    func closes() {
        for keys: [Key] in [[.character(" "), .enter], [.character("x"), .escape], [.character("x"), .control("c")], [.backspace]] {
            var state = AppState.library()
            state.press(.character("a"))
            let effects = keys.flatMap { state.press($0) }
            #expect(effects.isEmpty, "\(keys)")
            #expect(!state.address.isEditing, "\(keys)")
            #expect(state.address.saving.isEmpty)
        }
    }

    @Test("The wiring's answer: a failure is an error with its reason; a page saved joins the list, selected")
    func answers() {
        var state = AppState.library()
        state.press(.character("a"))
        state.type("http://example.org/a")
        state.press(.enter)
        state.apply(.pageSaved("http://example.org/a", .failed("http://example.org/a: HTTP 404 Not Found")))
        #expect(state.address.saving.isEmpty)
        #expect(state.message == StatusMessage("http://example.org/a: HTTP 404 Not Found", isError: true))
        let file = Self.savedPage
        state.apply(.pageSaved("http://example.org/a", .saved(title: "Saved page", file: file)))
        #expect(state.entries.count == 4)
        #expect(state.list.selected.flatMap { state.entries[$0]?.title } == "Saved page")
        #expect(state.message == StatusMessage("saved  Saved page"))
        // Again (exists): still one entry, selected.
        state.press(.character("g"))
        state.apply(.pageSaved("http://example.org/a", .exists(title: "Saved page", file: file)))
        #expect(state.entries.count == 4)
        #expect(state.list.selected.flatMap { state.entries[$0]?.title } == "Saved page")
    }

    @Test("A filter that hides the page saved is cleared, so the selection shows it")
    func filterCleared() {
        var state = AppState.library()
        state.press(.character("f"))
        state.type("Putin")
        state.press(.enter)
        let file = Self.savedPage
        state.apply(.pageSaved("http://example.org/a", .saved(title: "Saved page", file: file)))
        #expect(state.list.filter.text.isEmpty)
        #expect(state.list.selected.flatMap { state.entries[$0]?.title } == "Saved page")
    }

    @Test("? lists a, the address bar's keys, and a in the links popup")
    func help() {
        let rows = HelpOverlay.rows(KeyMap.standard)
        #expect(rows.contains { $0.keys == "a" && $0.description == "save a web page into the home library" })
        #expect(rows.contains { $0.isHeading && $0.keys == "Address bar" })
        guard let links = rows.firstIndex(where: { $0.isHeading && $0.keys == "Links popup" }) else {
            Issue.record("no links popup in the help")
            return
        }
        let linkKeys = rows[(links + 1)...].prefix { !$0.isHeading }
        #expect(linkKeys.contains { $0.keys == "a" && $0.description == "save the link's page into the home library" })
    }
}
