import Testing

@testable import FolioKit

/// Headings by shape, list items, debris and source positions.
@Suite struct PlainTextStructureTests {
    static func read(_ text: String) -> Article { PlainTextReader.read(Array(text.utf8), path: "test.txt") }

    static let longParagraph =
        "This paragraph is long enough to be body text, and it ends the way a sentence ends."

    @Test func shortStandaloneLineIsAHeading() {
        let article = Self.read(
            "Title\n\nLead text of the article, in one sentence.\n\nA Heading\n\n\(Self.longParagraph)\n")
        #expect(article.sections.map(\.heading) == [nil, "A Heading"])
        #expect(article.sections.map(\.level) == [0, 2])
        #expect(article.sections[1].headingSource == SourceLine(line: 5, column: 1, text: "A Heading"))
    }

    @Test func shortSentenceIsNotAHeading() {
        for line in ["It rained.", "“He’s evil!”", "Many reasons, including:", "Who knows what comes next?"] {
            let article = Self.read("Title\n\n\(line)\n\n\(Self.longParagraph)\n")
            #expect(article.sections.map(\.heading) == [nil], "\(line)")
            #expect(article.allBlocks.count == 2)
        }
    }

    @Test func shortTitleLikeQuestionIsAHeading() {
        let article = Self.read("Title\n\nLead paragraph, one sentence.\n\nWhy Monitor?\n\n\(Self.longParagraph)\n")
        #expect(article.sections.map(\.heading) == [nil, "Why Monitor?"])
    }

    @Test func headingNeedsLongerBodyAfterIt() {
        let text = "Title\n\nLorem ipsum dolor sit\n\namet, consectetur adipiscing elit, sed do eiusmod tempor.\n"
        #expect(Self.read(text).sections.map(\.heading) == [nil])
    }

    @Test func trailingDebrisIsDropped() {
        for debris in ["HTML tutorial", "Advertisement", "Share this article", "Related Articles"] {
            let article = Self.read("Title\n\n\(Self.longParagraph)\n\n    \(debris)\n")
            #expect(article.sections.count == 1)
            #expect(article.allBlocks.map(\.block.text) == [Self.longParagraph])
        }
    }

    @Test func debrisIsReportedAsTheTrailer() {
        for debris in ["Read more", "Comments (12)", "Sign up for our newsletter", "Continue reading the main story"] {
            let article = Self.read("Title\n\n\(Self.longParagraph)\n\n\(debris)\n")
            #expect(article.allBlocks.map(\.block.text) == [Self.longParagraph], "\(debris)")
            #expect(article.trailer == debris)
        }
        #expect(Self.read("Title\n\n\(Self.longParagraph)\n").trailer == nil)
    }

    @Test func aClosingLineOfTheTextIsKept() {
        let letter = Self.read("A letter\n\nDear Ann, the garden is in bloom and we miss you.\n\nSee you soon.\n\nBob\n")
        #expect(letter.allBlocks.map(\.block.text).suffix(2) == ["See you soon.", "Bob"])
        #expect(letter.trailer == nil)
        for closing in ["The End", "Love, Mum", "— Jane Roe", "Thanks for reading", "Grüße aus Wien"] {
            let article = Self.read("Title\n\n\(Self.longParagraph)\n\n\(closing)\n")
            #expect(article.allBlocks.last?.block.text == closing, "\(closing)")
        }
        // Text that leads into its last line keeps it, even when the line reads like a label.
        let led = Self.read("Title\n\n\(Self.longParagraph)\n\nWhat to do next:\n\nShare this article\n")
        #expect(led.allBlocks.last?.block.text == "Share this article")
        #expect(led.trailer == nil)
    }

    @Test func listItemsLoseTheirMarkers() {
        let text = """
            Title

            Intro sentence of the list.

            - one
            - two
              continued

            * three

            • four

            1. five

            2) six

            End of the article, as a sentence.
            """
        let blocks = Self.read(text).allBlocks.map(\.block)
        #expect(blocks.map(\.kind) == [.paragraph] + Array(repeating: .listItem, count: 6) + [.paragraph])
        #expect(blocks.dropFirst().prefix(6).map(\.text) == ["one", "two continued", "three", "four", "five", "six"])
        #expect(
            blocks[2].source == [
                SourceSegment(textOffset: 0, line: 6, column: 3), SourceSegment(textOffset: 4, line: 7, column: 3),
            ])
        #expect(blocks[4].source.first?.column == 3)
    }

    @Test func numberedShortLineBeforeBodyIsAHeading() {
        let text = """
            Title

            Lead paragraph, one sentence.

            21) Star Wars: The Last Jedi

            \(Self.longParagraph)

            20) Faces Places

            \(Self.longParagraph)
            """
        #expect(Self.read(text).sections.map(\.heading) == [nil, "21) Star Wars: The Last Jedi", "20) Faces Places"])
    }

    @Test func sourcePositionsMapOffsetsBackToLines() throws {
        let text = "Title\n\n  Zürich was wrapped\n  right here.\n"
        let block = try #require(Self.read(text).allBlocks.first?.block)
        #expect(block.text == "Zürich was wrapped right here.")
        let right = try #require(block.text.range(of: "right"))
        let offset = block.text.utf8.distance(from: block.text.startIndex, to: right.lowerBound)
        #expect(block.sourcePosition(ofUTF8Offset: offset)! == (line: 4, column: 3))
        let was = block.text.utf8.count - " was wrapped right here.".utf8.count + 1
        #expect(block.sourcePosition(ofUTF8Offset: was)! == (line: 3, column: 10))
    }
}
