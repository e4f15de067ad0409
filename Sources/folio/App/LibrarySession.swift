import Dispatch
import FolioKit
import FolioStore
import FolioUI

/// The library behind the reader while it runs: the state database, the stamps of the files
/// opened, and background work (reading new and changed files on both cores, indexing their
/// text, searching all articles) whose news the event loop takes on its idle ticks, so keys
/// are never kept waiting.
///
/// Used on the main thread only; background jobs share nothing with it but the store (safe
/// from any thread), the inbox and the search generation.
final class LibrarySession {
    /// The state database being opened (in memory only with `--no-state`).
    let opening: StoreOpening
    /// The state database, once open (the first use may wait for the opening).
    var store: LibraryStore { opening.wait().store }
    /// The paths given on the command line, read again by `R`.
    let paths: [String]
    /// The largest file read (`--max-file-size`).
    let sizeLimit: SizeLimit
    /// The stamp of each file in the library, by the path the entries use.
    var stamps: [String: FileStamp] = [:]
    /// The entries of each file, by path (a feed has several).
    var indicesByPath: [String: [Int]] = [:]
    /// Background work reports here.
    let inbox = Inbox<LibraryNews>()
    /// Reading and indexing, one job after another, at background priority (nice 10 on
    /// Linux): the reader, and the terminal drawing it, come first.
    let reading = DispatchQueue(label: "folio.reading", qos: .background)
    /// Library searches; a new one stops the one before.
    let searching = DispatchQueue(label: "folio.search", qos: .userInitiated)
    /// Reading places being kept, in order: working out where a place lies in a long article
    /// and writing it (which may wait for a long write of the background reading) are no work
    /// for the thread that reads keys.
    let keeping = DispatchQueue(label: "folio.keeping", qos: .userInitiated)
    /// The number of the latest library search.
    let searchGeneration = Generation()
    /// The bookmarks last listed, by id.
    var bookmarks: [Int64: Bookmark] = [:]
    /// The folders found unreadable while folio ran, once each, for standard error at the end.
    var unreadable: [LoadError] = []
    /// True once a failure to write the state was shown (it is shown once).
    private var reportedFailure = false
    /// True while the warning of an opening nothing waited for may still come.
    private var awaitsWarning: Bool
    /// The background work `start` prepared, begun at the first idle tick (after the first
    /// frame, so that it does not share the cores with it).
    var pendingWork: (() -> Void)?
    /// True once the first idle tick has come.
    private var ticked = false

    init(opening: StoreOpening, paths: [String], sizeLimit: SizeLimit = .standard) {
        self.opening = opening
        self.paths = paths
        self.sizeLimit = sizeLimit
        awaitsWarning = opening.warningComesLater
    }

    /// Stops the background writes to the state database under way (indexing a big file can
    /// take seconds), so that what quitting keeps is written at once. Used when folio ends.
    func stopBackgroundWrites() {
        guard opening.isDone else { return }
        store.interrupt()
    }

    /// Waits until the reading places handed over are kept. Used when folio ends.
    func finishKeeping() {
        keeping.sync {}
    }

    /// Remembers which entries each file has.
    func index(_ entries: [LibraryEntry]) {
        indicesByPath = [:]
        for (index, entry) in entries.enumerated() { indicesByPath[entry.path, default: []].append(index) }
    }

    /// Shows a failure to use the state database on the status line, the first time only;
    /// folio goes on without it. A read-only database's refusals are not shown: the opening's
    /// warning said that nothing is saved.
    func report(_ error: StoreError, on state: inout AppState) {
        guard !reportedFailure, !store.isReadOnly else { return }
        reportedFailure = true
        state.message = StatusMessage("Reading state not saved: \(error)", isError: true)
    }

    /// Runs a store call, reporting a failure; nil when it failed.
    func attempt<T>(_ state: inout AppState, _ body: () throws(StoreError) -> T) -> T? {
        do {
            return try body()
        } catch {
            report(error, on: &state)
            return nil
        }
    }

