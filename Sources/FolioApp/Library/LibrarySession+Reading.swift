import Foundation
import FolioKit
import FolioStore
import FolioUI

extension LibrarySession {
    /// The library of the command-line `paths` (none: the `home` library's articles, else the
    /// bundled samples), with the session that keeps its state: lists the first files while
    /// `opening` opens the state database, then looks them up in its catalog (see
    /// `Library.open`). A home library with no article opens the bundled samples, with a note
    /// saying how to add one. `listed` is called with the first files before waiting for the
    /// database. Standard input is read from `input`.
    static func open(
        _ paths: [String], home: HomeLibrary? = nil, with opening: StoreOpening, limit: SizeLimit = .standard,
        input: Int32 = STDIN_FILENO, listed: (Library.Listing) -> Void = { _ in }
    ) -> (LibrarySession, Library, (lastArticle: String?, readPaths: Set<String>)) {
        let home = paths.isEmpty ? home : nil
        let opened = home?.existingArticleRoots() ?? paths
        let listing = opened.isEmpty ? nil : Library.list(opened)
        // `R` and the pages `a` saves look at every root, those made since the start too.
        let watched = home?.articleRoots() ?? paths
        guard let listing, home == nil || !listing.files.isEmpty || !listing.walk.errors.isEmpty else {
            var samples = Library.samples()
            if home != nil { samples.note = Library.emptyHomeNote }
            return (LibrarySession(opening: opening, paths: watched, sizeLimit: limit, input: input), samples, (nil, []))
        }
        listed(listing)
        // The first files are looked at while the state database opens.
        let stamps = listing.showsList ? CatalogCheck.stamps(of: listing.files) : [:]
        let starting = opening.startingState()
        let session = LibrarySession(opening: opening, paths: watched, sizeLimit: limit, input: input)
        let library = Library.open(
            listing, stamped: stamps, session: session, readPaths: starting.readPaths, through: starting.lastArticle)
        return (session, library, starting)
    }

    /// Starts on a library just opened: remembers its entries, and prepares the background work
    /// that finishes the folder walk and reads the files the catalog lacks, counting them on
    /// the status line. The work begins at the first idle tick (`takeNews`), after the first
    /// frame.
    func start(_ library: Library, readPaths: Set<String>, in state: inout AppState) {
        if !library.stale.isEmpty || library.walk != nil {
            state.indexing = IndexingProgress(done: 0, total: library.stale.count, isListing: library.walk != nil)
        }
        pendingWork = { [self] in beginReading(library, readPaths: readPaths) }
    }

    /// The background work of `start`.
    private func beginReading(_ library: Library, readPaths: Set<String>) {
        if !library.readings.isEmpty {
            let opening = opening, inbox = inbox, readings = library.readings
            reading.async {
                do throws(StoreError) {
                    try FileReading.keep(readings, in: opening.wait().store)
                } catch {
                    inbox.post(.failure(error))
                }
            }
        }
        guard !library.stale.isEmpty || library.walk != nil else { return }
        guard let walk = library.walk else {
            read(library.stale, readPaths: readPaths)
            return
        }
        // The store is taken in the background: a first start does not wait for its creation.
        let opening = opening, inbox = inbox, stale = library.stale, limit = sizeLimit
        reading.async { Self.finish(walk, stale: stale, readPaths: readPaths, limit: limit, store: opening.wait().store, inbox: inbox) }
    }

    /// Files listed at a time by the background walk.
    static let walkBatch = 2048

    /// Finishes a folder walk: lists the files in batches (their details when the catalog
    /// knows them unchanged, else their names), then reads those new or changed, `stale` first.
    static func finish(
        _ walk: ArticleWalk, stale: [String], readPaths: Set<String>, limit: SizeLimit, store: LibraryStore,
        inbox: Inbox<LibraryNews>
    ) {
        var walk = walk
        var toRead = stale
        var reported = walk.errors.count
        while !walk.isFinished {
            let checked = CatalogCheck(walk.next(walkBatch), store: store)
            if walk.errors.count > reported {
                inbox.post(.unreadable(Array(walk.errors[reported...])))
                reported = walk.errors.count
            }
            toRead += checked.stale
            let files = zip(checked.files, checked.entries(readPaths: readPaths)).map { SourceEntries(source: .file($0), entries: [$1]) }
            let progress = IndexingProgress(done: 0, total: toRead.count, isListing: !walk.isFinished)
            inbox.post(.found(files, stamps: checked.stamps, progress: progress))
        }
        read(toRead, readPaths: readPaths, limit: limit, store: store, inbox: inbox)
    }

