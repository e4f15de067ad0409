import Dispatch
import Foundation
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
    /// Where standard input is read from: its file descriptor (a test's pipe in tests).
    let input: Int32
    /// The stamp of each file in the library, by the path its source names.
    var stamps: [String: FileStamp] = [:]
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
    /// The configuration file's settings that the choices made in the reader are kept with.
    var fileSettings = RememberedChoices.FileSettings(Configuration())

    init(opening: StoreOpening, paths: [String], sizeLimit: SizeLimit = .standard, input: Int32 = STDIN_FILENO) {
        self.opening = opening
        self.paths = paths
        self.sizeLimit = sizeLimit
        self.input = input
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

    /// Waits until the reading, indexing and rescanning handed to the background are done
    /// (`folio key-timing` and the tests, between keys).
    func finishBackgroundWork() {
        reading.sync {}
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
        case .savePosition(let id, let article, let anchor):
            guard let key = storeKey(id, in: state) else { return [] }
            let opening = opening, inbox = inbox
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
        case .loadPosition(let id):
            // A place just handed over for the article is kept first.
            finishKeeping()
            guard let article = state.entries[id]?.article, let key = storeKey(id, in: state),
                let stored = attempt(&state, { () throws(StoreError) in try store.position(for: key) }) ?? nil,
                let place = ReadingPlace.place(stored, in: article)
            else { return [] }
            return state.reduce(.positionLoaded(id, place))
        case .setRead(let ids, let isRead):
            // A feed's items share their file's mark.
            var keys: [String] = []
            for id in ids { if let key = storeKey(id, in: state), !keys.contains(key) { keys.append(key) } }
            attempt(&state) { () throws(StoreError) in try store.setRead(isRead, paths: keys) }
        case .setLastArticle(let id):
            // Standard input cannot be opened again: the last article stays as it was.
            if let id, storeKey(id, in: state) == nil { return [] }
            let key = id.flatMap { storeKey($0, in: state) }
            attempt(&state) { () throws(StoreError) in try store.setLastArticle(key) }
        case .addBookmark(let id, let anchor):
            return addBookmark(id, anchor, on: &state)
        case .listBookmarks:
            return listBookmarks(on: &state)
        case .openBookmark(let bookmark, let id):
            guard let article = state.entries[id]?.article,
                let bookmark = bookmarks[bookmark], let place = ReadingPlace.place(bookmark.anchor, in: article)
            else { return [] }
            return state.reduce(.positionLoaded(id, place))
        case .deleteBookmark(let id):
            attempt(&state) { () throws(StoreError) in try store.deleteBookmark(id: id) }
            bookmarks[id] = nil
        case .keepSortOrder(let order):
            attempt(&state) { () throws(StoreError) in
                try store.setPreference(.sortOrder, to: order.rawValue)
                try store.setPreference(.sortOrderSetting, to: fileSettings.sort)
            }
        case .keepDivider(let shift):
            attempt(&state) { () throws(StoreError) in try store.setPreference(.divider, to: String(shift)) }
        case .rescan:
            rescan()
        case .searchLibrary(let query, let ids):
            search(query, ids: ids, in: state.entries)
        case .saveSearch(let query):
            saveSearch(query, on: &state)
        case .loadSearchHistory:
            return state.reduce(.searchHistoryLoaded(searchHistory(on: &state)))
        case .loadArticle, .layOutArticle, .loadTheme, .openLink, .quit, .redraw, .searchArticles, .savePage,
            .fetchFullText, .fetchFeeds:
            break
        }
        return []
    }

    /// The path the state database keeps entry `id`'s reading state by: its file's, made
    /// absolute; nil for an article that keeps none (standard input, a bundled sample).
    func storeKey(_ id: EntryID, in state: AppState) -> String? {
        state.entries[id]?.source.path.map(StorePath.key)
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
                apply(.libraryUpdated(LibraryUpdate(read: files, progress: progress)), &state)
            case .found(let files, let found, let progress):
                stamps.merge(found) { _, new in new }
                apply(.libraryUpdated(LibraryUpdate(read: files, progress: progress)), &state)
            case .rescanned(let removed, let fresh):
                stamps = fresh
                apply(.libraryUpdated(LibraryUpdate(removed: removed, progress: state.indexing)), &state)
            case .rescanDone(let summary):
                apply(.rescanFinished(summary), &state)
            case .hits(let generation, let query, let results, let done):
                guard generation == searchGeneration.current else { continue }
                apply(.libraryHits(query, results, done: done), &state)
            case .failure(let error):
                report(error, on: &state)
            case .unreadable(let errors):
                reportUnreadable(errors, on: &state)
            case .pageSaved(let url, let result, let stamp):
                keepStamp(of: result, stamp)
                apply(.pageSaved(url, result), &state)
            case .fullTextFetched(let source, let result, let stamp):
                keepStamp(stamp, of: source)
                apply(.fullTextFetched(source, result), &state)
            case .feedFetchProgress(let progress):
                apply(.feedFetchProgress(progress), &state)
            case .feedsFetched(let report, let fresh):
                stamps.merge(fresh) { _, new in new }
                apply(.feedsFetched(report), &state)
            case .feedErrors(let errors, let names):
                apply(.feedErrorsLoaded(errors, names: names), &state)
            }
        }
        return changed || !items.isEmpty
    }
}
