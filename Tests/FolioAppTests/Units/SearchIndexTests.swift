import FolioKit
import Foundation
import Testing

@testable import FolioApp

/// `folio search --index`: the full-text index narrows a word query to the files that can hold
/// it, and hands on every file it cannot vouch for, so the hits are those of a full scan.
@Suite("search --index")
struct SearchIndexTests {
    @Test("a file past --max-file-size is not indexed: it is searched, and refused, as a full scan refuses it")
    func sizeLimit() throws {
        let library = try TestLibrary()
        let small = try library.articles.file("small.txt", "Small\n\nA zebra crossing.\n")
        let big = try library.articles.file("big.txt", "Big\n\n" + String(repeating: "No stripes here at all. ", count: 100) + "\n")
        let limit = try #require(SizeLimit(parsing: "1K"))
        let query = SearchQuery("zebra", wholeWord: true)
        let files = SearchIndex.candidates([small, big], for: query, noState: false, limit: limit, environment: library.environment)
        #expect(files == [small, big], "the big file is not vouched for by the index")
        // Within the limit, the index knows the big file holds no zebra.
        let unlimited = SearchIndex.candidates([small, big], for: query, noState: false, limit: .standard, environment: library.environment)
        #expect(unlimited == [small])
    }

    @Test("standard input and files the index cannot narrow are always searched, in the order given")
    func standardInputStays() throws {
        let library = try TestLibrary()
        let one = try library.articles.file("one.txt", "One\n\nA zebra.\n")
        let two = try library.articles.file("two.txt", "Two\n\nA horse.\n")
        let query = SearchQuery("zebra", wholeWord: true)
        #expect(SearchIndex.candidates(["-", two, one], for: query, noState: false, limit: .standard, environment: library.environment) == ["-", one])
        // A query the index cannot narrow (not a whole word) reads everything.
        #expect(SearchIndex.candidates([two, one], for: SearchQuery("zeb"), noState: false, limit: .standard, environment: library.environment) == [two, one])
        // Without state there is no index: everything.
        #expect(SearchIndex.candidates([two, one], for: query, noState: true, limit: .standard, environment: library.environment) == [two, one])
    }
}