    /// Reads `files` in the background on all cores, stores their catalog entries and text,
    /// and reports them (with the progress) a batch at a time.
    func read(_ files: [String], readPaths: Set<String>) {
        guard !files.isEmpty else { return }
        let opening = opening, inbox = inbox, limit = sizeLimit
        reading.async { Self.read(files, readPaths: readPaths, limit: limit, store: opening.wait().store, inbox: inbox) }
    }

    /// Reads `files`; the work of `read(_:readPaths:)`, on the calling thread.
    static func read(
        _ files: [String], readPaths: Set<String>, limit: SizeLimit, store: LibraryStore, inbox: Inbox<LibraryNews>
    ) {
        var done = 0
        var batch: [FileReading] = []
        func flush() {
            do throws(StoreError) {
                try FileReading.keep(batch, in: store)
            } catch {
                inbox.post(.failure(error))
            }
            let progress = done < files.count ? IndexingProgress(done: done, total: files.count) : nil
            inbox.post(.parsed(batch.map(\.file), progress: progress))
            batch = []
        }
        FileBatches.run(files, work: { path in FileReading.details(of: path, readPaths: readPaths, limit: limit) }) { reading in
            done += 1
            batch.append(reading)
            if batch.count >= 64 { flush() }
        }
        flush()
        // The index rows of files changed or gone go now that the reading is done.
        do throws(StoreError) { try store.purgeOrphans() } catch { inbox.post(.failure(error)) }
    }

    /// The entry for a file the catalog knows unchanged: its details, without parsing.
    static func entry(path: String, cached: CatalogEntry, isUnread: Bool) -> LibraryEntry {
        var entry = LibraryEntry(
            source: .file(path), title: cached.title, author: cached.author, published: cached.published,
            readingMinutes: cached.readingMinutes, isUnread: isUnread)
        entry.isOnDisk = true
        return entry
    }

    // MARK: - Rescanning

    /// `R`: expands the paths again in the background; files gone are dropped, new and changed
    /// ones read (those the catalog knows unchanged without parsing).
    func rescan() {
        let store = store, inbox = inbox, paths = paths, known = stamps, limit = sizeLimit
        reading.async {
            let (fresh, changed) = Self.stamps(of: paths, against: known)
            let removed = known.keys.filter { fresh[$0] == nil }.sorted()
            do throws(StoreError) {
                try store.remove(paths: removed.map(StorePath.key))
            } catch {
                inbox.post(.failure(error))
            }
            inbox.post(.rescanned(removed: removed.map(ArticleSource.file), stamps: fresh))
            let readPaths = (try? store.readPaths()) ?? []
            LibrarySession.read(changed, stamped: fresh, readPaths: readPaths, limit: limit, cachedBy: store, inbox: inbox)
            let added = changed.filter { known[$0] == nil }.count
            inbox.post(.rescanDone(RescanSummary(added: added, changed: changed.count - added, removed: removed.count)))
        }
    }

    /// The stamps of the files `paths` expand to, and those files whose stamps differ from
    /// `known` (new or changed), in order.
    static func stamps(of paths: [String], against known: [String: FileStamp]) -> (fresh: [String: FileStamp], changed: [String]) {
        var fresh: [String: FileStamp] = [:]
        var changed: [String] = []
        for case .success(let file) in ArticleFiles.expand(paths) where ArticleSource(argument: file).isFile {
            guard let stamp = FileStamp(path: StorePath.key(file)) else { continue }
            fresh[file] = stamp
            if known[file] != stamp { changed.append(file) }
        }
        return (fresh, changed)
    }

    /// Reports the files the catalog knows unchanged at once and reads the others; `stamped`
    /// holds the stamps the caller has taken already.
    static func read(
        _ files: [String], stamped: [String: FileStamp], readPaths: Set<String>, limit: SizeLimit,
        cachedBy store: LibraryStore, inbox: Inbox<LibraryNews>
    ) {
        let checked = CatalogCheck(files, stamped: stamped, store: store)
        let known = checked.files.compactMap { file in
            checked.cached[file].map { cached in
                SourceEntries(source: .file(file), entries: [entry(path: file, cached: cached, isUnread: !readPaths.contains(cached.path))])
            }
        }
        if !known.isEmpty {
            let progress = checked.stale.isEmpty ? nil : IndexingProgress(done: 0, total: checked.stale.count)
            inbox.post(.parsed(known, progress: progress))
        }
        read(checked.stale, readPaths: readPaths, limit: limit, store: store, inbox: inbox)
    }
}
