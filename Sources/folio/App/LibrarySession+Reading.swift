import FolioKit
import FolioStore
import FolioUI

extension LibrarySession {
    /// What reading one file gave: its entries, and what the store keeps of it.
    struct FileReading: Sendable {
        var file: ParsedFile
        var catalog: CatalogEntry?
        var text: (article: Article, stamp: FileStamp)?
    }

    /// Starts on a library just opened: remembers its entries, and reads in the background
    /// the files the catalog lacks or has not checked, counting them on the status line.
    func start(_ library: Library, in state: inout AppState) {
        index(state.entries)
        guard !library.stale.isEmpty || !library.unchecked.isEmpty else { return }
        let readPaths = (try? store.readPaths()) ?? []
        state.indexing = IndexingProgress(done: 0, total: library.stale.count + library.unchecked.count)
        read(library.stale, readPaths: readPaths)
        check(library.unchecked, readPaths: readPaths)
    }

    /// Reads `files` in the background on all cores, stores their catalog entries and text,
    /// and reports them (with the progress) a batch at a time.
    func read(_ files: [String], readPaths: Set<String>) {
        guard !files.isEmpty else { return }
        let store = store, inbox = inbox
        reading.async { Self.read(files, readPaths: readPaths, store: store, inbox: inbox) }
    }

    /// Reads `files`; the work of `read(_:readPaths:)`, on the calling thread.
    static func read(_ files: [String], readPaths: Set<String>, store: LibraryStore, inbox: Inbox<LibraryNews>) {
        var done = 0
        var parsed: [ParsedFile] = []
        var catalog: [CatalogEntry] = []
        var texts: [(article: Article, stamp: FileStamp)] = []
        // Without a state database (--no-state) the catalog and the index would only fill memory.
        let keeps = store.location != nil
        func flush() {
            do throws(StoreError) {
                if keeps {
                    try store.update(catalog)
                    try store.index(texts)
                }
            } catch {
                inbox.post(.failure(error))
            }
            let progress = done < files.count ? IndexingProgress(done: done, total: files.count) : nil
            inbox.post(.parsed(parsed, progress: progress))
            (parsed, catalog, texts) = ([], [], [])
        }
        FileBatches.run(files, work: { path in readFile(path, readPaths: readPaths) }) { reading in
            done += 1
            parsed.append(reading.file)
            if let entry = reading.catalog { catalog.append(entry) }
            if let text = reading.text { texts.append(text) }
            if parsed.count >= 64 { flush() }
        }
        flush()
    }

    /// Reads and parses one file. A file of one article gives its details only (it is read
    /// again when opened); a feed keeps its items' articles.
    static func readFile(_ path: String, readPaths: Set<String>) -> FileReading {
        let key = StorePath.key(path)
        // The stamp is taken before reading: a file changed meanwhile is read again next time.
        let stamp = FileStamp(path: key)
        let isUnread = !readPaths.contains(key)
        do throws(LoadError) {
            let articles = try ArticleLoader.load(path)
            guard articles.count == 1, let article = articles.first, article.format != .feed else {
                return FileReading(file: ParsedFile(path: path, entries: articles.map { LibraryEntry(article: $0, isUnread: isUnread) }))
            }
            var entry = LibraryEntry(article: article, isUnread: isUnread)
            entry.article = nil
            entry.isOnDisk = true
            return FileReading(
                file: ParsedFile(path: path, entries: [entry]), catalog: stamp.map { CatalogEntry(article: article, stamp: $0) },
                text: stamp.map { (article, $0) })
        } catch {
            var entry = LibraryEntry(path: path, isUnread: isUnread)
            entry.loadError = error.description
            entry.isOnDisk = true
            return FileReading(file: ParsedFile(path: path, entries: [entry]))
        }
    }

    /// The entry for a file the catalog knows unchanged: its details, without parsing.
    static func entry(path: String, cached: CatalogEntry, isUnread: Bool) -> LibraryEntry {
        var entry = LibraryEntry(
            path: path, title: cached.title, author: cached.author, published: cached.published,
            readingMinutes: cached.readingMinutes, isUnread: isUnread)
        entry.isOnDisk = true
        return entry
    }

    /// Checks `files` against the catalog in the background: those it knows unchanged get
    /// their details at once, the others are read.
    func check(_ files: [String], readPaths: Set<String>) {
        guard !files.isEmpty else { return }
        let store = store, inbox = inbox
        reading.async {
            var stamps: [String: FileStamp] = [:]
            stamps.reserveCapacity(files.count)
            for file in files { stamps[file] = FileStamp(path: StorePath.key(file)) }
            inbox.post(.rescanned(removed: [], stamps: stamps))
            LibrarySession.read(files, readPaths: readPaths, cachedBy: store, inbox: inbox, stamps: stamps)
        }
    }

    // MARK: - Rescanning

    /// `R`: expands the paths again in the background; files gone are dropped, new and changed
    /// ones read (those the catalog knows unchanged without parsing).
    func rescan() {
        let store = store, inbox = inbox, paths = paths, known = stamps
        reading.async {
            var files: [String] = []
            for case .success(let file) in ArticleFiles.expand(paths) where file != "-" { files.append(file) }
            var fresh: [String: FileStamp] = [:]
            var changed: [String] = []
            for file in files {
                guard let stamp = FileStamp(path: StorePath.key(file)) else { continue }
                fresh[file] = stamp
                if known[file] != stamp { changed.append(file) }
            }
            let removed = known.keys.filter { fresh[$0] == nil }.sorted()
            do throws(StoreError) {
                try store.remove(paths: removed.map(StorePath.key))
            } catch {
                inbox.post(.failure(error))
            }
            inbox.post(.rescanned(removed: removed, stamps: fresh))
            let readPaths = (try? store.readPaths()) ?? []
            LibrarySession.read(changed, readPaths: readPaths, cachedBy: store, inbox: inbox, stamps: fresh)
        }
    }

    /// Reports the files the catalog knows unchanged at once and reads the others.
    static func read(
        _ files: [String], readPaths: Set<String>, cachedBy store: LibraryStore, inbox: Inbox<LibraryNews>,
        stamps: [String: FileStamp]
    ) {
        let keyed = files.compactMap { file in stamps[file].map { (file, $0) } }
        let pathOf = Dictionary(keyed.map { ($0.1.path, $0.0) }, uniquingKeysWith: { first, _ in first })
        guard let (cached, stale) = try? store.cachedEntries(for: keyed.map(\.1)) else {
            read(files, readPaths: readPaths, store: store, inbox: inbox)
            return
        }
        let known = cached.compactMap { entry in
            pathOf[entry.path].map { ParsedFile(path: $0, entries: [Self.entry(path: $0, cached: entry, isUnread: !readPaths.contains(entry.path))]) }
        }
        if !known.isEmpty { inbox.post(.parsed(known, progress: stale.isEmpty ? nil : IndexingProgress(done: 0, total: stale.count))) }
        read(stale.compactMap { pathOf[$0.path] }, readPaths: readPaths, store: store, inbox: inbox)
    }
}
