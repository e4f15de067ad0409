import FolioKit
import GRDB

extension LibraryStore {
    /// What the full-text index makes of a search over many files: the files to read, and the
    /// BM25 score of each candidate (see `ranked(_:for:)`).
    public struct RankedFiles: Sendable, Equatable {
        /// The files the search must read, in the order given.
        public var files: [FileStamp]
        /// The BM25 score of each candidate, by its path (`FileStamp.path`): lower is better,
        /// the title weighing most, then the author, then the body.
        public var scores: [String: Double]
    }

    /// The files among `files` a search for `query` must read (the index's candidates plus
    /// every file whose text is not indexed at its current stamp, in the order given), with the
    /// candidates' BM25 scores, for the results' rank. Nil when the query cannot be narrowed
    /// (`canNarrow`): then every file must be read, and none is ranked.
    public func ranked(_ files: [FileStamp], for query: SearchQuery) throws(StoreError) -> RankedFiles? {
        guard Self.canNarrow(query) else { return nil }
        let (indexed, scores) = try read { db in
            (try Self.indexedStamps(db), try Self.matchingScores("\"\(query.pattern)\"", in: db))
        }
        return RankedFiles(files: files.filter { !indexed.contains($0) || scores[$0.path] != nil }, scores: scores)
    }

    /// The BM25 score of each document matching an FTS5 expression, by path.
    private static func matchingScores(_ expression: String, in db: Database) throws -> [String: Double] {
        var scores: [String: Double] = [:]
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT text_doc.path, bm25(article_text, 10.0, 5.0, 1.0) FROM article_text
                JOIN text_doc ON text_doc.docid = article_text.rowid WHERE article_text MATCH ?
                """,
            arguments: [expression])
        while let row = try rows.next() { scores[row[0]] = row[1] }
        return scores
    }
}
