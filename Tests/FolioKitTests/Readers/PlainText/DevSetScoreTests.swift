import Foundation
import TestCorpus
import Testing

@testable import FolioKit

/// Parses the 30 articles of the plain-text dev set, prints the score and keeps it from
/// falling below what the reader reaches today.
@Suite struct DevSetScoreTests {
    /// One `NAME.expected.json`.
    struct Expected: Decodable {
        struct ExpectedSection: Decodable {
            var heading: String?
            var paragraphs: Int
            var first_words: String?
        }
        var title: String
        var author: String?
        var published: String?
        var sections: [ExpectedSection]
        var strict: Bool
    }

    /// Hits over totals for each measure.
    struct Score {
        var pages = 0, titles = 0, authors = 0, dates = 0
        var strictPages = 0, strictExact = 0
        var sectionStarts = 0, expectedSections = 0

        func percent(_ hits: Int, _ total: Int) -> Double { total == 0 ? 100 : 100 * Double(hits) / Double(total) }

        var line: String {
            func part(_ name: String, _ hits: Int, _ total: Int) -> String {
                "\(name) \(hits)/\(total) (\(Int(percent(hits, total).rounded(.down)))%)"
            }
            return [
                part("titles", titles, pages), part("authors", authors, pages), part("dates", dates, pages),
                part("strict section lists", strictExact, strictPages),
                part("section starts", sectionStarts, expectedSections),
            ].joined(separator: ", ")
        }
    }

    /// The first six words, as the expected files give them.
    static func firstWords(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " }).prefix(6).joined(separator: " ")
    }

    /// A list item's expected first words still carry the marker (`- BBEdit`); blocks do not.
    static func withoutListMarker(_ words: String) -> String {
        for marker in ["- ", "* ", "• "] where words.hasPrefix(marker) { return String(words.dropFirst(2)) }
        return words
    }

    static func score() throws -> Score {
        var score = Score()
        let folder = SharedCorpus.plainText
        for name in try SharedCorpus.names(in: folder, endingIn: ".txt") {
            let base = String(name.dropLast(4))
            let expected = try JSONDecoder().decode(Expected.self, from: Data(SharedCorpus.bytes(folder + "/" + base + ".expected.json")))
            let article = PlainTextReader.read(try SharedCorpus.bytes(folder + "/" + name), path: name)
            score.pages += 1
            if article.title == expected.title { score.titles += 1 }
            if article.author == expected.author { score.authors += 1 }
            if article.published?.iso == expected.published { score.dates += 1 }
            let got = article.sections.map { "\($0.heading ?? "-") (\($0.blocks.count))" }
            let want = expected.sections.map { "\($0.heading ?? "-") (\($0.paragraphs))" }
            if expected.strict {
                score.strictPages += 1
                if got == want { score.strictExact += 1 }
            }
            let starts = Set(
                article.sections.map { section in
                    "\(section.heading ?? "-")|\(section.blocks.first.map { Self.firstWords($0.text) } ?? "-")"
                })
            for section in expected.sections {
                score.expectedSections += 1
                let words = section.first_words.map(Self.withoutListMarker) ?? "-"
                let plain = section.first_words ?? "-"
                if starts.contains("\(section.heading ?? "-")|\(words)")
                    || starts.contains("\(section.heading ?? "-")|\(plain)")
                {
                    score.sectionStarts += 1
                }
            }
        }
        return score
    }

    @Test func devSetScoreStaysAtItsFloor() throws {
        let score = try Self.score()
        print("plain-text dev set: \(score.line)")
        // Today: 100% titles, authors, dates and strict section lists, 90% section starts; the
        // floors allow one miss in 30 (12 strict pages) so that a trade-off can be made on purpose.
        #expect(score.pages == 30)
        #expect(score.percent(score.titles, score.pages) >= 96)
        #expect(score.percent(score.authors, score.pages) >= 96)
        #expect(score.percent(score.dates, score.pages) >= 96)
        #expect(score.percent(score.strictExact, score.strictPages) >= 91)
        #expect(score.percent(score.sectionStarts, score.expectedSections) >= 88)
    }
}
