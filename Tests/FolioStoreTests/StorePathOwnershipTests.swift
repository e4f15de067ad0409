import FolioKit
import Foundation
import GRDB
import Testing

@testable import FolioStore

/// The state database's path is the user's: folio changes the mode of nothing it did not
/// create, never follows a link to change anything, uses a read-only database read-only with
/// one warning, and runs without state (with a warning) when a folder is in its place.
@Suite struct StorePathOwnershipTests {
    /// A folio database with some state, at `path`.
    private func makeDatabase(at path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let store = try LibraryStore.open(at: path).store
        try store.setRead(true, paths: ["/library/read.txt"])
        try store.setLastArticle("/library/last.txt")
    }

    @Test("modes the user set on the database are left as they are")
    func userModesStay() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try makeDatabase(at: folder.database.path)
        chmod(folder.database.path, 0o644)
        let store = try openStore(folder.database).store
        try store.setRead(true, paths: ["/b"])
        #expect(try permissions(folder.database.path) == 0o644)
        // SQLite gives its -wal file the database's mode; folio does not tighten either.
        #expect(try permissions(folder.database.path + "-wal") == 0o644)
    }

    @Test("a symbolic link is used as its target; neither is changed, moved or chmodded")
    func linkIsUsedNotChanged() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let target = folder.url.appendingPathComponent("elsewhere/state.sqlite").path
        try makeDatabase(at: target)
        chmod(target, 0o640)
        try FileManager.default.createDirectory(at: folder.database.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.database.path, withDestinationPath: target)

        let (store, warning) = LibraryStore.open(environment: ["XDG_STATE_HOME": folder.url.path])
        #expect(warning == nil)
        #expect(try store.lastArticle() == "/library/last.txt")
        try store.setRead(true, paths: ["/library/new.txt"])
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.database.path) == target)
        #expect(try permissions(target) == 0o640)
        #expect(try folder.names(in: "folio") == ["library.sqlite"])
    }

    @Test("a link to a damaged database is left as it is: no state, a warning, nothing moved")
    func linkToDamageIsLeft() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let target = folder.url.appendingPathComponent("elsewhere/garbage.bin").path
        try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let garbage = Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) })
        try garbage.write(to: URL(fileURLWithPath: target))
        chmod(target, 0o644)
        try FileManager.default.createDirectory(at: folder.database.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.database.path, withDestinationPath: target)

        let (store, warning) = LibraryStore.open(environment: ["XDG_STATE_HOME": folder.url.path])
        #expect(store.path == nil)
        #expect(warning?.contains("left as it is") == true, "\(warning ?? "no warning")")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.database.path) == target)
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == garbage)
        #expect(try permissions(target) == 0o644)
        #expect(try folder.names(in: "folio") == ["library.sqlite"])
    }

    @Test("a link to nothing: no state, a warning, nothing made through it")
    func danglingLink() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let target = folder.url.appendingPathComponent("missing/state.sqlite").path
        try FileManager.default.createDirectory(at: folder.database.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.database.path, withDestinationPath: target)
        let (store, warning) = LibraryStore.open(environment: ["XDG_STATE_HOME": folder.url.path])
        #expect(store.path == nil)
        #expect(warning?.contains("a symbolic link to nothing") == true, "\(warning ?? "no warning")")
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test("a folder in the database's place is a warning; it keeps its mode and contents")
    func folderInThePlace() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(at: folder.database, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: folder.database.appendingPathComponent("notes.txt"))
        chmod(folder.database.path, 0o755)
        let (store, warning) = LibraryStore.open(environment: ["XDG_STATE_HOME": folder.url.path])
        #expect(store.path == nil)
        #expect(warning == "reading state will not be saved: cannot open the state database '\(folder.database.path)': a folder is in its place")
        #expect(try permissions(folder.database.path) == 0o755)
        #expect(try folder.names(in: "folio/library.sqlite") == ["notes.txt"])
        #expect(try folder.names(in: "folio") == ["library.sqlite"])
    }

    @Test("a database the user made read-only is read, never written, and stays read-only")
    func readOnlyDatabase() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try makeDatabase(at: folder.database.path)
        chmod(folder.database.path, 0o444)
        let before = try Data(contentsOf: folder.database)

        let (store, warning) = LibraryStore.open(environment: ["XDG_STATE_HOME": folder.url.path])
        #expect(store.isReadOnly)
        #expect(warning == "the state database is read-only: reading state is read but not saved ('\(folder.database.path)')")
        #expect(try store.readPaths() == ["/library/read.txt"])
        #expect(try store.lastArticle() == "/library/last.txt")
        #expect(throws: StoreError.self) { try store.setRead(true, paths: ["/library/other.txt"]) }
        #expect(throws: StoreError.self) { try store.setLastArticle("/library/other.txt") }
        #expect(try permissions(folder.database.path) == 0o444)
        #expect(try Data(contentsOf: folder.database) == before)
    }

    @Test("a read-only file that is not a usable database is left as it is")
    func readOnlyGarbageIsLeft() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(at: folder.database.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(repeating: 0x41, count: 4096).write(to: folder.database)
        chmod(folder.database.path, 0o400)
        let (store, warning) = LibraryStore.open(environment: ["XDG_STATE_HOME": folder.url.path])
        #expect(store.path == nil)
        #expect(warning?.contains("left as it is") == true, "\(warning ?? "no warning")")
        #expect(try folder.names(in: "folio") == ["library.sqlite"])
        #expect(try permissions(folder.database.path) == 0o400)
    }

    @Test("a FIFO in the database's place is never opened: a warning, no state")
    func fifoInThePlace() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(at: folder.database.deletingLastPathComponent(), withIntermediateDirectories: true)
        #expect(mkfifo(folder.database.path, 0o600) == 0)
        let (store, warning) = LibraryStore.open(environment: ["XDG_STATE_HOME": folder.url.path])
        #expect(store.path == nil)
        #expect(warning?.contains("it is not a regular file") == true, "\(warning ?? "no warning")")
    }

    @Test("a state folder whose name is not UTF-8 is refused (SQLite would open another file)")
    func nonUTF8StateFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = PathBytes.string(Array(folder.url.path.utf8) + Array("/st".utf8) + [0xFF] + Array("/library.sqlite".utf8))
        #expect(throws: StoreError.cannotOpen(path: path, reason: "its name is not UTF-8")) { try LibraryStore.open(at: path) }
        #expect(try folder.names(in: ".").isEmpty, "nothing was made")
    }
}
