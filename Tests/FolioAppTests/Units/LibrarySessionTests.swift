import FolioKit
import FolioStore
import FolioUI
import Foundation
import Testing

@testable import FolioApp

/// The library behind the reader: what it writes to the state database for the effects it is
/// given, what it reports, and the background news it hands the state.
@Suite("LibrarySession")
struct LibrarySessionTests {
    static let today = SimpleDate(year: 2026, month: 5, day: 1)!

    /// A session on `paths` with the library's state database, and a state of `entries`.
    static func session(_ library: TestLibrary, paths: [String] = ["/articles"], entries: [LibraryEntry]) -> (LibrarySession, AppState) {
        let session = LibrarySession(opening: StoreOpening(environment: library.environment, keepsState: true), paths: paths)
        return (session, AppState(entries: entries, today: today))
    }

    /// Two items of one feed file, a plain file and standard input.
    static func entries() -> [LibraryEntry] {
        var items = (0..<2).map { LibraryEntry(source: .file("/articles/feed.xml"), item: $0) }
        for index in items.indices { items[index].feed = "A feed" }
        return items + [LibraryEntry(source: .file("articles/plain.txt")), LibraryEntry(source: .standardInput)]
    }

    @Test("read marks are kept by file, made absolute: a feed's items share their file's; standard input keeps none")
    func readMarks() throws {
        let library = try TestLibrary()
        var (session, state) = Self.session(library, entries: Self.entries())
        let ids = state.entries.map(\.id)
        _ = session.perform(.setRead(entries: ids, isRead: true), on: &state)
        #expect(try session.store.readPaths() == ["/articles/feed.xml", StorePath.key("articles/plain.txt")])
        #expect(session.storeKey(ids[2], in: state) == FileManager.default.currentDirectoryPath + "/articles/plain.txt")
        #expect(session.storeKey(ids[3], in: state) == nil)
        _ = session.perform(.setRead(entries: [ids[1]], isRead: false), on: &state)
        #expect(try session.store.readPaths() == [StorePath.key("articles/plain.txt")])
    }

    @Test("the last article: a file's path; standard input leaves the one before as it was; none clears it")
    func lastArticle() throws {
        let library = try TestLibrary()
        var (session, state) = Self.session(library, entries: Self.entries())
        let ids = state.entries.map(\.id)
        _ = session.perform(.setLastArticle(ids[0]), on: &state)
        #expect(try session.store.lastArticle() == "/articles/feed.xml")
        _ = session.perform(.setLastArticle(ids[3]), on: &state)
        #expect(try session.store.lastArticle() == "/articles/feed.xml")
        _ = session.perform(.setLastArticle(nil), on: &state)
        #expect(try session.store.lastArticle() == nil)
    }

    @Test("the bundled samples keep no marks: nothing is written, and the bookmark keys say so")
    func samples() throws {
        let library = try TestLibrary()
        var (session, state) = Self.session(library, paths: [], entries: Library.samples().entries)
        #expect(session.isSamples)
        let id = state.entries[0].id
        _ = session.perform(.setRead(entries: [id], isRead: true), on: &state)
        _ = session.perform(.setLastArticle(id), on: &state)
        #expect(try session.store.readPaths().isEmpty && session.store.lastArticle() == nil)
        _ = session.perform(.listBookmarks, on: &state)
        #expect(state.message?.text == "The bundled samples keep no bookmarks")
    }

    @Test("files read in the background come into the list by their source; a file read again replaces its entries")
    func news() throws {
        let library = try TestLibrary()
        var (session, state) = Self.session(library, entries: [LibraryEntry(source: .file("/articles/a.md"))])
        let id = state.entries[0].id
        var details = LibraryEntry(source: .file("/articles/a.md"))
        details.title = "Alpha, read"
        session.inbox.post(.parsed([SourceEntries(source: .file("/articles/a.md"), entries: [details])], progress: nil))
        session.inbox.post(.found([SourceEntries(source: .file("/articles/b.md"), entries: [LibraryEntry(source: .file("/articles/b.md"))])],
            stamps: [:], progress: IndexingProgress(done: 0, total: 1)))
        #expect(session.takeNews(into: &state) { action, state in _ = state.reduce(action) })
        #expect(state.entries.map(\.title) == ["Alpha, read", "b"])
        #expect(state.entries[0].id == id, "the entry read keeps its identity")
        #expect(state.indexing == IndexingProgress(done: 0, total: 1))
        session.inbox.post(.rescanned(removed: [.file("/articles/a.md")], stamps: [:]))
        _ = session.takeNews(into: &state) { action, state in _ = state.reduce(action) }
        #expect(state.entries.map(\.title) == ["b"])
        #expect(!session.takeNews(into: &state) { _, _ in }, "nothing new")
    }

    @Test("a failure to keep the state is said once; unreadable folders are named with how many more, and kept for the end")
    func reports() throws {
        let library = try TestLibrary()
        var (session, state) = Self.session(library, entries: [])
        session.report(.database("disk full"), on: &state)
        #expect(state.message?.text == "Reading state not saved: state database error: disk full")
        state.message = nil
        session.report(.database("disk full again"), on: &state)
        #expect(state.message == nil)
        let errors = [LoadError.unreadable(path: "/x", reason: "permission denied"), .unreadable(path: "/y", reason: "permission denied")]
        session.reportUnreadable(errors, on: &state)
        session.reportUnreadable([errors[0]], on: &state)
        #expect(state.message?.text == "cannot read '/x': permission denied")
        #expect(session.unreadable == errors)
        session.reportUnreadable(errors, on: &state)
        #expect(state.message?.text == "cannot read '/x': permission denied (and 1 more)")
    }
}
