import TestCorpus
import Testing

@testable import FolioKit

/// Where in an article `ArticleSearch` looks, and the file pre-scan.
@Suite struct SearchArticleTests {
    private let article = Article(
        path: "talks.txt", format: .plainText, title: "Peace Talks Resume", author: "Kimberly",
        published: SimpleDate(year: 2024, month: 6, day: 15), publishedText: "June 15, 2024 (1 month ago)",
        sections: [
            Section(heading: nil, level: 0, blocks: [Block(kind: .paragraph, text: "Leaders spoke of peace in June.")]),
            Section(heading: "Hopes for Peace", level: 2, blocks: [
                Block(kind: .paragraph, text: "No talks yet."),
                Block(kind: .listItem, text: "peace first"),
            ]),
        ],
        header: ArticleHeader(titleLine: SourceLine(line: 1, text: "Peace Talks Resume"), bylineLine: SourceLine(line: 3, column: 5, text: "by Kimberly")))

    @Test func hitsInTitleBylineHeadingsAndBlocksInReadingOrder() throws {
        let peace = try ArticleSearch(SearchQuery("peace")).hits(in: article)
        #expect(peace.map(\.place) == [.title, .block(section: 0, block: 0), .heading(section: 1), .block(section: 1, block: 1)])
        let byline = try ArticleSearch(SearchQuery("kimberly")).hits(in: article)
        #expect(byline == [SearchHit(place: .byline, range: 3..<11)])
    }

    @Test func datelineIsNotSearched() throws {
        #expect(try ArticleSearch(SearchQuery("2024")).hits(in: article).isEmpty)
        #expect(try ArticleSearch(SearchQuery("june")).hits(in: article).map(\.place) == [.block(section: 0, block: 0)])
    }

    // MARK: - Pre-scan

    private func mightMatch(_ pattern: String, _ raw: String, path: String = "a.txt", regex: Bool = false) throws -> Bool {
        let search = try ArticleSearch(SearchQuery(pattern, isRegex: regex))
        return Array(raw.utf8).withUnsafeBufferPointer { search.mightMatch(fileBytes: $0, path: path) }
    }

    @Test func prescanRejectsFilesWithoutTheText() throws {
        #expect(try !mightMatch("kremlin", "Nothing of the sort here."))
        #expect(try !mightMatch("Kremlin", "the kremlin in lower case"))
    }

    @Test func prescanKeepsFilesThatMightHit() throws {
        #expect(try mightMatch("kremlin", "The KREMLIN said"))
        #expect(try mightMatch("peace talks", "for peace\n    talks, wrapped"))
        #expect(try mightMatch("kelvin", "\u{212A}elvin"))
        #expect(try mightMatch("über", "ÜBER alles"))
        #expect(try mightMatch("p.ace", "nothing", regex: true))
        #expect(try mightMatch("peace", "nothing", path: "dir/peace-talks.txt"))
    }

    @Test func prescanNeverChangesResultsOnTheCorpus() throws {
        let corpus = try SharedCorpus.plainTextArticles()
        for path in corpus {
            let article = try #require(try ArticleLoader.load(path).first)
            let bytes = try ArticleLoader.bytes(of: path)
            // Single words and two-word phrases from every part of the article (phrases span
            // wrapped source lines), sampled to keep the test quick.
            let texts = [article.title] + article.sections.compactMap(\.heading) + article.allBlocks.map(\.block.text)
            var queries: [String] = ["Peace talks"]
            for text in texts {
                let words = text.split(separator: " ")
                for index in stride(from: 0, to: words.count, by: 7) {
                    queries.append(String(words[index]))
                    if index + 1 < words.count { queries.append(words[index] + " " + words[index + 1]) }
                }
            }
            for query in queries {
                let search = try ArticleSearch(SearchQuery(query))
                let hit = !search.hits(in: article).isEmpty
                let might = bytes.withUnsafeBufferPointer { search.mightMatch(fileBytes: $0, path: path) }
                #expect(might || !hit, "pre-scan skipped '\(query)' in \(path)")
            }
        }
    }
}
