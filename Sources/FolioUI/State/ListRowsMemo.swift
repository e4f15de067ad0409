import Synchronization

/// The list's last computed rows, so that the several panes that ask for them during one key
/// and one render sort a large library once, not each time.
///
/// The memo is keyed by everything the rows depend on: a version of `AppState.entries` that is
/// new on every change the rows can show (`LibraryEntries.listVersion`: unique across copies
/// of the state, so copies sharing the memo never see each other's rows), the sort order, the
/// filter, the folded feeds, whether folded items are included, and while search results are
/// listed, the hits' version and their order. Rendering stays a pure function of the state:
/// the memo only saves work.
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
        /// The failed feeds that may need a header of their own (`FeedActivity.failedNames`).
        var failedFeeds: [String: String]
    }

    private let last = Mutex<[(key: Key, rows: [ListRow])]>([])
    /// The entries' titles in lower case and their places in title order, for a version of
    /// the entries.
    private let titles = Mutex<(version: UInt64, keys: [String], ranks: [Int])?>(nil)

    /// The rows for `key`, computed by `compute` unless they were computed for it last time.
    func rows(for key: Key, compute: () -> [ListRow]) -> [ListRow] {
        if let found = last.withLock({ memo in memo.first { $0.key == key }?.rows }) { return found }
        let rows = compute()
        // One entry for each value of `includingFolded` (the list asks for both), and one for
        // search results: the library's rows are there again when Esc leaves the results.
        last.withLock { memo in
            memo.removeAll { $0.key.includingFolded == key.includingFolded && ($0.key.results == nil) == (key.results == nil) }
            memo.append((key, rows))
        }
        return rows
    }

    /// Every entry's title in lower case, and its place in title order (ties in the entries'
    /// order), by position: found once for a version of the entries (`entriesVersion`), as a
    /// big library sorted by title at every streamed lot of search results would lower and
    /// compare every title again.
    func titleOrder(version: UInt64, of entries: LibraryEntries) -> (keys: [String], ranks: [Int]) {
        if let found = titles.withLock({ $0?.version == version ? $0 : nil }) { return (found.keys, found.ranks) }
        let keys = entries.details { $0.title.lowercased() }
        // Most titles differ in their first sixteen bytes: compared as two numbers, they sort
        // without comparing strings (UTF-8's byte order is the order of the characters).
        let prefixes = keys.map { key in
            var prefix: (UInt64, UInt64) = (0, 0)
            var bytes = key.utf8.prefix(16).makeIterator()
            for _ in 0..<8 { prefix.0 = prefix.0 << 8 | UInt64(bytes.next() ?? 0) }
            for _ in 0..<8 { prefix.1 = prefix.1 << 8 | UInt64(bytes.next() ?? 0) }
            return prefix
        }
        let order = keys.indices.sorted { lhs, rhs in
            if prefixes[lhs] != prefixes[rhs] { return prefixes[lhs] < prefixes[rhs] }
            return keys[lhs] < keys[rhs] || (lhs < rhs && keys[lhs] == keys[rhs])
        }
        var ranks = [Int](repeating: 0, count: keys.count)
        for (rank, position) in order.enumerated() { ranks[position] = rank }
        titles.withLock { $0 = (version, keys, ranks) }
        return (keys, ranks)
    }

    private static let versions = Atomic<UInt64>(0)

    /// A version number never handed out before.
    static func nextVersion() -> UInt64 { versions.add(1, ordering: .relaxed).newValue }
}
