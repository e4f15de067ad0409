import Foundation
import GRDB
import Testing

@testable import FolioStore

/// The search history in the state database: kept between runs, each query once (the newest
/// last), at most `LibraryStore.searchHistoryLimit` of them.
@Suite struct SearchHistoryTests {
    @Test func queriesSurviveAReopenOldestFirst() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let first = try openStore(folder.database).store
        for query in ["nato", "peace talks", "चाय", "e\u{301}té"] { try first.addSearch(query) }
        let second = try openStore(folder.database).store
        #expect(try second.searchHistory() == ["nato", "peace talks", "चाय", "e\u{301}té"])
    }

    @Test func aRepeatedQueryMovesToTheNewestOnce() throws {
        let store = LibraryStore.disabled()
        for query in ["alpha", "bravo", "charlie", "alpha", "bravo", "alpha"] { try store.addSearch(query) }
        #expect(try store.searchHistory() == ["charlie", "bravo", "alpha"])
    }

    @Test func theOldestGoBeyondTheLimit() throws {
        let store = LibraryStore.disabled()
        let limit = LibraryStore.searchHistoryLimit
        for number in 0..<(limit + 50) { try store.addSearch("query \(number)") }
        try store.addSearch("query 10")  // dropped before: back as the newest, and one more goes
        let history = try store.searchHistory()
        #expect(history.count == limit)
        #expect(history.first == "query 51")
        #expect(history.last == "query 10")
        #expect(Set(history).count == limit)
    }

    @Test("a database from before the search history gets it, and keeps what it held")
    func olderDatabaseIsMigrated() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(at: folder.database.deletingLastPathComponent(), withIntermediateDirectories: true)
        do {
            let queue = try DatabaseQueue(path: folder.database.path)
            try StoreSchema.migrator.migrate(queue, upTo: "v1")
            try queue.write { db in try db.execute(sql: "INSERT INTO setting (key, value) VALUES ('last_article', '/a')") }
        }
        let (store, warning) = try openStore(folder.database)
        #expect(warning == nil)
        #expect(try store.lastArticle() == "/a")
        try store.addSearch("nato")
        #expect(try store.searchHistory() == ["nato"])
    }
}
