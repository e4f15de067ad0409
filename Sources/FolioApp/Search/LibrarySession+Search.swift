import FolioKit
import FolioStore
import FolioUI

extension LibrarySession {
    /// The least time between two lots of hit counts a library search posts (the last lot
    /// goes at once).
    static let hitsInterval = Duration.milliseconds(50)

    /// A file a library search reads: the entry, its path and its stamp when known.
    struct SearchTarget: Sendable {
        var entry: EntryID
        var path: String
        var stamp: FileStamp?
    }

    /// Searches the files of the entries `ids` for `query` in the background, stopping the
    /// search before. Word queries read only the articles the full-text index names (and those not
    /// indexed at their current stamp); the others get no hits without being read, exactly
    /// as a scan of every file would find. The articles the index names come with its rank.
    func search(_ query: SearchQuery, ids: [EntryID], in entries: LibraryEntries) {
        let generation = searchGeneration.next()
        guard let engine = try? ArticleSearch(query) else { return }
        // Copies of the arrays are cheap (copy on write): the targets are made in the background.
        let store = store, inbox = inbox, current = searchGeneration, stamps = stamps, limit = sizeLimit
        searching.async {
            guard current.current == generation else { return }
            let targets = ids.compactMap { id in
                entries.position(of: id).flatMap { entries[$0].source.path }.map { SearchTarget(entry: id, path: $0, stamp: stamps[$0]) }
            }
            var read = targets
            var skipped: [LibraryHits] = []
            var scores: [String: Double] = [:]
            let stamped = targets.compactMap(\.stamp)
            if let ranked = try? store.ranked(stamped, for: query) {
                let candidates = Set(ranked.files.map(\.path))
                scores = ranked.scores
                read = []
                for target in targets {
                    if let stamp = target.stamp, !candidates.contains(stamp.path) {
                        skipped.append(LibraryHits(entry: target.entry, count: 0))
                    } else {
                        read.append(target)
                    }
                }
            }
            if !skipped.isEmpty { inbox.post(.hits(generation: generation, query, skipped, done: read.isEmpty)) }
            guard !read.isEmpty else { return }
            var found: [LibraryHits] = []
            var done = 0
            // Counts go out as they are found, but not more often than the list can take them
            // in: each lot sorts the results again.
            let clock = ContinuousClock()
            var posted = clock.now - Self.hitsInterval
            FileBatches.run(read.map(\.path), work: { path -> Int? in
                guard current.current == generation else { return nil }
                // The first article: a file read in the background holds one (a feed's items
                // are in memory). A file that cannot be read has no hits.
                return (try? engine.hitCounts(inFileAt: path, limit: limit))?.counts.first ?? 0
            }) { count in
                let target = read[done]
                done += 1
                if let count {
                    found.append(LibraryHits(entry: target.entry, count: count, score: target.stamp.flatMap { scores[$0.path] }))
                }
                if done == read.count || (found.count >= 256 && clock.now - posted >= Self.hitsInterval) {
                    guard current.current == generation else { return }
                    inbox.post(.hits(generation: generation, query, found, done: done == read.count))
                    found = []
                    posted = clock.now
                }
            }
        }
    }
}