    // MARK: - Effects

    /// Performs a reading-state, rescan or search effect; returns the effects its result asks for.
    func perform(_ effect: Effect, on state: inout AppState) -> [Effect] {
        if refusesMarks(effect, on: &state) { return [] }
        switch effect {
        case .savePosition(let path, let article, let anchor):
            guard path != "-" else { return [] }
            let key = StorePath.key(path), opening = opening, inbox = inbox
            keeping.async {
                do throws(StoreError) {
                    let store = opening.wait().store
                    if let stored = ReadingPlace.anchor(anchor, in: article) {
                        try store.savePosition(stored, for: key)
                    } else {
                        try store.forgetPosition(for: key)
                    }
                } catch {
                    inbox.post(.failure(error))
                }
            }
        case .loadPosition(let index):
            // A place just handed over for the article is kept first.
            finishKeeping()
            guard state.entries.indices.contains(index), let article = state.entries[index].article,
                case let path = state.entries[index].path, path != "-",
                let stored = attempt(&state, { () throws(StoreError) in try store.position(for: StorePath.key(path)) }) ?? nil,
                let place = ReadingPlace.place(stored, in: article)
            else { return [] }
            return state.reduce(.positionLoaded(index, place))
        case .setRead(let paths, let isRead):
            let keys = paths.filter { $0 != "-" }.map(StorePath.key)
            attempt(&state) { () throws(StoreError) in try store.setRead(isRead, paths: keys) }
        case .setLastArticle(let path):
            // Standard input cannot be opened again: the last article stays as it was.
            guard path != "-" else { return [] }
            let key = path.map(StorePath.key)
            attempt(&state) { () throws(StoreError) in try store.setLastArticle(key) }
        case .addBookmark(let index, let anchor):
            return addBookmark(index, anchor, on: &state)
        case .listBookmarks:
            return listBookmarks(on: &state)
        case .openBookmark(let id, let index):
            guard state.entries.indices.contains(index), let article = state.entries[index].article,
                let bookmark = bookmarks[id], let place = ReadingPlace.place(bookmark.anchor, in: article)
            else { return [] }
            return state.reduce(.positionLoaded(index, place))
        case .deleteBookmark(let id):
            attempt(&state) { () throws(StoreError) in try store.deleteBookmark(id: id) }
            bookmarks[id] = nil
        case .keepSortOrder(let order):
            attempt(&state) { () throws(StoreError) in try store.setPreference(.sortOrder, to: order.rawValue) }
        case .keepDivider(let shift):
            attempt(&state) { () throws(StoreError) in try store.setPreference(.divider, to: String(shift)) }
        case .rescan:
            rescan()
        case .searchLibrary(let query, let indices):
            search(query, indices: indices, in: state.entries)
        case .saveSearch(let query):
            saveSearch(query, on: &state)
        case .loadSearchHistory:
            return state.reduce(.searchHistoryLoaded(searchHistory(on: &state)))
        case .loadArticle, .loadTheme, .openLink, .quit, .redraw, .searchArticles:
            break
        }
        return []
    }

    private func addBookmark(_ index: Int, _ anchor: LayoutAnchor, on state: inout AppState) -> [Effect] {
        guard state.entries.indices.contains(index), state.entries[index].path != "-",
            let article = state.reader.layout?.article
        else { return [] }
        // The title, byline and date have no place of their own: the bookmark is the article's start.
        let stored = ReadingPlace.anchor(anchor, in: article) ?? ReadingAnchor(in: article, section: 0, block: 0)
        guard let stored else {
            state.message = StatusMessage("This article has no text to bookmark", isError: true)
            return []
        }
        let label = ReadingPlace.label(stored, in: article)
        let key = StorePath.key(state.entries[index].path)
        // `m` twice at one place keeps one bookmark.
        let existing = attempt(&state) { () throws(StoreError) in try store.bookmarks(for: key) }
        if let same = existing?.first(where: { $0.anchor == stored }) {
            state.message = StatusMessage("Already bookmarked: \(same.label)")
            return []
        }
        if attempt(&state, { () throws(StoreError) in
            try store.addBookmark(path: key, anchor: stored, label: label)
        }) != nil {
            state.message = StatusMessage("Bookmark set: \(label)")
        }
        return []
    }

