import Dispatch
import FolioStore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The state database, opened on another core while the main thread lists the first files.
///
/// A second start first takes a read-only look at the database (`LibraryStore.peek`) for what
/// the first paint needs from it: the read marks, the last article and the first screen's
/// catalog entries. The full opening (a connection pool, which may write to set up its journal,
/// and migrations) follows on the same thread once the first frame is shown
/// (`firstFrameShown`), or at once when something needs the store before. When the look
/// fails (a damaged, foreign or outdated file), the first paint waits for the full opening,
/// which deals with the file and says so.
final class StoreOpening: @unchecked Sendable {
    /// What the full opening gives.
    struct Opened {
        /// The store (memory only when no database could be used).
        var store: LibraryStore
        /// A line for the user (on standard error, or the status line): the database could not
        /// be used, or was damaged and moved aside.
        var warning: String?
    }

    /// What the first paint reads from the saved state.
    struct FirstLook {
        /// The store it was read from (the read-only look, or the full opening's store).
        var store: LibraryStore
        /// The store path of the article open at the last quit.
        var lastArticle: String?
        /// The store paths of the articles marked read.
        var readPaths: Set<String>
        /// The choices kept from the last runs (theme, sort order).
        var preferences: [Preference: String]

        /// Reads the last article, the read marks and the preferences from `store`.
        init(reading store: LibraryStore) {
            self.store = store
            lastArticle = (try? store.lastArticle()) ?? nil
            readPaths = (try? store.readPaths()) ?? []
            preferences = (try? store.preferences()) ?? [:]
        }
    }

    /// True when there is no saved state to read: state is not kept, or its database does not
    /// exist yet (a first start). Nothing then waits for the opening before the first paint.
    let isFresh: Bool
    private let looked = DispatchSemaphore(value: 0)
    /// Signalled when the full opening may start: after the first frame, or on demand.
    private let mayOpen = DispatchSemaphore(value: 0)
    private let done = DispatchSemaphore(value: 0)
    /// Written once by the opening thread before it signals `looked` (nil when the state is
    /// fresh); read after waiting for it.
    private var look: FirstLook?
    /// True when `look` came from the read-only look, so the full opening follows the first
    /// frame; written with `look`.
    private var lookedAhead = false
    /// Written once by the opening thread before it signals `done`; read after waiting for it.
    private var opened: Opened?

    /// Starts opening the store `environment` names, or one in memory only when `keepsState`
    /// is false (`--no-state`).
    init(environment: [String: String], keepsState: Bool) {
        let path = keepsState ? StoreLocation.databasePath(environment: environment) : nil
        var status = stat()
        let isFresh = path.map { stat($0, &status) != 0 } ?? true
        self.isFresh = isFresh
        DispatchQueue.global(qos: .userInteractive).async { [self] in
            if !isFresh, let path, let peek = LibraryStore.peek(at: path) {
                look = FirstLook(reading: peek)
                lookedAhead = true
                looked.signal()
                // Nothing before the first frame needs the pool: it opens then, instead of
                // sharing the cores with the first paint.
                mayOpen.wait()
            }
            let (store, warning) = keepsState ? LibraryStore.open(environment: environment) : (LibraryStore.disabled(), nil)
            opened = Opened(store: store, warning: warning)
            if !lookedAhead {
                // No read-only look: the first paint reads the full opening's store.
                if !isFresh { look = FirstLook(reading: store) }
                looked.signal()
            }
            done.signal()
        }
    }

    /// What the first paint reads from the saved state: the read-only look when it worked,
    /// else the full opening's (waiting for it); nil when the state is fresh.
    func firstLook() -> FirstLook? {
        guard !isFresh else { return nil }
        Self.waitKeepingSignal(looked)
        return look
    }

    /// The last article and the read marks, for the first paint: none without waiting when
    /// the state is fresh.
    func startingState() -> (lastArticle: String?, readPaths: Set<String>) {
        guard let look = firstLook() else { return (nil, []) }
        return (look.lastArticle, look.readPaths)
    }

    /// The choices kept from the last runs, for the first paint: none without waiting when the
    /// state is fresh.
    func preferences() -> [Preference: String] {
        firstLook()?.preferences ?? [:]
    }

    /// The full opening's warning when the first paint waited for it; nil when it comes later
    /// (see `warningComesLater`).
    var warningBeforePaint: String? {
        warningComesLater ? nil : wait().warning
    }

    /// True when the first paint does not wait for the full opening, so its warning, if any,
    /// is shown once it is done (on the status line).
    var warningComesLater: Bool {
        guard !isFresh else { return true }
        Self.waitKeepingSignal(looked)
        return lookedAhead
    }

    /// Lets the full opening start: the first frame is on the screen.
    func firstFrameShown() {
        mayOpen.signal()
    }

    /// True once the opening is done (`wait()` then returns at once).
    var isDone: Bool {
        guard done.wait(timeout: .now()) == .success else { return false }
        done.signal()
        return true
    }

    /// Waits for the opening to finish (starting it if it waits for the first frame).
    func wait() -> Opened {
        if !isDone { mayOpen.signal() }
        Self.waitKeepingSignal(done)
        guard let opened else { preconditionFailure("StoreOpening signalled before it opened the store") }
        return opened
    }

    /// Waits for `semaphore`, leaving it signalled for the next waiter.
    private static func waitKeepingSignal(_ semaphore: DispatchSemaphore) {
        semaphore.wait()
        semaphore.signal()
    }
}
