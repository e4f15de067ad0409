import FolioKit
import FolioStore
import FolioUI

extension LibrarySession {
    /// A file a library search reads: the entry, its path and its stamp when known.
    struct SearchTarget: Sendable {
        var entry: Int
        var path: String
        var stamp: FileStamp?
    }

    /// Searches the files of `indices` for `query` in the background, stopping the search
    /// before. Word queries read only the articles the full-text index names (and those not
    /// indexed at their current stamp); the others get no hits without being read, exactly
    /// as a scan of every file would find.
    func search(_ query: SearchQuery, indices: [Int], in entries: [LibraryEntry]) {
        let generation = searchGeneration.next()
        guard let engine = try? ArticleSearch(query) else { return }
        // Copies of the arrays are cheap (copy on write): the targets are made in the background.
        let store = store, inbox = inbox, current = searchGeneration, stamps = stamps
        searching.async {
            guard current.current == generation else { return }
            let targets = indices.filter { entries.indices.contains($0) }.map { index in
                SearchTarget(entry: index, path: entries[index].path, stamp: stamps[entries[index].path])
            }
            var read = targets
            var skipped: [LibraryHits] = []
            let stamped = targets.compactMap(\.stamp)
            if let narrowed = try? store.narrowed(stamped, for: query) {
                let candidates = Set(narrowed.map(\.path))
                read = []
                for target in targets {
                    if let stamp = target.stamp, !candidates.contains(stamp.path) {
                        skipped.append(LibraryHits(entry: target.entry, path: target.path, hits: []))
                    } else {
                        read.append(target)
                    }
                }
            }
            if !skipped.isEmpty { inbox.post(.hits(generation: generation, query, skipped, done: read.isEmpty)) }
            guard !read.isEmpty else { return }
            var found: [LibraryHits] = []
            var done = 0
            FileBatches.run(read.map(\.path), work: { path -> [SearchHit]? in
                guard current.current == generation else { return nil }
                return Self.hits(in: path, engine: engine)
            }) { hits in
                let target = read[done]
                done += 1
                if let hits { found.append(LibraryHits(entry: target.entry, path: target.path, hits: hits)) }
                if found.count >= 256 || done == read.count {
                    guard current.current == generation else { return }
                    inbox.post(.hits(generation: generation, query, found, done: done == read.count))
                    found = []
                }
            }
        }
    }

    /// The hits of `engine` in the article of the file at `path` (the first article of a
    /// feed); plain text that cannot hold a hit is not parsed. A file that cannot be read has
    /// no hits.
    static func hits(in path: String, engine: ArticleSearch) -> [SearchHit] {
        guard let bytes = try? ArticleLoader.bytes(of: path) else { return [] }
        let format = FormatDetector.format(of: bytes, path: path)
        if format == .plainText, !bytes.withUnsafeBufferPointer({ engine.mightMatch(fileBytes: $0, path: path) }) {
            return []
        }
        guard let article = ArticleLoader.read(bytes, path: path, as: format).first else { return [] }
        return engine.hits(in: article)
    }
}
