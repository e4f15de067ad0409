import Testing

@testable import FolioKit

/// Bylines and datelines come from the header only.
@Suite struct PlainTextHeaderTests {
    static func read(_ text: String) -> Article { PlainTextReader.read(Array(text.utf8), path: "test.txt") }

    static let body = "\n\nThe body starts here with a real sentence.\n"

    @Test(arguments: [
        ("by Kimberly", "Kimberly"), ("By A and B", "A and B"), ("Written by Jane Roe", "Jane Roe"),
        ("AUTHOR: Max Mustermann", "Max Mustermann"), ("by Written by Rob Ewaschuk", "Written by Rob Ewaschuk"),
    ])
    func bylineGivesTheNamePart(line: String, author: String) {
        let article = Self.read("Title\n\n    \(line)" + Self.body)
        #expect(article.author == author)
        #expect(article.header.bylineLine == SourceLine(line: 3, column: 5, text: line))
    }

    @Test func bylineInTheBodyIsNotAByline() {
        let article = Self.read(
            "Title\n\nA first paragraph of the body.\n\nPortrait by George Del Barrio\n\nby Someone Else\n")
        #expect(article.author == nil)
        #expect(article.header.bylineLine == nil)
    }

    @Test func sentenceStartingWithByIsBody() {
        for line in ["By the time we arrived at the station, the train had left.", "By now, it is over."] {
            let article = Self.read("Title\n\n\(line)\n")
            #expect(article.author == nil)
            #expect(article.allBlocks.map(\.block.text) == [line])
        }
    }

    @Test func lowercaseByLabelIsABylineEvenWhenItEndsInAFullStop() {
        let article = Self.read("Title\n\nby Jane Roe and the staff of the Daily Planet newspaper." + Self.body)
        #expect(article.author == "Jane Roe and the staff of the Daily Planet newspaper.")
    }

    @Test func bylineEndingInAFullStopNextToADatelineIsStillAByline() {
        let article = Self.read(
            "Title\n\nBy Jane Roe, staff writer at the Daily Planet newspaper.\nPublished: 2024-06-15" + Self.body)
        #expect(article.author == "Jane Roe, staff writer at the Daily Planet newspaper.")
        #expect(article.published == SimpleDate(year: 2024, month: 6, day: 15))
    }

    @Test(arguments: [
        ("Published: June 15, 2024 (1 month ago)", "June 15, 2024 (1 month ago)"),
        ("Posted on 15 June 2024", "15 June 2024"), ("15 June 2024", "15 June 2024"),
        ("2024-06-15", "2024-06-15"), ("Jun 15, 2024, 10:30 AM", "Jun 15, 2024, 10:30 AM"),
        ("Saturday, June 15th, 2024", "Saturday, June 15th, 2024"),
    ])
    func datelineGivesTheDateAndItsText(line: String, text: String) {
        let article = Self.read("Title\n\nby Ann\n\(line)" + Self.body)
        #expect(article.published == SimpleDate(year: 2024, month: 6, day: 15))
        #expect(article.publishedText == text)
        #expect(article.author == "Ann")
    }

    @Test func publishedWinsOverUpdated() {
        let article = Self.read("Title\n\nUpdated: July 1, 2024\nPublished: June 15, 2024" + Self.body)
        #expect(article.published == SimpleDate(year: 2024, month: 6, day: 15))
        let updatedOnly = Self.read("Title\n\nUpdated: July 1, 2024" + Self.body)
        #expect(updatedOnly.published == SimpleDate(year: 2024, month: 7, day: 1))
        #expect(updatedOnly.publishedText == "July 1, 2024")
    }

    @Test func datesInTheBodyAreNotTheArticleDate() {
        let article = Self.read(
            "Title\n\nby Ann\n\nA paragraph of the body comes first.\n\nPublished: June 15, 2024\n\n2024-06-15\n")
        #expect(article.published == nil)
        #expect(article.publishedText == nil)
        let inByline = Self.read("Title\n\nby GILLIAN MOHNEY March 11, 2015 3:46 PM" + Self.body)
        #expect(inByline.author == "GILLIAN MOHNEY March 11, 2015 3:46 PM")
        #expect(inByline.published == nil)
    }

    @Test func aLineThatMerelyStartsWithADateIsBody() {
        let article = Self.read("Title\n\nFeb. 23, 2015 -- Life-threatening allergies are on the rise.\n")
        #expect(article.published == nil)
        #expect(article.allBlocks.count == 1)
    }

    @Test func wordsAfterADatelinesDateStayInTheArticle() {
        let article = Self.read("Title\n\nby Ann\nLast updated September 14, 2016 and corrected since" + Self.body)
        #expect(article.published == SimpleDate(year: 2016, month: 9, day: 14))
        #expect(article.publishedText == "September 14, 2016")
        #expect(article.author == "Ann")
        #expect(
            article.allBlocks.map(\.block.text) == [
                "Last updated September 14, 2016 and corrected since", "The body starts here with a real sentence.",
            ])
        let search = try? ArticleSearch(SearchQuery("corrected"))
        #expect(search?.hits(in: article).count == 1)
        // The line is text, not the heading of what follows, however long that is.
        let letter = Self.read(
            "Title\n\nLast updated September 14, 2016 and corrected since\n\nDear Ann, the garden is in bloom and the cafe on the corner opened again.\n")
        #expect(letter.sections.map(\.heading) == [nil])
        #expect(letter.allBlocks.count == 2)
    }

    @Test func aDatelineWrappedIntoTheBodyKeepsTheRestOfItsParagraph() {
        let article = Self.read("Title\n\nPublished June 15, 2024 by the desk, after\nthree drafts.\n\nMore text.\n")
        #expect(article.published == SimpleDate(year: 2024, month: 6, day: 15))
        #expect(article.allBlocks.map(\.block.text) == ["Published June 15, 2024 by the desk, after three drafts.", "More text."])
    }

    @Test func aBylineOfOnlyADateIsTheDateAndNamesNobody() {
        let line = "by April 28, 2019 at 6:01 am Updated April 29, 2019"
        let article = Self.read("Title\n\n\(line)" + Self.body)
        #expect(article.author == nil)
        #expect(article.header.bylineLine == nil)
        #expect(article.published == SimpleDate(year: 2019, month: 4, day: 28))
        #expect(article.publishedText == "April 28, 2019 at 6:01 am Updated April 29, 2019")
        #expect(article.allBlocks.map(\.block.text) == ["The body starts here with a real sentence."])
        // A dateline of its own is the article's date; the byline's date gives way to it.
        let dated = Self.read("Title\n\n\(line)\nPublished: 2019-01-02" + Self.body)
        #expect(dated.published == SimpleDate(year: 2019, month: 1, day: 2))
        #expect(dated.author == nil)
        // The byline's date wins over an update.
        let updated = Self.read("Title\n\nUpdated: May 1, 2019\nBy April 28, 2019" + Self.body)
        #expect(updated.published == SimpleDate(year: 2019, month: 4, day: 28))
    }
}
