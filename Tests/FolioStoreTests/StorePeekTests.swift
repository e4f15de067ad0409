import FolioKit
import Foundation
import GRDB
import Testing

@testable import FolioStore

/// The read-only look a second start takes at the saved state before its first paint.
@Suite struct StorePeekTests {
    @Test func aLookAfterACleanQuitReadsTheStateAndWritesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        do {
            let store = try openStore(folder.database).store
            try store.setRead(true, paths: ["/a.txt"])
            try store.setLastArticle("/a.txt")
            try store.update([CatalogEntry(article: article("/a.txt", sections: [["Text"]]), stamp: stamp("/a.txt"))])
        }
        // The last connection closed: SQLite checkpointed and removed the WAL file.
        #expect(!FileManager.default.fileExists(atPath: folder.database.path + "-wal"))
        let before = try Data(contentsOf: folder.database)
        let peek = try #require(LibraryStore.peek(at: folder.database.path))
        #expect(try peek.readPaths() == ["/a.txt"])
        #expect(try peek.lastArticle() == "/a.txt")
        let cached = try peek.cachedEntries(for: [stamp("/a.txt"), stamp("/b.txt")], beforePaint: true)
        #expect(cached.fresh.map(\.path) == ["/a.txt"])
        #expect(cached.stale.map(\.path) == ["/b.txt"])
        #expect(throws: StoreError.self) { try peek.setRead(true, paths: ["/b.txt"]) }
        #expect(try Data(contentsOf: folder.database) == before)
    }

    @Test func noLookAtAMissingGarbledForeignOrOutdatedFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(LibraryStore.peek(at: folder.database.path) == nil)
        try FileManager.default.createDirectory(at: folder.database.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }).write(to: folder.database)
        #expect(LibraryStore.peek(at: folder.database.path) == nil)
        try FileManager.default.removeItem(at: folder.database)
        let foreign = try DatabaseQueue(path: folder.database.path)
        try foreign.write { db in try db.execute(sql: "CREATE TABLE contacts (name TEXT)") }
        try foreign.close()
        #expect(LibraryStore.peek(at: folder.database.path) == nil)
        try FileManager.default.removeItem(at: folder.database)
        // folio's tables, but a migration not applied yet.
        _ = try openStore(folder.database)
        let queue = try DatabaseQueue(path: folder.database.path)
        try queue.write { db in try db.execute(sql: "DELETE FROM grdb_migrations") }
        try queue.close()
        #expect(LibraryStore.peek(at: folder.database.path) == nil)
    }
}
