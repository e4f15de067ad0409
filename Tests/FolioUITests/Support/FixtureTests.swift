import FolioKit
import Foundation
import TestCorpus
import Testing

@Suite("Fixtures")
struct FixtureTests {
    @Test("the seed fixture holds the corpus article's title, headings and paragraphs, in order")
    func seedMatchesCorpus() throws {
        let text = try String(contentsOf: SharedCorpus.url(SharedCorpus.seed), encoding: .utf8)
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        let article = Fixtures.seed
        var expected = [article.title, "by Kimberly", "Published: June 15, 2024 (1 month ago)"]
        for section in article.sections {
            if let heading = section.heading { expected.append(heading) }
            expected += section.blocks.map(\.text)
        }
        expected.append("HTML tutorial")  // the scraping debris the reader drops
        #expect(lines == expected)
    }
}
