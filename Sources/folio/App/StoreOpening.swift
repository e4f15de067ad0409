import Foundation
import FolioStore

/// The state database, opened on another core while the main thread lists the first files:
/// opening it takes a few milliseconds (more when it is created), which would otherwise come
/// before the first paint. It also reads what the first paint needs from it.
final class StoreOpening: @unchecked Sendable {
    /// What the opening gives.
    struct Opened {
        /// The store (memory only when no database could be used).
        var store: LibraryStore
        /// A line for the user (on standard error, or the status line): the database could not
        /// be used, or was damaged and moved aside.
        var warning: String?
        /// The store path of the article open at the last quit.
        var lastArticle: String?
        /// The store paths of the articles marked read.
        var readPaths: Set<String>
    }

    /// True when there is no saved state to read: state is not kept, or its database does not
    /// exist yet (a first start). Nothing then waits for the opening before the first paint.
    let isFresh: Bool
    private let done = DispatchSemaphore(value: 0)
    /// Written once by the opening thread before it signals `done`; read after waiting for it.
    private var opened: Opened?

    /// Starts opening the store `environment` names, or one in memory only when `keepsState`
    /// is false (`--no-state`).
    init(environment: [String: String], keepsState: Bool) {
        var status = stat()
        isFresh = !keepsState || StoreLocation.databasePath(environment: environment).map { stat($0, &status) != 0 } ?? true
        DispatchQueue.global(qos: .userInteractive).async { [self] in
            let (store, warning) = keepsState ? LibraryStore.open(environment: environment) : (LibraryStore.disabled(), nil)
            opened = Opened(
                store: store, warning: warning, lastArticle: (try? store.lastArticle()) ?? nil,
                readPaths: (try? store.readPaths()) ?? [])
            done.signal()
        }
    }

    /// The last article and the read marks, for the first paint: none without waiting when
    /// the state is fresh.
    func startingState() -> (lastArticle: String?, readPaths: Set<String>) {
        guard !isFresh else { return (nil, []) }
        let opened = wait()
        return (opened.lastArticle, opened.readPaths)
    }

    /// True once the opening is done (`wait()` then returns at once).
    var isDone: Bool {
        guard done.wait(timeout: .now()) == .success else { return false }
        done.signal()
        return true
    }

    /// Waits for the opening to finish.
    func wait() -> Opened {
        done.wait()
        done.signal()
        guard let opened else { preconditionFailure("StoreOpening signalled before it opened the store") }
        return opened
    }
}
