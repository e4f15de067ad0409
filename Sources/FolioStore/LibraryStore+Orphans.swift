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
/// they grow many. The view is the table `article_tokens`, kept in the schema so that a
/// reader connection (which may not create even a temporary table) can scan it.
extension LibraryStore {
    /// Deletes the orphaned rows from the index. The scan reads a snapshot on a reader
    /// connection, so neither this process's writes nor another's wait for it; the deletes then
    /// take one short write transaction, each claiming its orphan first (another process may
    /// have purged it meanwhile). A no-op when there are none.
    public func purgeOrphans() throws(StoreError) {
        try deleteOrphans(try read(Self.orphanTexts))
    }

    /// Deletes the orphans `found` (their texts by `orphanTexts`) that are still orphans.
    func deleteOrphans(_ found: [Int64: [String]]) throws(StoreError) {
        guard !found.isEmpty else { return }
        try write { db in
            let claim = try db.cachedStatement(sql: "DELETE FROM text_orphan WHERE docid = ? RETURNING docid")
            let delete = try db.cachedStatement(
                sql: "INSERT INTO article_text (article_text, rowid, title, author, body) VALUES ('delete', ?, ?, ?, ?)")
            for (doc, texts) in found where try Int64.fetchOne(claim, arguments: [doc]) != nil {
                try delete.execute(arguments: [doc, texts[0], texts[1], texts[2]])
            }
        }
    }

    /// Purges when the orphans are at least `orphansBeforePurge` and a twentieth of the rows:
    /// a long run of indexing does not wait for its end to purge.
    func purgeOrphansIfMany() throws(StoreError) {
        let (orphans, documents) = try read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM text_orphan") ?? 0, try Int.fetchOne(db, sql: "SELECT count(*) FROM text_doc") ?? 0)
        }
        if orphans >= Self.orphansBeforePurge, orphans * 20 >= documents { try purgeOrphans() }
    }

    /// Orphans tolerated before indexing purges them itself (see `purgeOrphansIfMany`).
    static let orphansBeforePurge = 256

    /// Makes the indexed row of `path`, if any, an orphan: its document goes, its row stays
    /// until purged.
    static func orphan(path: String, in db: Database) throws {
        let document = try db.cachedStatement(sql: "DELETE FROM text_doc WHERE path = ? RETURNING docid")
        guard let docid = try Int64.fetchOne(document, arguments: [path]) else { return }
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO text_orphan (docid) VALUES (?)").execute(arguments: [docid])
    }

    /// Each orphan's columns (title, author, body) written out again from the index's own
    /// tokens, in position order: text that tokenizes to exactly the row's tokens.
    static func orphanTexts(_ db: Database) throws -> [Int64: [String]] {
        let orphans = try Int64.fetchAll(db, sql: "SELECT docid FROM text_orphan")
        guard !orphans.isEmpty else { return [:] }
        let columns = ["title": 0, "author": 1, "body": 2]
        var tokens: [Int64: [[(position: Int, token: String)]]] = [:]
        for orphan in orphans { tokens[orphan] = [[], [], []] }
        let rows = try Row.fetchCursor(
            db, sql: "SELECT doc, col, offset, term FROM article_tokens WHERE doc IN (SELECT docid FROM text_orphan)")
        while let row = try rows.next() {
            let doc: Int64 = row[0]
            guard let column = columns[row[1] as String] else { continue }
            tokens[doc]?[column].append((row[2], row[3]))
        }
        return tokens.mapValues { columns in
            columns.map { $0.sorted { $0.position < $1.position }.map(\.token).joined(separator: " ") }
        }
    }
}
