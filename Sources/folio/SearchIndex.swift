import FolioKit
import FolioStore
import Foundation

/// `folio search --index`: the full-text index narrows a word query to candidate files.
enum SearchIndex {
    /// The files among `files` a search for `query` must read: for a query the index can
    /// narrow (`LibraryStore.canNarrow`), those whose text holds its words, plus standard input
    /// and any file the index cannot vouch for; else all of them, in the order given. Files
    /// not indexed at their current size and time are parsed and indexed first. With
    /// `noState` there is no index to read or write: every file is searched.
    static func candidates(_ files: [String], for query: SearchQuery, noState: Bool) -> [String] {
        guard !noState, LibraryStore.canNarrow(query) else { return files }
        let (store, warning) = LibraryStore.open(environment: ProcessEnvironment.variables())
        if let warning { StandardOutput.error(warning) }
        var stamps: [String: FileStamp] = [:]
        for file in files where file != "-" { stamps[file] = FileStamp(path: StorePath.key(file)) }
        do throws(StoreError) {
            // A read-only database cannot take the files it lacks: they are searched as they are.
            if !store.isReadOnly { try bringUpToDate(store, stamps: Array(stamps.values)) }
            let narrowed = try store.narrowed(Array(stamps.values), for: query) ?? Array(stamps.values)
            let keep = Set(narrowed.map(\.path))
            return files.filter { file in stamps[file].map { keep.contains($0.path) } ?? true }
        } catch {
            StandardOutput.error("\(error); searching every file")
            return files
        }
    }

    /// Parses and indexes the files whose text the index does not hold at their stamp.
    private static func bringUpToDate(_ store: LibraryStore, stamps: [FileStamp]) throws(StoreError) {
        let missing = try store.unindexed(stamps)
        var batch: [(article: Article, stamp: FileStamp)] = []
        var catalog: [CatalogEntry] = []
        var failure: StoreError?
        var position = 0
        FileBatches.run(missing.map(\.path)) { path -> Article? in
            // A feed's items share its path: it stays unindexed and is always read.
            guard let articles = try? ArticleLoader.load(path), articles.count == 1, let article = articles.first,
                article.format != .feed
            else { return nil }
            return article
        } emit: { article in
            // Results come in the order of `missing`.
            let stamp = missing[position]
            position += 1
            guard let article, failure == nil else { return }
            batch.append((article, stamp))
            catalog.append(CatalogEntry(article: article, stamp: stamp))
            if batch.count >= 256 {
                do throws(StoreError) {
                    try store.index(batch)
                    try store.update(catalog)
                } catch {
                    failure = error
                }
                (batch, catalog) = ([], [])
            }
        }
        if let failure { throw failure }
        try store.index(batch)
        try store.update(catalog)
        try store.purgeOrphans()
    }
}
