import FolioKit
import Foundation
import GRDB
import TestProcesses
import Testing

@testable import FolioStore

/// The built FolioStoreProbe, next to the test executable.
private func probe() throws -> URL {
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    let folder = FileManager.default.fileExists(atPath: executable.path)
        ? executable.deletingLastPathComponent() : Bundle.main.bundleURL.deletingLastPathComponent()
    let binary = folder.appendingPathComponent("FolioStoreProbe")
    try #require(FileManager.default.isExecutableFile(atPath: binary.path), "no FolioStoreProbe at \(binary.path): run swift build")
    return binary
}

/// The batch numbers the probe has reported so far: the complete lines of its output.
private func reportedBatches(_ output: ScratchFile) -> [Int] {
    let text = output.text
    return text.split(separator: "\n").dropLast(text.hasSuffix("\n") ? 0 : 1).compactMap { Int($0) }
}

@Suite struct ConcurrentWriteTests {
    @Test func twoStoresOnOneFileLoseNoWrites() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let first = try openStore(folder.database).store
        let second = try openStore(folder.database).store
        let rounds = 150
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (name, store) in [("first", first), ("second", second)] {
                group.addTask {
                    for round in 0..<rounds {
                        try store.setRead(true, paths: ["/\(name)/\(round)"])
                        try store.addBookmark(
                            path: "/shared", anchor: ReadingAnchor(section: 0, block: round, snippet: name, offset: 0), label: name)
                        try store.update([CatalogEntry(article: article("/\(name)/\(round)", sections: [[]]), stamp: stamp("/\(name)/\(round)"))])
                    }
                }
            }
            try await group.waitForAll()
        }
        let reopened = try openStore(folder.database).store
        #expect(try reopened.readPaths().count == 2 * rounds)
        let labels = try reopened.bookmarks(for: "/shared").map(\.label)
        #expect(labels.filter { $0 == "first" }.count == rounds && labels.filter { $0 == "second" }.count == rounds)
        let all = ["first", "second"].flatMap { name in (0..<rounds).map { stamp("/\(name)/\($0)") } }
        #expect(try reopened.cachedEntries(for: all).stale.isEmpty)
    }

    @Test func killedWriterLeavesTheLastCommittedBatches() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let database = folder.database
        let store = try openStore(database).store  // creates the file; stays open while the child writes
        let output = try ScratchFile()
        let child = try ChildProcess(try probe().path, ["write-loop", database.path], output: output.path)

        // Write from this process too while the child is busy, then kill the child mid-loop.
        let deadline = Date().addingTimeInterval(60)
        for round in 0..<40 {
            try store.setRead(true, paths: ["/parent/\(round)"])
            while reportedBatches(output).count <= round, child.isRunning, Date() < deadline { usleep(1_000) }
        }
        usleep(useconds_t.random(in: 0...3000))
        child.signal(SIGKILL)
        #expect(child.wait(timeout: 10) != nil && child.wasSignalled)
        let lastReported = reportedBatches(output).last ?? 0
        #expect(lastReported >= 20)

        let queue = try DatabaseQueue(path: database.path)
        let (integrity, batches) = try queue.read { db in
            (try String.fetchAll(db, sql: "PRAGMA integrity_check"),
             try Row.fetchAll(db, sql: "SELECT title, count(*) FROM catalog GROUP BY title").map { ($0[0] as String, $0[1] as Int) })
        }
        try queue.close()
        #expect(integrity == ["ok"])
        // Every batch is whole (one transaction each), none reported as committed is missing,
        // and at most one more (committed but not yet reported) is there.
        #expect(batches.allSatisfy { $0.1 == 500 })
        let numbers = Set(batches.compactMap { Int($0.0.dropFirst("batch ".count)) })
        #expect(numbers.isSuperset(of: 1...lastReported))
        #expect(numbers.count <= lastReported + 1)
        let reopened = try openStore(database)
        #expect(reopened.warning == nil)
        #expect(try reopened.store.readPaths().count == 40)
    }
}
