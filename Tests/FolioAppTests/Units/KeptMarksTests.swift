import FolioKit
import FolioUI
import Testing

@testable import FolioApp

/// The bundled samples and standard input keep no marks: nothing of them is written to the
/// state database, and `m` says so on the status line instead of doing nothing.
@Suite struct KeptMarksTests {
    /// The app as `folio` (no paths: the samples) or `folio -` opens it, its state kept in
    /// memory only, the first article open in the reader.
    private func app(paths: [String], entries: [LibraryEntry]) -> (AppState, EffectRunner) {
        let session = LibrarySession(opening: StoreOpening(environment: [:], keepsState: false), paths: paths)
        var state = AppState(entries: entries, today: SimpleDate(year: 2026, month: 5, day: 1)!)
        _ = state.handle(key: .resize(width: 100, height: 30))
        let runner = EffectRunner(catalog: ThemeCatalog(bundled: BundledThemes.all, userDirectory: nil), session: session)
        _ = runner.perform(state.reduce(.openSelected), on: &state)
        return (state, runner)
    }

    @Test("m on a bundled sample says the samples keep no bookmarks; ' says so too")
    func samples() throws {
        var (state, runner) = app(paths: [], entries: Library.samples().entries)
        #expect(state.reader.layout != nil)
        _ = runner.perform(state.handle(key: .character("m")), on: &state)
        #expect(state.message?.text == "The bundled samples keep no bookmarks")
        _ = runner.perform(state.handle(key: .character("'")), on: &state)
        #expect(state.message?.text == "The bundled samples keep no bookmarks")
        #expect(state.overlay == nil)
        let store = try #require(runner.session).store
        #expect(try store.bookmarks().isEmpty)
        #expect(try store.readPaths().isEmpty)
        #expect(try store.lastArticle() == nil)
    }

    @Test("m on standard input says it keeps no bookmarks, and nothing of it is written")
    func standardInput() throws {
        let article = try #require(try ArticleLoader.load(bytes: Array("Piped\n\nAn article from a pipe.\n".utf8), path: "-").first)
        var (state, runner) = app(paths: ["-"], entries: [LibraryEntry(article: article, source: .standardInput)])
        _ = runner.perform(state.handle(key: .character("m")), on: &state)
        #expect(state.message?.text == "Standard input keeps no bookmarks")
        _ = runner.perform(state.reduce(.forceQuit), on: &state)
        let store = try #require(runner.session).store
        #expect(try store.bookmarks().isEmpty)
        #expect(try store.readPaths().isEmpty)
        #expect(try store.lastArticle() == nil)
    }
}
