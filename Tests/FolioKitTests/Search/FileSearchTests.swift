import FolioKit
import Foundation
import Testing

/// Counting hits in files on disk gives what searching the loaded articles gives.
@Suite struct FileSearchTests {
    static let files: [String: String] = [
        "notes.txt": "Peace talks\n\nby Ann Lee\n\nJune 15, 2024\n\nPeace was the word. No peace yet, said the peace envoy.\n\nAnd then peace.\n",
        "page.html": "<html><head><title>Peace now</title></head><body><article><h1>Peace now</h1>"
            + "<p>A long paragraph about peace, and another word for peace, long enough to be the article's text.</p>"
            + "<p>More text without the word, long enough to count as a paragraph of the article too.</p></article></body></html>",
        "feed.rss": "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>News</title>"
            + "<item><title>Peace one</title><description>peace and peace</description></item>"
            + "<item><title>Nothing</title><description>no such word</description></item>"
            + "<item><title>Third</title><description>&lt;p&gt;peace&lt;/p&gt;</description></item></channel></rss>",
        "other.md": "# War\n\nNot a word of it.\n",
    ]

    @Test("each article of a file, a feed's items included, counts the hits the loaded article holds", arguments: ["peace", "Peace", "word"])
    func countsMatchLoadedArticles(pattern: String) throws {
        let folder = NSTemporaryDirectory() + "folio-file-search-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for wholeWord in [false, true] {
            let search = try ArticleSearch(SearchQuery(pattern, wholeWord: wholeWord))
            for (name, text) in Self.files {
                let path = folder + "/" + name
                try Data(text.utf8).write(to: URL(fileURLWithPath: path))
                let expected = try ArticleLoader.load(path).map { search.hits(in: $0).count }
                let (counts, finished) = try search.hitCounts(inFileAt: path)
                #expect(finished)
                // A file whose bytes rule the query out is not parsed: no counts, no hits.
                #expect(counts == expected || (counts.isEmpty && expected.allSatisfy { $0 == 0 }), "\(name), \(pattern)")
            }
        }
        #expect(try ArticleSearch(SearchQuery("peace")).hitCounts(inFileAt: folder + "/feed.rss").counts == [3, 0, 1])
    }

    @Test("a file that cannot be read is an error")
    func missingFile() throws {
        #expect(throws: LoadError.self) { try ArticleSearch(SearchQuery("x")).hitCounts(inFileAt: "/nonexistent/folio.txt") }
    }
}
