// A helper program for FolioStoreTests and for measuring the store:
//
//   FolioStoreProbe write-loop DATABASE   commits batches of 500 catalog entries titled
//                                         `batch N` forever, printing N after each commit
//                                         (the tests kill it with SIGKILL mid-write)
//   FolioStoreProbe bench FOLDER [CORPUS] times opening and loading a 10,000-entry catalog and
//                                         indexing 10,000 articles made from CORPUS's texts
//   FolioStoreProbe load FOLDER           times opening and loading that catalog as a new
//                                         process would (run after bench)
import FolioKit
import FolioStore
import Foundation

/// Prints to standard error and exits with status 2.
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("FolioStoreProbe: \(message)\n".utf8))
    exit(2)
}

/// Seconds taken by `body`.
func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Commits batches of 500 entries, one transaction each, until killed.
func writeLoop(database: String) throws -> Never {
    let store = try LibraryStore.open(at: database).store
    for batch in 1... {
        let entries = (0..<500).map { item in
            CatalogEntry(
                stamp: FileStamp(path: "/loop/\(batch)/\(item)", size: Int64(item), modifiedNanoseconds: Int64(batch)),
                format: .plainText, title: "batch \(batch)", readingMinutes: 1, wordCount: item)
        }
        try store.update(entries)
        FileHandle.standardOutput.write(Data("\(batch)\n".utf8))
        // A breath between commits: SQLite's busy handler is not fair, and a writer that takes
        // the lock back at once can starve the test's own writes past their busy timeout.
        usleep(2_000)
    }
    fatalError("unreachable")
}

/// Paragraphs of the plain-text corpus, or generated ones when it is absent.
func paragraphs(corpus: String?) -> [String] {
    let folder = corpus.map { URL(fileURLWithPath: $0).appendingPathComponent("dev/plaintext") }
    let files = folder.flatMap { try? FileManager.default.contentsOfDirectory(at: $0, includingPropertiesForKeys: nil) } ?? []
    let texts = files.filter { $0.pathExtension == "txt" }.compactMap { try? String(contentsOf: $0, encoding: .utf8) }
    let found = texts.flatMap { $0.components(separatedBy: "\n\n") }.map {
        $0.replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces)
    }.filter { $0.count > 40 }
    if !found.isEmpty { return found }
    return (0..<500).map { paragraph in (0..<80).map { "word\(($0 * 7 + paragraph) % 997)" }.joined(separator: " ") }
}

/// The stamps of the bench's articles.
func benchStamps(_ count: Int) -> [FileStamp] {
    (0..<count).map { FileStamp(path: "/library/article-\($0).txt", size: Int64($0 * 31), modifiedNanoseconds: Int64($0)) }
}

/// Times what a new process does first: open the store and load the bench's catalog.
func load(folder: String) throws {
    let stamps = benchStamps(10_000)
    var store: LibraryStore?
    var fresh = 0
    let total = try seconds {
        store = try LibraryStore.open(at: folder + "/library.sqlite").store
        fresh = try store?.cachedEntries(for: stamps).fresh.count ?? 0
    }
    print("new process: open + load \(fresh) fresh entries: \(String(format: "%.1f", total * 1000)) ms")
}

/// Times the catalog and the text index at 10,000 articles.
func bench(folder: String, corpus: String?) throws {
    let database = folder + "/library.sqlite"
    let count = 10_000
    let stamps = benchStamps(count)
    let store = try LibraryStore.open(at: database).store
    let pool = paragraphs(corpus: corpus)
    let articles = stamps.indices.map { number in
        let blocks = (0..<12).map { Block(kind: .paragraph, text: pool[(number * 12 + $0) % pool.count]) }
        return Article(
            path: stamps[number].path, format: .plainText, title: "Article \(number) token\(number)", author: "Author \(number % 97)",
            sections: [Section(heading: nil, level: 0, blocks: blocks)])
    }
    let entries = zip(articles, stamps).map { CatalogEntry(article: $0, stamp: $1) }
    let words = entries.reduce(0) { $0 + $1.wordCount }
    let write = try seconds { try store.update(entries) }
    let index = try seconds {
        for start in stride(from: 0, to: count, by: 250) {
            try store.index(Array(zip(articles, stamps))[start..<min(start + 250, count)].map { ($0, $1) })
        }
    }
    var reopened: LibraryStore?
    let open = try seconds { reopened = try LibraryStore.open(at: database).store }
    var loaded = 0
    let loads = try (0..<5).map { _ in try seconds { loaded = try reopened?.cachedEntries(for: stamps).fresh.count ?? 0 } }
    let load = loads.min() ?? 0
    var found = 0
    let query = try seconds { found = try store.candidates(forWords: "president", limit: nil).count }
    var narrowed = 0
    let narrowing = try seconds { narrowed = try store.narrowed(stamps, for: SearchQuery("president", wholeWord: true))?.count ?? 0 }
    let size = (try? FileManager.default.attributesOfItem(atPath: database)[.size] as? Int) ?? 0
    print("catalog: wrote \(count) entries in \(String(format: "%.3f", write)) s")
    print("open: \(String(format: "%.1f", open * 1000)) ms; load \(loaded) fresh entries: \(String(format: "%.1f", load * 1000)) ms (best of 5; first \(String(format: "%.1f", loads[0] * 1000)) ms)")
    print("index: \(count) articles (\(words) words) in batches of 250: \(String(format: "%.2f", index)) s")
    print("query: 'president' -> \(found) ranked candidates in \(String(format: "%.1f", query * 1000)) ms")
    print("narrow: whole-word 'president' -> \(narrowed) of \(count) files in \(String(format: "%.1f", narrowing * 1000)) ms")
    print("database: \(size / 1_000_000) MB")
}

let arguments = CommandLine.arguments.dropFirst()
do {
    switch arguments.first {
    case "write-loop":
        guard let database = arguments.dropFirst().first else { fail("write-loop needs a database path") }
        try writeLoop(database: database)
    case "bench":
        guard let folder = arguments.dropFirst().first else { fail("bench needs a folder") }
        try bench(folder: folder, corpus: arguments.dropFirst(2).first)
    case "load":
        guard let folder = arguments.dropFirst().first else { fail("load needs a folder") }
        try load(folder: folder)
    default:
        fail("usage: FolioStoreProbe write-loop DATABASE | bench FOLDER [CORPUS] | load FOLDER")
    }
} catch {
    fail("\(error)")
}
