import FolioKit
import FolioStore
import Foundation
import Testing

@testable import FolioApp

/// The state database opened on another core while the first files are listed: a read-only
/// look for the first paint, the full opening after it.
@Suite("StoreOpening")
struct StoreOpeningTests {
    @Test("a first start has nothing to read and waits for nothing; the database is made by the full opening")
    func firstStart() throws {
        let library = try TestLibrary()
        let opening = StoreOpening(environment: library.environment, keepsState: true)
        #expect(opening.isFresh)
        #expect(opening.firstLook() == nil)
        #expect(opening.startingState().lastArticle == nil && opening.startingState().readPaths.isEmpty)
        #expect(opening.preferences().isEmpty)
        #expect(opening.warningComesLater && opening.warningBeforePaint == nil)
        #expect(opening.wait().store.path == library.database)
        #expect(FileManager.default.fileExists(atPath: library.database))
    }

    @Test("a second start reads the last article, the read marks and the choices for the first paint, then opens fully")
    func secondStart() throws {
        let library = try TestLibrary()
        do {
            let (store, _) = LibraryStore.open(environment: library.environment)
            try store.setLastArticle("/articles/last.md")
            try store.setRead(true, paths: ["/articles/read.md"])
            try store.setPreference(.sortOrder, to: "title")
        }
        let opening = StoreOpening(environment: library.environment, keepsState: true)
        #expect(!opening.isFresh)
        let starting = opening.startingState()
        #expect(starting.lastArticle == "/articles/last.md")
        #expect(starting.readPaths == ["/articles/read.md"])
        #expect(opening.preferences() == [.sortOrder: "title"])
        #expect(opening.warningComesLater, "the read-only look was enough for the first paint")
        #expect(!opening.isDone, "the full opening waits for the first frame")
        opening.firstFrameShown()
        let opened = opening.wait()
        #expect(opened.warning == nil && opened.store.path == library.database && opening.isDone)
    }

    @Test("a damaged database: the first paint waits for the full opening, which moves it aside and says so")
    func damaged() throws {
        let library = try TestLibrary()
        try library.home.file("state/folio/library.sqlite", String(repeating: "not a database ", count: 400))
        let opening = StoreOpening(environment: library.environment, keepsState: true)
        #expect(!opening.isFresh)
        #expect(!opening.warningComesLater)
        let warning = try #require(opening.warningBeforePaint)
        #expect(warning.hasPrefix("state database was damaged; moved it to "))
        #expect(opening.startingState().lastArticle == nil)
        #expect(library.home.contents.contains { $0.hasPrefix("state/folio/library.sqlite.damaged-") })
    }

    @Test("--no-state: nothing is read or written; the store lives in memory")
    func noState() throws {
        let library = try TestLibrary()
        let opening = StoreOpening(environment: library.environment, keepsState: false)
        #expect(opening.isFresh && opening.firstLook() == nil)
        let store = opening.wait().store
        #expect(store.path == nil)
        try store.setLastArticle("/articles/a.md")
        #expect(library.home.contents.isEmpty)
    }
}
