import GRDB

extension LibraryStore {
    /// The most queries the search history keeps; the oldest go first.
    public static let searchHistoryLimit = 200

    /// The queries searched in earlier runs, oldest first.
    public func searchHistory() throws(StoreError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT query FROM search_history ORDER BY id") }
    }

    /// Keeps `query` as the newest in the search history: an earlier copy goes, and so do the
    /// oldest beyond `searchHistoryLimit`.
    public func addSearch(_ query: String) throws(StoreError) {
        try write { db in
            try db.execute(sql: "DELETE FROM search_history WHERE query = ?", arguments: [query])
            try db.execute(sql: "INSERT INTO search_history (query) VALUES (?)", arguments: [query])
            try db.execute(
                sql: """
                    DELETE FROM search_history WHERE id <= (SELECT id FROM search_history ORDER BY id DESC LIMIT 1 OFFSET ?)
                    """,
                arguments: [Self.searchHistoryLimit])
        }
    }
}
