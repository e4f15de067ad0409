import FolioKit
import FolioStore
import Foundation

/// `folio search --index`: the full-text index narrows a word query to candidate files.
enum SearchIndex {
    /// The files among `files` a search for `query` must read: for a query the index can
    /// narrow (`LibraryStore.canNarrow`), those whose text holds its words, plus standard input
    /// and any file the index cannot vouch for; else all of them, in the order given. Files
    /// not indexed at their current size and time are parsed and indexed first (refused past
    /// `limit` bytes, as the search refuses them); the state database is the one `environment`
    /// names. With
    /// `noState` there is no index to read or write: every file is searched.
    static func candidates(
        _ files: [String], for query: SearchQuery, noState: Bool, limit: SizeLimit,
        environment: [String: String] = ProcessEnvironment.variables()
    ) -> [String] {
        guard !noState, LibraryStore.canNarrow(query) else { return files }
        let (store, warning) = LibraryStore.open(environment: environment)
        if let warning { StandardOutput.error(warning) }
        var stamps: [String: FileStamp] = [:]
        for file in files where ArticleSource(argument: file).isFile { stamps[file] = FileStamp(path: StorePath.key(file)) }
        do throws(StoreError) {
            // A read-only database cannot take the files it lacks: they are searched as they are.
            if !store.isReadOnly { try bringUpToDate(store, stamps: Array(stamps.values), limit: limit) }
            let narrowed = try store.narrowed(Array(stamps.values), for: query) ?? Array(stamps.values)
            let keep = Set(narrowed.map(\.path))
            return files.filter { file in stamps[file].map { keep.contains($0.path) } ?? true }
        } catch {
            StandardOutput.error("\(error); searching every file")
            return files
        }
    }

    /// Parses and indexes the files whose text the index does not hold at their stamp
    /// (refused past `limit` bytes).
    private static func bringUpToDate(_ store: LibraryStore, stamps: [FileStamp], limit: SizeLimit) throws(StoreError) {
        let missing = try store.unindexed(stamps)
        let stampsByPath = Dictionary(missing.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var batch: [FileReading] = []
        var failure: StoreError?
        FileBatches.run(missing.map(\.path)) { path -> FileReading? in
            try? FileReading(.file(path), path: path, stamp: stampsByPath[path], isUnread: false, limit: limit)
        } emit: { reading in
            // A feed's items share its path: it stays unindexed and is always read.
            guard let reading, reading.catalog != nil, failure == nil else { return }
            batch.append(reading)
            if batch.count >= 256 {
                do throws(StoreError) {
                    try FileReading.keep(batch, in: store)
                } catch {
                    failure = error
                }
                batch = []
            }
        }
        if let failure { throw failure }
        try FileReading.keep(batch, in: store)
        try store.purgeOrphans()
    }
}
