import FolioKit
import Foundation
import GRDB
import Testing

@testable import FolioStore

@Suite struct StoreOpeningTests {
    @Test func databaseLivesUnderXDGStateHomeOrHome() {
        #expect(StoreLocation.databasePath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/folio/library.sqlite")
        #expect(StoreLocation.databasePath(environment: ["XDG_STATE_HOME": "/s/", "HOME": "/h"]) == "/s/folio/library.sqlite")
        #expect(StoreLocation.databasePath(environment: ["XDG_STATE_HOME": "", "HOME": "/h"]) == "/h/.local/state/folio/library.sqlite")
        #expect(StoreLocation.databasePath(environment: ["XDG_STATE_HOME": "rel", "HOME": "/h"]) == "/h/.local/state/folio/library.sqlite")
        #expect(StoreLocation.databasePath(environment: ["HOME": "/"]) == "/.local/state/folio/library.sqlite")
        #expect(StoreLocation.databasePath(environment: [:]) == nil)
    }

    @Test func aPathsFolderIsTheTextBeforeItsLastSlash() {
        #expect(parent(of: "/a/b/c") == "/a/b")
        #expect(parent(of: "/a/b/c/") == "/a/b")
        #expect(parent(of: "/a") == "/")
        #expect(parent(of: "/") == "/")
        #expect(parent(of: "name") == "")
    }

    @Test func newDatabaseIsPrivateMarkedAndInWALMode() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (store, warning) = LibraryStore.open(environment: ["XDG_STATE_HOME": folder.url.path])
        #expect(warning == nil)
        #expect(store.path == folder.database.path)
        try store.setRead(true, paths: ["/a.txt"])  // a write, so -wal and -shm exist
        #expect(try permissions(folder.url.appendingPathComponent("folio").path) == 0o700)
        for suffix in ["", "-wal", "-shm"] {
            #expect(try permissions(folder.database.path + suffix) == 0o600, "mode of library.sqlite\(suffix)")
        }
        let markers = try store.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int32.fetchOne(db, sql: "PRAGMA application_id"),
             try Int32.fetchOne(db, sql: "PRAGMA user_version"))
        }
        #expect(markers.0 == "wal")
        #expect(markers.1 == StoreSchema.applicationID)
        #expect(markers.2 == StoreSchema.version)
    }

    @Test func reopeningKeepsTheDataAndRunsNoMigrationTwice() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try openStore(folder.database).store.setLastArticle("/library/one.txt")
        let (store, warning) = try openStore(folder.database)
        #expect(warning == nil)
        #expect(try store.lastArticle() == "/library/one.txt")
        let applied = try store.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(applied == StoreSchema.migrator.migrations)
    }

    @Test func looseModesOfAnExistingDatabaseAreTightened() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try openStore(folder.database).store.setRead(true, paths: ["/a"])
        chmod(folder.database.path, 0o644)
        _ = try openStore(folder.database)
        #expect(try permissions(folder.database.path) == 0o600)
    }

    @Test func garbageFileIsMovedAsideAndAFreshDatabaseMade() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(at: folder.database.deletingLastPathComponent(), withIntermediateDirectories: true)
        let garbage = Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) })
        try garbage.write(to: folder.database)
        let now = Date(timeIntervalSince1970: 1_790_000_000)
        let (store, warning) = LibraryStore.open(environment: ["XDG_STATE_HOME": folder.url.path], now: now)
        let aside = folder.database.path + ".damaged-20260921T141320Z"
        #expect(warning == "state database was damaged; moved it to '\(aside)' and rebuilt the catalog")
        #expect(try Data(contentsOf: URL(fileURLWithPath: aside)) == garbage)
        #expect(store.path != nil)
        try store.setRead(true, paths: ["/a"])
        #expect(try store.readPaths() == ["/a"])
    }

    @Test func foreignSQLiteDatabaseIsMovedAsideWithItsWAL() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(at: folder.database.deletingLastPathComponent(), withIntermediateDirectories: true)
        let foreign = try DatabasePool(path: folder.database.path)
        try foreign.write { db in
            try db.execute(sql: "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ann')")
        }
        let (store, warning) = try openStore(folder.database)
        let aside = try #require(try folder.names(in: "folio").first { $0.hasPrefix("library.sqlite.damaged-") && !$0.hasSuffix("-wal") && !$0.hasSuffix("-shm") })
        #expect(warning?.contains("moved it to '\(folder.url.path)/folio/\(aside)'") == true)
        try foreign.close()
        let moved = try DatabaseQueue(path: folder.url.appendingPathComponent("folio/\(aside)").path)
        #expect(try moved.read { db in try String.fetchAll(db, sql: "SELECT name FROM contacts") } == ["Ann"])
        #expect(try store.readPaths().isEmpty)
    }

    @Test(arguments: [(StoreSchema.applicationID, StoreSchema.version + 1), (Int32(0x1234), StoreSchema.version)])
    func wrongMarkersMeanForeign(applicationID: Int32, userVersion: Int32) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try openStore(folder.database).store.setLastArticle("/kept.txt")
        let queue = try DatabaseQueue(path: folder.database.path)
        try queue.write { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID); PRAGMA user_version = \(userVersion)")
        }
        try queue.close()
        let (store, warning) = try openStore(folder.database)
        #expect(warning?.hasPrefix("state database was damaged; moved it to ") == true)
        #expect(try store.lastArticle() == nil)
        #expect(try folder.names(in: "folio").contains { $0.hasPrefix("library.sqlite.damaged-") })
    }

    @Test func unusableLocationFallsBackToMemoryWithAWarning() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Data("a file, not a folder".utf8).write(to: folder.url.appendingPathComponent("folio"))
        let (store, warning) = LibraryStore.open(environment: ["XDG_STATE_HOME": folder.url.path])
        #expect(store.path == nil)
        #expect(warning?.contains("cannot create the state folder") == true)
        try store.setRead(true, paths: ["/a"])
        #expect(try store.readPaths() == ["/a"])
    }

    @Test func disabledStoreWorksAndWritesNothing() throws {
        let store = LibraryStore.disabled()
        try store.update([CatalogEntry(article: article("/a", sections: [["Text"]]), stamp: stamp("/a"))])
        try store.index(article("/a", sections: [["Whales sing"]]), stamp: stamp("/a"))
        try store.setRead(true, paths: ["/a"])
        #expect(try store.cachedEntries(for: [stamp("/a")]).fresh.count == 1)
        #expect(try store.candidates(forWords: "whales") == ["/a"])
        #expect(store.path == nil)
        let files = try store.read { db in try String.fetchAll(db, sql: "SELECT file FROM pragma_database_list") }
        #expect(files == [""])
    }
}
