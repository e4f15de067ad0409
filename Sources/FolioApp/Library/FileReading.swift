import FolioKit
import FolioStore
import FolioUI

/// One file read for the library: its list entries, and what the state database keeps of it
/// when it holds one article (its catalog entry, and its text for the full-text index). Every
/// file folio reads for its library is read here: before the first paint, in the background,
/// and by `search --index` bringing the index up to date.
struct FileReading: Sendable {
    /// The file's entries: one per article (a feed's items each have one).
    var file: SourceEntries
    /// The catalog's details of a file of one article.
    var catalog: CatalogEntry?
    /// The text of a file of one article, for the full-text index.
    var text: (article: Article, stamp: FileStamp)?

    /// Reads and parses the article source `source`, from the file at `path` (`bytes`: its text,
    /// read already with `ArticleLoader.text`), refused past `limit` bytes. `stamp` is the file's, taken before
    /// reading it (a file changed meanwhile is read again next time); without one the store
    /// keeps nothing. The entries keep their articles and are marked unread when `isUnread`.
    init(
        _ source: ArticleSource, path: String, bytes: [UInt8]? = nil, stamp: FileStamp?, isUnread: Bool, limit: SizeLimit
    ) throws(LoadError) {
        let articles: [Article]
        if let bytes {
            articles = ArticleLoader.read(bytes, path: path, as: FormatDetector.format(of: bytes, path: path))
        } else {
            articles = try ArticleLoader.load(path, limit: limit)
        }
        let entries = articles.enumerated().map { item, article in
            var entry = LibraryEntry(article: article, source: source, item: item, isUnread: isUnread)
            // Standard input cannot be read again, nor a feed's item alone: they keep their
            // articles.
            entry.isOnDisk = source.isFile && article.format != .feed
            return entry
        }
        file = SourceEntries(source: source, entries: entries)
        if let stamp, articles.count == 1, let article = articles.first, article.format != .feed {
            catalog = CatalogEntry(article: article, stamp: stamp)
            text = (article, stamp)
        }
    }

    /// Reads the file at `path` for the list, as the background reading does: a file of one
    /// article gives its details only (it is read again when opened), a feed its items'
    /// articles, and a file that cannot be read an entry that says why.
    static func details(of path: String, readPaths: Set<String>, limit: SizeLimit) -> FileReading {
        let key = StorePath.key(path)
        let stamp = FileStamp(path: key)
        let isUnread = !readPaths.contains(key)
        do throws(LoadError) {
            var reading = try FileReading(.file(path), path: path, stamp: stamp, isUnread: isUnread, limit: limit)
            if reading.file.entries.count == 1, reading.file.entries[0].isOnDisk { reading.file.entries[0].article = nil }
            return reading
        } catch {
            var entry = LibraryEntry(source: .file(path), isUnread: isUnread)
            entry.loadError = error.description
            entry.isOnDisk = true
            return FileReading(file: SourceEntries(source: .file(path), entries: [entry]))
        }
    }

    /// A reading of entries alone, the store keeping nothing.
    init(file: SourceEntries) {
        self.file = file
    }

    /// Keeps what reading files gave in the store: their catalog entries and their text.
    static func keep(_ readings: [FileReading], in store: LibraryStore) throws(StoreError) {
        // Without a state database (--no-state) the catalog and the index would only fill
        // memory; a read-only one cannot keep them.
        guard store.path != nil, !store.isReadOnly else { return }
        try store.update(readings.compactMap(\.catalog))
        try store.index(readings.compactMap(\.text))
    }
}
