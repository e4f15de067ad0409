import FolioKit
import GRDB

extension LibraryStore {
    // MARK: - Indexing

    /// Indexes the text of `article`, read from the file with `stamp`, replacing what was
    /// indexed for that path.
    public func index(_ article: Article, stamp: FileStamp) throws(StoreError) {
        try index([(article, stamp)])
    }

    /// Indexes a batch of articles in one transaction (a few hundred at a time keeps each
    /// transaction short, so other folio processes are not kept waiting). A file indexed before
    /// gets a new row; its old row becomes an orphan (see `purgeOrphans`).
    public func index(_ batch: [(article: Article, stamp: FileStamp)]) throws(StoreError) {
        guard !batch.isEmpty else { return }
        try write { db in
            let insertDocument = try db.cachedStatement(sql: "INSERT INTO text_doc (path, size, mtime_ns) VALUES (?, ?, ?)")
            let insertText = try db.cachedStatement(
                sql: "INSERT INTO article_text (rowid, title, author, body) VALUES (?, ?, ?, ?)")
            for (article, stamp) in batch {
                try Self.orphan(path: stamp.path, in: db)
                try insertDocument.execute(arguments: [stamp.path, stamp.size, stamp.modifiedNanoseconds])
                try insertText.execute(arguments: [
                    db.lastInsertedRowID, IndexedText.title(of: article), IndexedText.author(of: article),
                    IndexedText.body(of: article),
                ])
            }
        }
        try purgeOrphansIfMany()
    }

    /// The files among `files` whose text is not indexed at their current stamp (to index in
    /// the background), in the order given.
    public func unindexed(_ files: [FileStamp]) throws(StoreError) -> [FileStamp] {
        let indexed = try read(Self.indexedStamps)
        return files.filter { !indexed.contains($0) }
    }

    // MARK: - Searching

    /// Paths of indexed articles holding every word of `query` (split at white space; each word
    /// is matched as SQLite's tokenizer splits it: case and diacritics ignored), best first by
    /// BM25 with the title weighing most; at most `limit` of them.
    public func candidates(forWords query: String, limit: Int? = nil) throws(StoreError) -> [String] {
        let words = query.split(whereSeparator: { $0.isWhitespace }).map {
            "\"" + IndexedText.normalized(String($0)).replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        guard !words.isEmpty else { return [] }
        return try read { db in try Self.matchingPaths(words.joined(separator: " "), limit: limit, in: db) }
    }

    /// True when a search for `query` over many articles may read only the index's candidates
    /// and still find exactly the hits a scan of every article finds.
    ///
    /// That holds for whole-word queries of ASCII letters and digits (words separated by single
    /// spaces), at least 3 characters long, not regular expressions: every whole-word hit is
    /// then a run of tokens in the index (case, diacritics and ligatures folded at least as far
    /// as the scan folds them). Plain substring queries are not narrowed: `nato` hits inside
    /// `senator`, which no token or prefix (`nato*`) query finds. Regular expressions, other
    /// scripts (whose case folding SQLite does not share) and shorter queries use the scan.
    public static func canNarrow(_ query: SearchQuery) -> Bool {
        guard query.wholeWord, !query.isRegex, query.pattern.utf8.count >= 3 else { return false }
        var afterSpace = true
        for byte in query.pattern.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                afterSpace = false
            case UInt8(ascii: " ") where !afterSpace:
                afterSpace = true
            default:
                return false
            }
        }
        return !afterSpace
    }

    /// The files among `files` a search for `query` must read: the index's candidates plus
    /// every file whose text is not indexed at its current stamp, in the order given. Nil when
    /// the query cannot be narrowed (`canNarrow`): then every file must be read.
    public func narrowed(_ files: [FileStamp], for query: SearchQuery) throws(StoreError) -> [FileStamp]? {
        try ranked(files, for: query)?.files
    }

    /// Paths of the documents matching an FTS5 expression, best first.
    private static func matchingPaths(_ expression: String, limit: Int?, in db: Database) throws -> [String] {
        try String.fetchAll(
            db,
            sql: """
                SELECT text_doc.path FROM article_text JOIN text_doc ON text_doc.docid = article_text.rowid
                WHERE article_text MATCH ? ORDER BY bm25(article_text, 10.0, 5.0, 1.0) LIMIT ?
                """,
            arguments: [expression, limit ?? -1])
    }

    /// The stamps of every indexed file.
    static func indexedStamps(_ db: Database) throws -> Set<FileStamp> {
        var stamps = Set<FileStamp>()
        let rows = try Row.fetchCursor(db, sql: "SELECT path, size, mtime_ns FROM text_doc")
        while let row = try rows.next() { stamps.insert(FileStamp(path: row[0], size: row[1], modifiedNanoseconds: row[2])) }
        return stamps
    }
}
