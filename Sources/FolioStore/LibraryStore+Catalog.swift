import FolioKit
import GRDB

extension LibraryStore {
    /// Splits `files` into those the catalog holds with the same size and modification time
    /// (`fresh`, ready for the list without parsing) and the others (`stale`, to be parsed and
    /// passed to `update`). Both keep the order of `files`. A few files are looked up by path,
    /// many in one pass over the catalog. `beforePaint`: the files of the first screen,
    /// looked up on the writer's connection (see `readOnWriter`).
    public func cachedEntries(
        for files: [FileStamp], beforePaint: Bool = false
    ) throws(StoreError) -> (fresh: [CatalogEntry], stale: [FileStamp]) {
        var wanted: [String: FileStamp] = [:]
        wanted.reserveCapacity(files.count)
        for file in files { wanted[file.path] = file }
        let columns = "path, size, mtime_ns, format, title, author, published, published_text, reading_minutes, word_count"
        let lookUp = { (db: Database) throws -> [String: CatalogEntry] in
            var known: [String: CatalogEntry] = [:]
            func take(_ row: Row) {
                let path: String = row[0]
                // An entry of a format this build does not know counts as stale: the file is parsed again.
                guard let stamp = wanted[path], stamp.size == row[1], stamp.modifiedNanoseconds == row[2],
                    let format = ArticleFormat(rawValue: row[3])
                else { return }
                known[path] = CatalogEntry(
                    stamp: stamp, format: format, title: row[4], author: row[5],
                    published: (row[6] as String?).flatMap(Self.date(iso:)), publishedText: row[7],
                    readingMinutes: row[8], wordCount: row[9])
            }
            if files.count <= Self.lookedUpByPath {
                // A statement per batch of paths: one statement per path cost 17 µs a file in GRDB.
                var start = 0
                while start < files.count {
                    let batch = files[start..<min(files.count, start + Self.pathsPerStatement)]
                    let marks = Array(repeating: "?", count: batch.count).joined(separator: ", ")
                    let rows = try Row.fetchCursor(
                        db, sql: "SELECT \(columns) FROM catalog WHERE path IN (\(marks))",
                        arguments: StatementArguments(batch.map(\.path)))
                    while let row = try rows.next() { take(row) }
                    start += batch.count
                }
            } else {
                let rows = try Row.fetchCursor(db, sql: "SELECT \(columns) FROM catalog")
                while let row = try rows.next() { take(row) }
            }
            return known
        }
        let known = try beforePaint ? readOnWriter(lookUp) : read(lookUp)
        var fresh: [CatalogEntry] = []
        var stale: [FileStamp] = []
        for file in files {
            if let entry = known[file.path], entry.stamp == file { fresh.append(entry) } else { stale.append(file) }
        }
        return (fresh, stale)
    }

    /// Up to this many files are looked up by path; more take one pass over the whole catalog
    /// (a library opened at once: the catalog holds about as many).
    static let lookedUpByPath = 8192

    /// Paths per look-up statement (SQLite takes up to 32,766 parameters).
    static let pathsPerStatement = 500

    /// Stores (or replaces) the entries, in one transaction.
    public func update(_ entries: [CatalogEntry]) throws(StoreError) {
        guard !entries.isEmpty else { return }
        try write { db in
            let statement = try db.cachedStatement(sql: """
                INSERT OR REPLACE INTO catalog
                    (path, size, mtime_ns, format, title, author, published, published_text, reading_minutes, word_count)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for entry in entries {
                try statement.execute(arguments: [
                    entry.path, entry.stamp.size, entry.stamp.modifiedNanoseconds, entry.format.rawValue, entry.title,
                    entry.author, entry.published?.iso, entry.publishedText, entry.readingMinutes, entry.wordCount,
                ])
            }
        }
    }

    /// Forgets the catalog entries and indexed text of `paths` (reading state and bookmarks
    /// stay, in case the files come back).
    public func remove(paths: [String]) throws(StoreError) {
        guard !paths.isEmpty else { return }
        try write { db in try Self.remove(paths: paths, in: db) }
        try purgeOrphansIfMany()
    }

    /// Removes catalog entries and indexed text for files that no longer exist; returns their
    /// paths. Files of other libraries (other folders given on other runs) are kept as long as
    /// they exist.
    @discardableResult
    public func pruneMissing(fileExists: (String) -> Bool = { FileStamp(path: $0) != nil }) throws(StoreError) -> [String] {
        let paths = try read { db in
            try String.fetchAll(db, sql: "SELECT path FROM catalog UNION SELECT path FROM text_doc")
        }
        let missing = paths.filter { !fileExists($0) }
        try remove(paths: missing)
        try purgeOrphans()
        return missing
    }

    /// Deletes the catalog rows and indexed text of `paths` within the current transaction
    /// (the text's rows become orphans: see `purgeOrphans`).
    static func remove(paths: [String], in db: Database) throws {
        let catalog = try db.cachedStatement(sql: "DELETE FROM catalog WHERE path = ?")
        for path in paths {
            try catalog.execute(arguments: [path])
            try orphan(path: path, in: db)
        }
    }

    /// Parses `YYYY-MM-DD` (on the bytes: it runs for every catalog entry at each start).
    static func date(iso: String) -> SimpleDate? {
        var parts = [0, 0, 0]
        var part = 0
        var digits = 0
        for byte in iso.utf8 {
            if byte == UInt8(ascii: "-"), digits > 0, part < 2 {
                part += 1
                digits = 0
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 9 {
                parts[part] = parts[part] * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            } else {
                return nil
            }
        }
        guard part == 2, digits > 0 else { return nil }
        return SimpleDate(year: parts[0], month: parts[1], day: parts[2])
    }
}
