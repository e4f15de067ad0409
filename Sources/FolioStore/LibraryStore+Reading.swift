import Foundation
import GRDB

extension LibraryStore {
    // MARK: - Read and unread

    /// Marks the articles at `paths` read or unread.
    public func setRead(_ isRead: Bool, paths: [String]) throws(StoreError) {
        try write { db in
            let statement = try db.cachedStatement(sql: """
                INSERT INTO reading (path, is_read) VALUES (?, ?)
                ON CONFLICT (path) DO UPDATE SET is_read = excluded.is_read
                """)
            for path in paths { try statement.execute(arguments: [path, isRead]) }
        }
    }

    /// The paths of every article marked read.
    public func readPaths() throws(StoreError) -> Set<String> {
        try readOnWriter { db in Set(try String.fetchAll(db, sql: "SELECT path FROM reading WHERE is_read")) }
    }

    // MARK: - Positions

    /// Remembers where the reader is in the article at `path`.
    public func savePosition(_ anchor: ReadingAnchor, for path: String) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO reading (path, section, block, snippet, byte_offset, occurrence) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (path) DO UPDATE SET section = excluded.section, block = excluded.block,
                        snippet = excluded.snippet, byte_offset = excluded.byte_offset, occurrence = excluded.occurrence
                    """,
                arguments: [path, anchor.section, anchor.block, anchor.snippet, anchor.offset, anchor.occurrence])
        }
    }

    /// Forgets the position in the article at `path` (the reader was back at the top).
    public func forgetPosition(for path: String) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: "UPDATE reading SET section = NULL, block = NULL, snippet = NULL, byte_offset = NULL, occurrence = NULL WHERE path = ?",
                arguments: [path])
        }
    }

    /// Where the reader last was in the article at `path`; nil when never saved.
    public func position(for path: String) throws(StoreError) -> ReadingAnchor? {
        try read { db in
            try Row.fetchOne(
                db, sql: "SELECT section, block, snippet, byte_offset, occurrence FROM reading WHERE path = ? AND snippet IS NOT NULL",
                arguments: [path]
            ).map { ReadingAnchor(section: $0[0], block: $0[1], snippet: $0[2], offset: $0[3], occurrence: $0[4]) }
        }
    }

    // MARK: - Last article

    /// Remembers the article open when folio quits (nil: none).
    public func setLastArticle(_ path: String?) throws(StoreError) {
        try write { db in
            if let path {
                try db.execute(sql: "INSERT OR REPLACE INTO setting (key, value) VALUES ('last_article', ?)", arguments: [path])
            } else {
                try db.execute(sql: "DELETE FROM setting WHERE key = 'last_article'")
            }
        }
    }

    /// The article open when folio last quit, if any.
    public func lastArticle() throws(StoreError) -> String? {
        try readOnWriter { db in try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'last_article'") }
    }

    // MARK: - Bookmarks

    /// Adds a bookmark and returns it with its new id.
    @discardableResult
    public func addBookmark(path: String, anchor: ReadingAnchor, label: String, created: Date = Date()) throws(StoreError) -> Bookmark {
        let milliseconds = Int64((created.timeIntervalSince1970 * 1000).rounded())
        let id = try write { db in
            try db.execute(
                sql: """
                    INSERT INTO bookmark (path, section, block, snippet, byte_offset, occurrence, label, created_ms)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    path, anchor.section, anchor.block, anchor.snippet, anchor.offset, anchor.occurrence, label, milliseconds,
                ])
            return db.lastInsertedRowID
        }
        return Bookmark(
            id: id, path: path, anchor: anchor, label: label,
            created: Date(timeIntervalSince1970: Double(milliseconds) / 1000))
    }

    /// The bookmarks of the article at `path` (all articles when nil), oldest first.
    public func bookmarks(for path: String? = nil) throws(StoreError) -> [Bookmark] {
        try read { db in
            let columns = "SELECT id, path, section, block, snippet, byte_offset, occurrence, label, created_ms FROM bookmark"
            let rows = try path.map {
                try Row.fetchAll(db, sql: "\(columns) WHERE path = ? ORDER BY created_ms, id", arguments: [$0])
            } ?? Row.fetchAll(db, sql: "\(columns) ORDER BY created_ms, id")
            return rows.map { row in
                Bookmark(
                    id: row[0], path: row[1],
                    anchor: ReadingAnchor(section: row[2], block: row[3], snippet: row[4], offset: row[5], occurrence: row[6]),
                    label: row[7], created: Date(timeIntervalSince1970: Double(row[8] as Int64) / 1000))
            }
        }
    }

    /// Deletes the bookmark with `id` (nothing happens when there is none).
    public func deleteBookmark(id: Int64) throws(StoreError) {
        try write { db in try db.execute(sql: "DELETE FROM bookmark WHERE id = ?", arguments: [id]) }
    }
}
