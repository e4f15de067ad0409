import FolioKit
import Foundation
import GRDB
import Testing

@testable import FolioStore

/// A database of the first schema (whose full-text index kept a copy of every text) opened by
/// this build: upgraded, smaller, with the reader's marks, places and bookmarks kept.
@Suite struct SchemaUpgradeTests {
    /// Words for texts that take room, fixed by a seed.
    static func text(_ seed: Int, words: Int) -> String {
        var generator = SeededWords(seed: UInt64(seed))
        return (0..<words).map { _ in generator.next() }.joined(separator: " ")
    }

    /// Makes a database of schema version 1 at `path`, filled as a user's would be, through
    /// that schema's own tables: 400 indexed articles (about 2 MB of text), a catalog, read
    /// marks, a position, bookmarks and the last article. Returns the bookmarks made.
    static func makeVersionOne(at path: String) throws -> [Bookmark] {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let queue = try DatabaseQueue(path: path)
        try StoreSchema.migrator.migrate(queue, upTo: "v1")
        try queue.write { db in
            for index in 0..<400 {
                try db.execute(
                    sql: "INSERT INTO text_doc (path, size, mtime_ns) VALUES (?, 1, 1)", arguments: ["/lib/\(index).txt"])
                try db.execute(
                    sql: "INSERT INTO article_text (rowid, title, author, body) VALUES (?, ?, '', ?)",
                    arguments: [db.lastInsertedRowID, "Title \(index)", text(index, words: 800)])
            }
        }
        let store = LibraryStore(writer: queue, path: path)
        try store.update((0..<400).map { CatalogEntry(stamp: stamp("/lib/\($0).txt"), format: .plainText, title: "T", readingMinutes: 1, wordCount: 1) })
        try store.setRead(true, paths: ["/lib/1.txt", "/lib/2.txt"])
        try store.savePosition(ReadingAnchor(section: 1, block: 2, snippet: "Where I was", offset: 5), for: "/lib/1.txt")
        _ = try store.addBookmark(
            path: "/lib/2.txt", anchor: ReadingAnchor(section: 0, block: 1, snippet: "Marked", offset: 0), label: "keep",
            created: Date(timeIntervalSince1970: 1_700_000_000))
        try store.setLastArticle("/lib/2.txt")
        #expect(try store.read { db in try Int32.fetchOne(db, sql: "PRAGMA user_version") } == 1)
        let bookmarks = try store.bookmarks()
        try queue.close()
        return bookmarks
    }

    @Test func versionOneIsUpgradedKeepingReadMarksPositionsAndBookmarks() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.database.path
        let bookmarks = try Self.makeVersionOne(at: path)
        let sizeBefore = try fileSize(path)
        #expect(sizeBefore > 3_000_000)

        let (store, warning) = try openStore(folder.database)
        #expect(warning == nil)
        #expect(try store.readPaths() == ["/lib/1.txt", "/lib/2.txt"])
        #expect(try store.position(for: "/lib/1.txt") == ReadingAnchor(section: 1, block: 2, snippet: "Where I was", offset: 5))
        #expect(try store.bookmarks() == bookmarks)
        #expect(try store.lastArticle() == "/lib/2.txt")
        #expect(try store.read { db in try Int32.fetchOne(db, sql: "PRAGMA user_version") } == StoreSchema.version)
        // The text and the catalog made from it are read again in the background, as on a first start.
        let files = (0..<400).map { stamp("/lib/\($0).txt") }
        #expect(try store.cachedEntries(for: files).stale == files)
        #expect(try store.unindexed(files) == files)
        // No copy of the text, and the room it took is given back.
        let tables = try store.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") }
        #expect(tables.contains("article_text") && !tables.contains("article_text_content"))
        #expect(try fileSize(path) < sizeBefore / 10)

        try store.index(article("/lib/1.txt", title: "Whales", sections: [["Songs of the deep."]]), stamp: stamp("/lib/1.txt"))
        #expect(try store.candidates(forWords: "whales") == ["/lib/1.txt"])
        // A second opening finds nothing more to do.
        let again = try openStore(folder.database).store
        #expect(try again.candidates(forWords: "songs") == ["/lib/1.txt"])
    }

    /// The database file's size, after the write-ahead log is folded into it.
    func fileSize(_ path: String) throws -> Int {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        try queue.close()
        return try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
    }
}

/// Words of English-like lengths from a fixed vocabulary, the same for a seed on every run.
struct SeededWords {
    private var state: UInt64
    private static let vocabulary: [String] = (0..<3000).map { index in
        var generator = SplitMix(state: UInt64(index) &+ 0x9E37)
        let length = 3 + Int(generator.next() % 8)
        return String((0..<length).map { _ in Character(UnicodeScalar(UInt8(97 + generator.next() % 26))) })
    }

    init(seed: UInt64) { state = seed &* 0x2545_F491_4F6C_DD1D &+ 1 }

    /// A word, the n-th most common about as often as 1/n of the time (as in natural text).
    mutating func next() -> String {
        var generator = SplitMix(state: state)
        let draw = Double(generator.next() % 10_000) / 10_000
        state = generator.state
        return Self.vocabulary[Int(exp(draw * log(Double(Self.vocabulary.count)))) - 1]
    }
}

/// The SplitMix64 generator.
struct SplitMix {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