    private func listBookmarks(on state: inout AppState) -> [Effect] {
        guard let all = attempt(&state, { () throws(StoreError) in try store.bookmarks() }) else { return [] }
        bookmarks = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var titles: [String: String] = [:]
        let wanted = Set(all.map(\.path))
        for entry in state.entries where entry.path != "-" {
            let key = StorePath.key(entry.path)
            if wanted.contains(key), titles[key] == nil { titles[key] = entry.title }
        }
        let paths = Dictionary(state.entries.map { (StorePath.key($0.path), $0.path) }, uniquingKeysWith: { first, _ in first })
        let items = all.map { bookmark in
            BookmarkItem(
                id: bookmark.id, path: paths[bookmark.path] ?? bookmark.path,
                title: titles[bookmark.path] ?? LibraryEntry(path: bookmark.path).title, label: bookmark.label)
        }
        return state.reduce(.bookmarksLoaded(items))
    }

    // MARK: - News

    /// Applies what background work reported since the last call, through `apply` (which
    /// reduces an action and performs its effects); false when there was nothing.
    func takeNews(into state: inout AppState, apply: (Action, inout AppState) -> Void) -> Bool {
        if !ticked {
            ticked = true
            opening.firstFrameShown()
        }
        if let work = pendingWork {
            pendingWork = nil
            work()
        }
        // The first paint did not wait for the database to be opened (or created): its
        // warning, if any, goes to the status line when the opening is done.
        var changed = false
        if awaitsWarning, opening.isDone {
            awaitsWarning = false
            if let warning = opening.wait().warning {
                state.message = StatusMessage(warning, isError: true)
                changed = true
            }
        }
        let items = inbox.take()
        for item in items {
            switch item {
            case .parsed(let files, let progress):
                let update = update(for: files, progress: progress, entryCount: state.entries.count)
                apply(.libraryUpdated(update), &state)
                if !update.removed.isEmpty { index(state.entries) }
            case .found(let files, let found, let progress):
                stamps.merge(found) { _, new in new }
                apply(.libraryUpdated(update(for: files, progress: progress, entryCount: state.entries.count)), &state)
            case .rescanned(let removed, let fresh):
                stamps = fresh
                let indices = removed.flatMap { indicesByPath[$0] ?? [] }.sorted()
                apply(.libraryUpdated(LibraryUpdate(removed: indices, progress: state.indexing)), &state)
                if !indices.isEmpty { index(state.entries) }
            case .rescanDone(let summary):
                apply(.rescanFinished(summary), &state)
            case .hits(let generation, let query, let results, let done):
                guard generation == searchGeneration.current else { continue }
                apply(.libraryHits(query, results, done: done), &state)
            case .failure(let error):
                report(error, on: &state)
            case .unreadable(let errors):
                reportUnreadable(errors, on: &state)
            }
        }
        return changed || !items.isEmpty
    }

    /// The update that puts files read in the background into the list.
    private func update(for files: [ParsedFile], progress: IndexingProgress?, entryCount: Int) -> LibraryUpdate {
        var update = LibraryUpdate(progress: progress)
        var count = entryCount
        for file in files {
            let known = indicesByPath[file.path] ?? []
            for (index, entry) in zip(known, file.entries) { update.replaced[index] = entry }
            for entry in file.entries.dropFirst(known.count) {
                indicesByPath[file.path, default: []].append(count)
                count += 1
                update.added.append(entry)
            }
            // A feed with fewer items than before: the extra entries go.
            if known.count > file.entries.count { update.removed += known[file.entries.count...] }
        }
        update.removed.sort()
        return update
    }
}
