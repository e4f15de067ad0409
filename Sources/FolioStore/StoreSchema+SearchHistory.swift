import GRDB

extension StoreSchema {
    /// Adds the search history: the queries searched, each once, the newest with the highest id.
    static func registerSearchHistory(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("searchHistory") { db in
            try db.execute(sql: """
                CREATE TABLE search_history (id INTEGER PRIMARY KEY, query TEXT UNIQUE NOT NULL);
                """)
        }
    }
}
