import FolioKit
import Foundation
import GRDB
import TestProcesses
import Testing

@testable import FolioStore

/// A small tmpfs mounted for one test (root only), to fill up or make read-only for real.
final class SmallFileSystem {
    let path = NSTemporaryDirectory() + "folio-tmpfs-\(UUID().uuidString)"
    private var mounted = false
    private var views: [String] = []

    /// Mounts a tmpfs of `kilobytes`; throws when that is not allowed here.
    init(kilobytes: Int) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try Self.run(["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", path])
        mounted = true
    }

    deinit {
        for view in views {
            try? Self.run(["-l", view], command: "umount")
            try? FileManager.default.removeItem(atPath: view)
        }
        if mounted { try? Self.run(["-l", path], command: "umount") }
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Mounts this file system a second time, read-only, at a new path (Linux refuses to make a
    /// file system read-only while a file on it is open for writing); returns that path.
    /// Unmounted with the file system.
    func readOnlyView() throws -> String {
        let view = path + "-ro"
        try FileManager.default.createDirectory(atPath: view, withIntermediateDirectories: true)
        try Self.run(["--bind", path, view])
        views.append(view)
        try Self.run(["-o", "remount,bind,ro", view])
        return view
    }

    /// Writes a file until the file system is full; returns its path.
    func fill() -> String {
        let filler = path + "/filler"
        let descriptor = open(filler, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        defer { close(descriptor) }
        let block = [UInt8](repeating: 0x61, count: 1024)
        while write(descriptor, block, block.count) > 0 {}
        var byte: UInt8 = 0x61
        while write(descriptor, &byte, 1) > 0 {}
        return filler
    }

    private static func run(_ arguments: [String], command: String = "mount") throws {
        let child = try ChildProcess(command, arguments)
        guard child.wait(timeout: 10) == 0 else { throw StoreError.cannotOpen(path: arguments.last ?? "", reason: "\(command) failed") }
    }

    /// True when this process may mount a tmpfs (root in a namespace that allows it).
    static let isAvailable: Bool = { (try? SmallFileSystem(kilobytes: 64)) != nil }()
}

/// Saving while the state database cannot be written: a read-only database or file system, a
/// full disk. Every save returns a `StoreError` the app can show; nothing crashes; what was
/// committed before stays readable; saving works again once the fault is gone.
@Suite struct StoreFaultTests {
    static let anchor = ReadingAnchor(section: 1, block: 2, snippet: "the last committed place", offset: 40)

    /// Saves the state the tests expect to survive.
    static func saveCommittedState(_ store: LibraryStore) throws {
        try store.setLastArticle("/library/committed.txt")
        try store.savePosition(anchor, for: "/library/committed.txt")
        try store.setRead(true, paths: ["/library/committed.txt"])
    }

    /// Every kind of save the app makes, each expected to fail with a message.
    static func expectEverySaveFails(_ store: LibraryStore, _ what: String) {
        let big = String(repeating: "A paragraph that takes room on the disk. ", count: 2000)
        let saves: [(String, () throws(StoreError) -> Void)] = [
            ("last article", { () throws(StoreError) in try store.setLastArticle("/library/new.txt") }),
            ("position", { () throws(StoreError) in try store.savePosition(ReadingAnchor(section: 9, block: 9, snippet: big, offset: 1), for: "/library/committed.txt") }),
            ("read marks", { () throws(StoreError) in try store.setRead(false, paths: (0..<500).map { "/library/\($0)-\(big.prefix(200))" }) }),
            ("bookmark", { () throws(StoreError) in try store.addBookmark(path: "/library/committed.txt", anchor: anchor, label: big) }),
            ("catalog", { () throws(StoreError) in try store.update([CatalogEntry(article: article("/library/big.txt", sections: [[big, big]]), stamp: stamp("/library/big.txt"))]) }),
        ]
        for (name, save) in saves {
            do throws(StoreError) {
                try save()
                Issue.record("saving the \(name) on \(what) succeeded")
            } catch {
                #expect(!error.description.isEmpty && error.description.hasPrefix("state database error"), "\(error)")
            }
        }
    }

    /// The state `saveCommittedState` wrote, as read back.
    static func expectCommittedState(_ store: LibraryStore, _ what: String) throws {
        #expect(try store.lastArticle() == "/library/committed.txt", "last article after \(what)")
        #expect(try store.position(for: "/library/committed.txt") == anchor, "position after \(what)")
        #expect(try store.readPaths() == ["/library/committed.txt"], "read marks after \(what)")
    }

    @Test func readOnlyDatabaseRefusesSavesAndKeepsTheCommittedState() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try openStore(folder.database).store
        try Self.saveCommittedState(store)
        // SQLite's own read-only switch (root ignores file modes).
        try store.writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA query_only = ON") }
        Self.expectEverySaveFails(store, "a read-only database")
        try Self.expectCommittedState(store, "refused saves")
        try Self.expectCommittedState(try openStore(folder.database).store, "reopening")
    }

    @Test func fullDatabaseRefusesSavesAndKeepsTheCommittedState() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try openStore(folder.database).store
        try Self.saveCommittedState(store)
        // No page beyond those in use: every write that needs room fails as on a full disk.
        try store.writer.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages)")
        }
        let saves: [(String, () throws(StoreError) -> Void)] = [
            ("bookmark", { () throws(StoreError) in
                try store.addBookmark(path: "/library/committed.txt", anchor: Self.anchor, label: String(repeating: "x", count: 100_000))
            }),
            ("read marks", { () throws(StoreError) in try store.setRead(true, paths: (0..<2000).map { "/library/many/\($0).txt" }) }),
        ]
        for (name, save) in saves {
            do throws(StoreError) {
                try save()
                Issue.record("saving the \(name) on a full database succeeded")
            } catch {
                #expect(error.description.contains("full"), "\(error)")
            }
        }
        try Self.expectCommittedState(store, "refused saves")
        try Self.expectCommittedState(try openStore(folder.database).store, "reopening")
    }

    @Test(.enabled(if: SmallFileSystem.isAvailable, "mounting a tmpfs needs root"))
    func fullDiskRefusesSavesKeepsTheCommittedStateAndRecovers() throws {
        let disk = try SmallFileSystem(kilobytes: 512)
        let database = URL(fileURLWithPath: disk.path + "/folio/library.sqlite")
        let store = try openStore(database).store
        try Self.saveCommittedState(store)
        let filler = disk.fill()
        Self.expectEverySaveFails(store, "a full disk")
        try Self.expectCommittedState(store, "refused saves on a full disk")
        try FileManager.default.removeItem(atPath: filler)
        try store.setLastArticle("/library/after.txt")
        #expect(try openStore(database).store.lastArticle() == "/library/after.txt", "saving works once there is room")
    }

    @Test(.enabled(if: SmallFileSystem.isAvailable, "mounting a tmpfs needs root"))
    func readOnlyFileSystemNeverFailsToOpenAndRefusesSaves() throws {
        let disk = try SmallFileSystem(kilobytes: 1024)
        try Self.saveCommittedState(try openStore(URL(fileURLWithPath: disk.path + "/folio/library.sqlite")).store)
        let view = try disk.readOnlyView()
        // Opening never fails: the state is read (and saves fail), or kept in memory with a
        // warning.
        let (store, warning) = LibraryStore.open(environment: ["XDG_STATE_HOME": view])
        if store.path == nil {
            #expect(warning?.contains("will not be saved") == true, "\(warning ?? "no warning")")
        } else {
            try Self.expectCommittedState(store, "opening on a read-only file system")
            Self.expectEverySaveFails(store, "a read-only file system")
            try Self.expectCommittedState(store, "refused saves on a read-only file system")
        }
    }
}
