import FolioKit
import FolioStore
import FolioUI
import Foundation
import Testing

@testable import FolioApp

/// The effects the app state asks for, performed, and their results fed back as actions.
@Suite("EffectRunner")
struct EffectRunnerTests {
    /// Takes late results at idle ticks until `done` holds of the state (at most 30 seconds).
    static func idle(_ runner: EffectRunner, _ state: inout AppState, until done: (AppState) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(30)
        while !done(state) {
            guard Date() < deadline else { return false }
            if runner.idle(&state) == .unchanged { usleep(1_000) }
        }
        return true
    }

    static func catalog() -> ThemeCatalog { ThemeCatalog(bundled: BundledThemes.all, userDirectory: nil) }

    @Test("an article not in memory is read from its file and opens in the reader")
    func loadArticle() throws {
        let library = try TestLibrary()
        let file = try library.articles.file("one.md", "# Loaded from its file\n\nThe text.\n")
        var entry = LibraryEntry(source: .file(file))
        entry.isOnDisk = true
        var state = AppState(entries: [entry], today: SimpleDate(year: 2026, month: 5, day: 1)!)
        _ = state.handle(key: .resize(width: 100, height: 30))
        let runner = EffectRunner(catalog: Self.catalog())
        #expect(runner.perform(state.reduce(.openSelected), on: &state) == .continue)
        #expect(Self.idle(runner, &state) { $0.reader.layout != nil })
        #expect(state.reader.layout?.article.title == "Loaded from its file")
        #expect(state.reader.layout?.width == state.readerColumnWidth, "laid out for the reader by the job")
    }

    @Test("a theme asked for is applied and kept for the next start; one that cannot be loaded says why and is not kept")
    func themes() throws {
        let library = try TestLibrary()
        let session = LibrarySession(opening: StoreOpening(environment: library.environment, keepsState: true), paths: ["/a"])
        let runner = EffectRunner(catalog: Self.catalog(), session: session)
        var state = AppState(entries: [], today: SimpleDate(year: 2026, month: 5, day: 1)!, themeNames: ["default", "nord"])
        _ = runner.perform([.loadTheme("nord")], on: &state)
        #expect(state.theme.name == "nord" && state.message?.text == "Theme: nord")
        #expect(try session.store.preferences()[.theme] == "nord")
        _ = runner.perform([.loadTheme("no-such-theme")], on: &state)
        #expect(state.message?.isError == true)
        #expect(try session.store.preferences()[.theme] == "nord", "a broken theme is not kept")
    }

    @Test("without a library session: a rescan finds nothing, the search history is empty, marks go nowhere")
    func withoutSession() {
        let runner = EffectRunner(catalog: Self.catalog())
        var state = AppState(entries: Library.samples().entries, today: SimpleDate(year: 2026, month: 5, day: 1)!)
        _ = runner.perform([.rescan], on: &state)
        #expect(state.message?.text == "Rescanned: nothing changed")
        _ = runner.perform(state.reduce(.startSearch), on: &state)
        #expect(state.search.isEditing && state.search.history.isEmpty)
        #expect(runner.perform([.setRead(entries: [state.entries[0].id], isRead: true), .setLastArticle(nil)], on: &state) == .continue)
    }

    @Test("quit and redraw are the loop's: perform says so")
    func loopControl() {
        let runner = EffectRunner(catalog: Self.catalog())
        var state = AppState(entries: [], today: SimpleDate(year: 2026, month: 5, day: 1)!)
        #expect(runner.perform([.redraw], on: &state) == .redraw)
        #expect(runner.perform([.quit, .redraw], on: &state) == .quit)
        #expect(runner.idle(&state) == .unchanged, "no news, nothing to draw")
    }

    @Test("a link whose browser cannot be started says so on the status line")
    func browserNotFound() {
        let runner = EffectRunner(
            catalog: Self.catalog(),
            browser: BrowserLauncher(settings: BrowserSettings(command: "folio-no-such-browser %u"), environment: [:]))
        var state = AppState(entries: [], today: SimpleDate(year: 2026, month: 5, day: 1)!)
        _ = runner.perform([.openLink("https://example.org/")], on: &state)
        #expect(state.message?.isError == true)
        #expect(state.message?.text == "Cannot start the browser folio-no-such-browser: not found (from --browser)")
    }

    @Test("a search typed in an open article finds its hits away from the keys, and they come back at idle")
    func searchArticles() {
        let article = PlainTextReader.read(Array("Title\n\nA zebra, and another zebra.\n".utf8), path: "/a/zebra.txt")
        var state = AppState(articles: [article], today: SimpleDate(year: 2026, month: 5, day: 1)!)
        _ = state.handle(key: .resize(width: 100, height: 30))
        let runner = EffectRunner(catalog: Self.catalog())
        _ = runner.perform(state.reduce(.openSelected), on: &state)
        for key in "/zebra" { _ = runner.perform(state.handle(key: .character(key)), on: &state) }
        #expect(Self.idle(runner, &state) { !$0.search.isSearching })
        #expect(state.openArticleHits.count == 2)
    }
}
