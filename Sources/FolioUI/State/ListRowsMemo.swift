import Synchronization

/// The list's last computed rows, so that the several panes that ask for them during one key
/// and one render sort a large library once, not each time.
///
/// The memo is keyed by everything the rows depend on: a version of `AppState.entries` that is
/// new on every change (unique across copies of the state, so copies sharing the memo never
/// see each other's rows), the sort order, the filter, the folded feeds, whether folded
/// items are included, and while search results are listed, the hits' version and their order. Rendering stays a pure function of the state: the memo only saves work.
final class ListRowsMemo: Sendable {
    /// What the rows depend on.
    struct Key: Equatable {
        var entriesVersion: UInt64
        var sort: SortOrder
        var filter: String
        var collapsed: Set<FeedKey>
        var includingFolded: Bool
        /// The search's hits version (`SearchState.hitsVersion`) while the list shows the
        /// results of an all-articles search, else nil.
        var results: UInt64?
        var resultsOrder: ResultsOrder
    }

    private let last = Mutex<[(key: Key, rows: [ListRow])]>([])

    /// The rows for `key`, computed by `compute` unless they were computed for it last time.
    func rows(for key: Key, compute: () -> [ListRow]) -> [ListRow] {
        if let found = last.withLock({ memo in memo.first { $0.key == key }?.rows }) { return found }
        let rows = compute()
        // One entry for each value of `includingFolded`: the list asks for both.
        last.withLock { memo in
            memo.removeAll { $0.key.includingFolded == key.includingFolded }
            memo.append((key, rows))
        }
        return rows
    }

    private static let versions = Atomic<UInt64>(0)

    /// A version number never handed out before.
    static func nextVersion() -> UInt64 { versions.add(1, ordering: .relaxed).newValue }
}
