import GRDB

/// The full-text index without its copy of the text (schema version 2).
///
/// Version 1's FTS5 table kept every article's text a second time, as FTS5 does unless told
/// otherwise: two thirds of the database. The index is now contentless (`content=''`): it holds
/// the tokens and their positions only. A contentless table deletes a row only when given the
/// row's text again; folio reads that text back out of the index itself (see
/// `LibraryStore.purgeOrphans`), so a changed or removed file's row first becomes an orphan
/// (`text_orphan`), hidden from searches by their join with `text_doc`, and orphans are
/// deleted together, a scan of the index at a time. `docs/design.md` says why.
extension StoreSchema {
    /// Registers the migration to schema version 2, `contentlessText` (see `dropTextCopy`):
    /// after every other migration, which it does not depend on.
    static func registerContentlessText(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("contentlessText", migrate: dropTextCopy)
    }

    /// Replaces version 1's index and its copy of the text with the contentless index. The
    /// text is not carried over (that would take seconds on the way to the first paint): the
    /// catalog is emptied with it, so every file is read again in the background, as on a
    /// first start, and indexed. Read marks, positions, bookmarks and settings stay.
    static func dropTextCopy(_ db: Database) throws {
        try db.execute(sql: """
            DROP TABLE article_text;
            DROP TABLE text_doc;
            DELETE FROM catalog;
            CREATE TABLE text_doc (
                docid INTEGER PRIMARY KEY AUTOINCREMENT, path TEXT UNIQUE NOT NULL,
                size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL
            );
            CREATE TABLE text_orphan (docid INTEGER PRIMARY KEY);
            CREATE VIRTUAL TABLE article_text USING fts5(title, author, body, content = '', tokenize = "\(tokenizer)");
            CREATE VIRTUAL TABLE article_tokens USING fts5vocab(article_text, 'instance');
            PRAGMA user_version = 2;
            """)
    }

    /// Gives the file's free pages back to the file system when most of the file is free and
    /// that is more than a megabyte (as after `dropTextCopy`): VACUUM, outside any transaction.
    static func compactIfMostlyFree(_ writer: any DatabaseWriter) throws {
        let (free, total, pageSize) = try writer.read { db in
            (
                try Int.fetchOne(db, sql: "PRAGMA freelist_count") ?? 0, try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0,
                try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0
            )
        }
        guard free * pageSize > 1 << 20, free * 2 > total else { return }
        try writer.writeWithoutTransaction { db in try db.execute(sql: "VACUUM") }
    }
}
