import GRDB

/// The tables of folio's state database, how they are created and how folio recognizes its own
/// database file.
enum StoreSchema {
    /// `PRAGMA application_id` of folio's database: "Foli" in ASCII.
    static let applicationID: Int32 = 0x466F_6C69
    /// `PRAGMA user_version`: the newest schema this build knows.
    static let version: Int32 = 2
    /// The FTS5 tokenizer. `categories 'L* N*'` makes private-use characters separators, so a
    /// word next to one is still a token of its own (whole-word search sees it as a word).
    static let tokenizer = "unicode61 remove_diacritics 2 categories 'L* N*'"

    /// Creates and upgrades the tables.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE catalog (
                    path TEXT PRIMARY KEY NOT NULL, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
                    format TEXT NOT NULL, title TEXT NOT NULL, author TEXT, published TEXT,
                    published_text TEXT, reading_minutes INTEGER NOT NULL, word_count INTEGER NOT NULL
                ) WITHOUT ROWID;
                CREATE TABLE reading (
                    path TEXT PRIMARY KEY NOT NULL, is_read INTEGER NOT NULL DEFAULT 0,
                    section INTEGER, block INTEGER, snippet TEXT, byte_offset INTEGER, occurrence INTEGER
                ) WITHOUT ROWID;
                CREATE TABLE bookmark (
                    id INTEGER PRIMARY KEY, path TEXT NOT NULL, section INTEGER NOT NULL,
                    block INTEGER NOT NULL, snippet TEXT NOT NULL, byte_offset INTEGER NOT NULL,
                    occurrence INTEGER NOT NULL, label TEXT NOT NULL, created_ms INTEGER NOT NULL
                );
                CREATE INDEX bookmark_path ON bookmark(path);
                CREATE TABLE setting (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;
                CREATE TABLE text_doc (
                    docid INTEGER PRIMARY KEY, path TEXT UNIQUE NOT NULL,
                    size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL
                );
                CREATE VIRTUAL TABLE article_text USING fts5(title, author, body, tokenize = "\(tokenizer)");
                PRAGMA application_id = \(applicationID);
                PRAGMA user_version = 1;
                """)
        }
        registerPreferences(in: &migrator)
        registerSearchHistory(in: &migrator)
        registerContentlessText(in: &migrator)
        return migrator
    }

    /// What an existing database file holds, as far as opening it is concerned.
    enum Contents: Equatable {
        /// No tables at all: a new file (or one made by a folio that stopped before migrating).
        case empty
        /// folio's database, at a schema this build can use.
        case folio
        /// Another program's database, or folio's from a newer, unknown schema.
        case foreign
    }

    /// Reads the markers of the database on `db`.
    static func contents(of db: Database) throws -> Contents {
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let userVersion = try Int32.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        let tables = try String.fetchAll(
            db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        if tables.isEmpty, applicationID == 0, userVersion == 0 { return .empty }
        if applicationID == Self.applicationID, (1...version).contains(userVersion),
            ["grdb_migrations", "catalog", "reading", "bookmark", "setting", "text_doc", "article_text"].allSatisfy(tables.contains)
        {
            return .folio
        }
        return .foreign
    }
}
