import Foundation
import TestCorpus
import Testing

@testable import FolioKit

/// The reference article must parse exactly as the issue describes it.
@Suite struct PlainTextSeedTests {
    @Test func seedArticleHasTheExactStructure() throws {
        let article = PlainTextReader.read(try SharedCorpus.bytes(SharedCorpus.seed), path: "putin-peace-talks.txt")

        #expect(article.title == "Putin’s Conditions for Peace Talks: Ukraine Must Withdraw Troops and End NATO Bid")
        #expect(article.author == "Kimberly")
        #expect(article.published == SimpleDate(year: 2024, month: 6, day: 15))
        #expect(article.publishedText == "June 15, 2024 (1 month ago)")
        #expect(article.header.titleLine == SourceLine(line: 1, column: 1, text: article.title))
        #expect(article.header.bylineLine == SourceLine(line: 3, column: 5, text: "by Kimberly"))

        let outline = article.sections.map { "\($0.heading ?? "(lead)") \($0.level) \($0.blocks.count)" }
        #expect(
            outline == [
                "(lead) 0 1",
                "Putin’s Stance and Demands 2 2",
                "Context and International Reaction 2 2",
                "Impact on Regional Stability 2 2",
                "Future Prospects for Dialogue 2 1",
            ])
        #expect(article.allBlocks.count == 8)
        #expect(article.allBlocks.allSatisfy { $0.block.kind == .paragraph })
        let stance = SourceLine(line: 8, column: 5, text: "Putin’s Stance and Demands")
        #expect(article.sections[1].headingSource == stance)
        #expect(article.sections.last?.blocks.last?.text.hasPrefix("As diplomatic channels remain open") == true)
        #expect(!article.allBlocks.contains { $0.block.text.contains("HTML tutorial") })
        #expect(!article.sections.contains { $0.heading == "HTML tutorial" })
    }
}
