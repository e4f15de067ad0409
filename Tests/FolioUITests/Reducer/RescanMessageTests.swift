import FolioKit
import FolioUI
import Testing

/// `R` shows `rescanning…` until the wiring says the rescan is done, then what it found.
@Suite("The rescan's message")
struct RescanMessageTests {
    static func status(_ state: AppState) -> String { render(state, width: 80, height: 24).trimmedLines[23] }

    @Test("rescanning… stays through other keys, and gives way to what changed when the rescan is done")
    func progressThenSummary() {
        var state = AppState.library()
        #expect(state.press(.character("R")) == [.rescan])
        #expect(Self.status(state).hasSuffix("rescanning…"))
        state.press(.character("j"), .character("k"))
        #expect(Self.status(state).hasSuffix("rescanning…"), "a key does not end it")
        _ = state.reduce(.rescanFinished(RescanSummary(added: 3, changed: 1, removed: 2)))
        #expect(!Self.status(state).contains("rescanning"))
        #expect(Self.status(state).contains("Rescanned: 3 new, 1 changed, 2 removed"))
        state.press(.character("j"))
        #expect(!Self.status(state).contains("Rescanned"))
        state.press(.character("R"))
        _ = state.reduce(.rescanFinished(RescanSummary()))
        #expect(Self.status(state).contains("Rescanned: nothing changed"))
        #expect(RescanSummary(changed: 2).text == "2 changed")
    }

    @Test("from the reader R reads the open article again too; an error meanwhile stays in view")
    func fromTheReader() {
        var state = AppState(entries: [LibraryEntry(source: .file("gone.txt"))], today: Fixtures.today)
        state.reader.entry = state.id(0)
        let effects = state.press(.character("R"))
        #expect(effects == [.loadArticle(state.id(0)), .rescan])
        _ = state.reduce(.loadFailed(state.id(0), "No such file"))
        _ = state.reduce(.rescanFinished(RescanSummary(removed: 1)))
        #expect(state.message?.isError == true)
        #expect(!state.isRescanning)
    }
}
