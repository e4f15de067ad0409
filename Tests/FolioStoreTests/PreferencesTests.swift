import FolioKit
import Foundation
import GRDB
import Testing

@testable import FolioStore

/// The choices made inside folio (theme, sort order) kept for the next start.
@Suite struct PreferencesTests {
    @Test func choicesAreKeptAndReadBack() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try openStore(folder.database).store
        #expect(try store.preferences().isEmpty)
        try store.setPreference(.theme, to: "nord")
        try store.setPreference(.sortOrder, to: "title")
        try store.setPreference(.theme, to: "gruvbox")
        let reopened = try openStore(folder.database).store
        #expect(try reopened.preferences() == [.theme: "gruvbox", .sortOrder: "title"])
        // A second start's read-only look sees them too.
        #expect(try LibraryStore.peek(at: folder.database.path)?.preferences() == [.theme: "gruvbox", .sortOrder: "title"])
    }

    @Test("a database from before preferences is migrated, its state kept")
    func olderDatabaseIsMigrated() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(at: folder.database.deletingLastPathComponent(), withIntermediateDirectories: true)
        // The schema as the v1 migration alone made it.
        let queue = try DatabaseQueue(path: folder.database.path)
        try StoreSchema.migrator.migrate(queue, upTo: "v1")
        try queue.write { db in try db.execute(sql: "INSERT INTO setting (key, value) VALUES ('last_article', '/kept.txt')") }
        try queue.close()
        #expect(LibraryStore.peek(at: folder.database.path) == nil, "a look cannot migrate: the full opening does")
        let store = try openStore(folder.database).store
        #expect(try store.lastArticle() == "/kept.txt")
        try store.setPreference(.theme, to: "nord")
        #expect(try store.preferences() == [.theme: "nord"])
    }

    @Test("without the preference table (a read-only database from before), there are none")
    func noTableNoPreferences() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(at: folder.database.deletingLastPathComponent(), withIntermediateDirectories: true)
        let queue = try DatabaseQueue(path: folder.database.path)
        try StoreSchema.migrator.migrate(queue, upTo: "v1")
        try queue.close()
        chmod(folder.database.path, 0o444)
        let (store, warning) = try openStore(folder.database)
        #expect(store.isReadOnly)
        #expect(warning != nil)
        #expect(try store.preferences().isEmpty)
    }
}
