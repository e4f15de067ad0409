import FolioKit
import FolioStore
import Testing

@testable import FolioApp

/// The reader's place on screen and the place the state database keeps, back and forth.
@Suite("ReadingPlace")
struct ReadingPlaceTests {
    /// A lead, and a section with a heading and two paragraphs.
    static let article = Article(
        path: "/a/place.txt", format: .plainText, title: "Places",
        sections: [
            Section(heading: nil, level: 0, blocks: [Block(kind: .paragraph, text: "The lead paragraph.")]),
            Section(
                heading: "Middle", level: 2,
                blocks: [
                    Block(kind: .paragraph, text: "The first paragraph of the middle section."),
                    Block(kind: .paragraph, text: String(repeating: "A long paragraph of many words. ", count: 4)),
                ]),
        ])

    @Test("a place in a paragraph is kept with its offset and found again there")
    func blockRoundTrip() throws {
        let place = LayoutAnchor(content: .block(section: 1, block: 1), offset: 32)
        let stored = try #require(ReadingPlace.anchor(place, in: Self.article))
        #expect(stored.section == 1 && stored.block == 1 && stored.offset == 32)
        #expect(ReadingPlace.place(stored, in: Self.article) == place)
    }

    @Test("a section's heading is kept as its first paragraph's start, and found again as the heading")
    func headingRoundTrip() throws {
        let stored = try #require(ReadingPlace.anchor(LayoutAnchor(content: .heading(section: 1)), in: Self.article))
        #expect(stored.section == 1 && stored.block == 0 && stored.offset == 0)
        #expect(ReadingPlace.place(stored, in: Self.article) == LayoutAnchor(content: .heading(section: 1)))
        // The lead has no heading: its start stays a paragraph's.
        let lead = try #require(ReadingPlace.anchor(LayoutAnchor(content: .block(section: 0, block: 0)), in: Self.article))
        #expect(ReadingPlace.place(lead, in: Self.article) == LayoutAnchor(content: .block(section: 0, block: 0)))
    }

    @Test("the title, byline and date are the top: nothing is kept")
    func top() {
        for content in [LineContent.title, .byline, .meta, .blank] {
            #expect(ReadingPlace.anchor(LayoutAnchor(content: content), in: Self.article) == nil)
        }
    }

    @Test("a place whose text is gone from the article as it is now is not found")
    func textGone() throws {
        let stored = try #require(ReadingPlace.anchor(LayoutAnchor(content: .block(section: 1, block: 0)), in: Self.article))
        let edited = Article(
            path: "/a/place.txt", format: .plainText, title: "Places",
            sections: [Section(heading: nil, level: 0, blocks: [Block(kind: .paragraph, text: "Something else entirely.")])])
        #expect(ReadingPlace.place(stored, in: edited) == nil)
    }

    @Test("a bookmark's label: the heading (or lead) and the first 48 characters from the place, … when cut")
    func labels() throws {
        let lead = try #require(ReadingAnchor(in: Self.article, section: 0, block: 0))
        #expect(ReadingPlace.label(lead, in: Self.article) == "lead: The lead paragraph.")
        let long = try #require(ReadingAnchor(in: Self.article, section: 1, block: 1, offset: 2))
        #expect(ReadingPlace.label(long, in: Self.article) == "Middle: long paragraph of many words. A long paragraph o…")
        #expect(ReadingPlace.label(ReadingAnchor(section: 7, block: 0, snippet: "", offset: 0), in: Self.article) == "")
        #expect(ReadingPlace.label(ReadingAnchor(section: 1, block: 9, snippet: "", offset: 0), in: Self.article) == "Middle")
    }
}
