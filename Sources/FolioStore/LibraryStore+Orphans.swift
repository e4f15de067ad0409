import GRDB

/// Deleting text from the contentless full-text index.
///
/// The index keeps no copy of the text, and FTS5 (before SQLite 3.43's `contentless_delete`)
/// deletes a row of such a table only when given the row's text again: its tokens, to take the
/// row out of each token's list, and their number, to keep the lengths BM25 weighs by right.
/// Both are in the index itself: the `instance` view of `fts5vocab` lists every token with its
/// row, column and position, so a row's columns can be written out again token by token. That
/// view is a scan of the whole index (about a second for 10,000 articles), so rows are not
/// deleted one at a time: a changed or removed file's row becomes an orphan, listed in
/// `text_orphan` and hidden from searches (they join `text_doc`, which no longer names it), and
/// the orphans go in one scan, by `purgeOrphans()` when the background work is done or when
/// they grow many.
extension LibraryStore {
    /// Deletes the orphaned rows from the index: one scan of it, in one transaction. Call it
    /// when a run of indexing is over; a no-op when there are none.
    public func purgeOrphans() throws(StoreError) {
        let count = try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM text_orphan") ?? 0 }
        guard count > 0 else { return }
        try write(Self.purgeOrphans)
    }

    /// Orphans tolerated before an indexing batch purges them itself: a twentieth of the rows,
    /// and at least this many.
    static let orphansBeforePurge = 256

    /// Makes the indexed row of `path`, if any, an orphan: its document goes, its row stays
    /// until purged.
    static func orphan(path: String, in db: Database) throws {
        let document = try db.cachedStatement(sql: "DELETE FROM text_doc WHERE path = ? RETURNING docid")
        guard let docid = try Int64.fetchOne(document, arguments: [path]) else { return }
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO text_orphan (docid) VALUES (?)").execute(arguments: [docid])
    }

    /// Purges when the orphans are more than `orphansBeforePurge` and a twentieth of the rows.
    static func purgeOrphansIfMany(_ db: Database) throws {
        let orphans = try Int.fetchOne(db, sql: "SELECT count(*) FROM text_orphan") ?? 0
        guard orphans >= orphansBeforePurge else { return }
        let documents = try Int.fetchOne(db, sql: "SELECT count(*) FROM text_doc") ?? 0
        if orphans * 20 >= documents { try purgeOrphans(db) }
    }

    /// Deletes every orphan's row, its columns written out again from the index's own tokens.
    static func purgeOrphans(_ db: Database) throws {
        let orphans = try Int64.fetchAll(db, sql: "SELECT docid FROM text_orphan")
        guard !orphans.isEmpty else { return }
        try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.article_tokens USING fts5vocab(main, article_text, 'instance')")
        let columns = ["title": 0, "author": 1, "body": 2]
        // Per orphan and column, the tokens by position.
        var tokens: [Int64: [[(position: Int, token: String)]]] = [:]
        for orphan in orphans { tokens[orphan] = [[], [], []] }
        let rows = try Row.fetchCursor(
            db, sql: "SELECT doc, col, offset, term FROM temp.article_tokens WHERE doc IN (SELECT docid FROM text_orphan)")
        while let row = try rows.next() {
            let doc: Int64 = row[0]
            guard let column = columns[row[1] as String] else { continue }
            tokens[doc]?[column].append((row[2], row[3]))
        }
        let delete = try db.cachedStatement(
            sql: "INSERT INTO article_text (article_text, rowid, title, author, body) VALUES ('delete', ?, ?, ?, ?)")
        for (doc, columns) in tokens {
            let texts = columns.map { $0.sorted { $0.position < $1.position }.map(\.token).joined(separator: " ") }
            try delete.execute(arguments: [doc, texts[0], texts[1], texts[2]])
        }
        try db.execute(sql: "DELETE FROM text_orphan")
    }
}
