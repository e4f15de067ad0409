import FolioKit
import FolioUI
import Foundation
import Testing

@testable import FolioApp

/// Searching all articles in the reader, in-process: it counts what `folio search` counts.
@Suite("library search")
struct LibrarySearchTests {
    /// What `folio search --count` prints last for `query` in `paths`: `N hits in M articles`.
    static func countLine(_ query: SearchQuery, in paths: [String]) throws -> String {
        struct Collected: ByteSink {
            var bytes: [UInt8] = []
            mutating func write(_ more: [UInt8]) { bytes += more }
            mutating func flush() {}
        }
        var failed = false
        let files = try PathArguments.files(paths, failed: &failed)
        var output = Collected()
        _ = SearchRun(search: try ArticleSearch(query), style: .count).run(files, to: &output)
        return String(decoding: output.bytes, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? ""
    }

    @Test("searching all articles counts what folio search counts, words through the index too", arguments: [false, true])
    func countsAsTheCommandDoes(wholeWord: Bool) throws {
        let library = try TestLibrary.threeArticles()
        try library.articles.file("delta.md", "# Delta article\n\nThe bravos and a bravo-like word, then Bravo.\n")
        let expected = try Self.countLine(SearchQuery("bravo", wholeWord: wholeWord), in: [library.articles.path])
        #expect(expected.hasSuffix("articles") && !expected.hasPrefix("0 hits"), "\(expected)")
        let reader = try library.start()
        try reader.waitFor("the titles read in the background") { $0.contains("Delta article") && !$0.contains("indexing") }
        reader.type("/")
        if wholeWord { reader.press(.control("o")) }
        reader.type("bravo")
        reader.press(.enter)
        try reader.waitFor(expected)
        #expect(reader.state.search.scope == .allArticles)
    }

    @Test("n goes to the first hit in the next article with hits, loading it from its file")
    func nextArticleWithHits() throws {
        let library = try TestLibrary.threeArticles()
        try library.articles.file("delta.md", "# Delta article\n\nA paragraph about zebras.\n\nAnd one more zebra.\n")
        let reader = try library.start()
        try reader.waitFor("the titles read in the background") { $0.contains("Delta article") && !$0.contains("indexing") }
        reader.type("/zebra")
        reader.press(.enter)
        try reader.waitFor("2 hits in 1 article")
        reader.type("n")
        try reader.waitFor("A paragraph about zebras.")
        #expect(reader.state.reader.entry.flatMap { reader.state.entries[$0]?.title } == "Delta article")
        reader.type("n")
        try reader.waitFor("the second hit") { $0.contains("2/2") }
    }
}
