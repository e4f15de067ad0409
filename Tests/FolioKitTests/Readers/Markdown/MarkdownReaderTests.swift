import Foundation
import Testing

@testable import FolioKit

@Suite struct MarkdownReaderTests {
    static func read(_ text: String) -> Article { MarkdownReader.read(Array(text.utf8), path: "notes/post.md") }

    @Test func frontMatterGivesTitleAuthorAndDate() {
        let article = Self.read(
            """
            ---
            title: "Tides of the Fjord"
            author: Kimberly
            date: 2024-06-15
            tags: [sea, travel]
            ---
            # A heading that is a section

            Body text.
            """)
        #expect(article.format == .markdown)
        #expect(article.title == "Tides of the Fjord")
        #expect(article.header.titleLine?.line == 2)
        #expect(article.author == "Kimberly")
        #expect(article.published == SimpleDate(year: 2024, month: 6, day: 15))
        #expect(article.sections.map(\.heading) == ["A heading that is a section"])
        #expect(article.sections.first?.headingSource?.line == 7)
        #expect(article.sections.first?.blocks.map(\.text) == ["Body text."])
    }

    @Test func levelOneHeadingRepeatingTheFrontMatterTitleIsNotASection() {
        let article = Self.read("---\ntitle: Same Words\n---\n\n# Same words\n\nText.\n")
        #expect(article.title == "Same Words")
        #expect(article.sections.map(\.heading) == [nil])
        #expect(article.header.titleLine?.line == 2)
    }

    @Test func frontMatterDatesInWordsAndTimestamps() {
        let words = Self.read("---\ntitle: T\ndate: June 15, 2024\n---\ntext\n")
        #expect(words.published == SimpleDate(year: 2024, month: 6, day: 15))
        #expect(words.publishedText == "June 15, 2024")
        let stamp = Self.read("---\ndate: 2023-01-02T10:00:00Z\n---\ntext\n")
        #expect(stamp.published == SimpleDate(year: 2023, month: 1, day: 2))
    }

    @Test func firstLevelOneHeadingIsTheTitleNotASection() {
        let article = Self.read("# The Title\n\nLead paragraph.\n\n## Part one\n\nText.\n")
        #expect(article.title == "The Title")
        #expect(article.header.titleLine?.line == 1)
        #expect(article.sections.map(\.heading) == [nil, "Part one"])
        #expect(article.sections.map(\.level) == [0, 2])
        #expect(article.sections[0].blocks.map(\.text) == ["Lead paragraph."])
    }

    @Test func emptyATXHeadingsAreHeadingsWithEmptyText() {
        let article = Self.read("# Notes\n\nLead.\n\n## \n\nUnder an empty heading.\n\n### ###\n#\n\nLast.\n")
        #expect(article.title == "Notes")
        #expect(article.sections.map(\.heading) == [nil, "", "", ""])
        #expect(article.sections.map(\.level) == [0, 2, 3, 1])
        #expect(article.sections.map { $0.blocks.map(\.text) } == [["Lead."], ["Under an empty heading."], [], ["Last."]])
        #expect(article.sections.dropFirst().map { $0.headingSource?.line } == [5, 9, 10])
    }

    @Test func withoutHeadingTheFirstLineIsTheTitle() {
        let article = Self.read("Just some *notes*\nacross lines.\n")
        #expect(article.title == "Just some notes")
        #expect(article.sections.first?.blocks.map(\.text) == ["Just some notes across lines."])
    }

    @Test func blocksListsQuotesAndCode() {
        let article = Self.read(
            """
            Intro with a hard
            wrap.

            - first item
            - second item
              continued lazily
              - nested item
            1. numbered

            > quoted *text*
            still quoted

            ```swift
            let x = 1

            print(x)
            ```

                indented code

            ***
            <div class="note">
            kept <b>words</b>
            </div>
            <!-- a comment
            that is skipped -->
            """)
        let blocks = article.sections.flatMap(\.blocks)
        #expect(blocks.map(\.kind) == [.paragraph, .listItem, .listItem, .listItem, .listItem, .quote, .code, .code, .paragraph])
        #expect(
            blocks.map(\.text) == [
                "Intro with a hard wrap.", "first item", "second item continued lazily", "nested item", "numbered",
                "quoted text still quoted", "let x = 1\n\nprint(x)", "indented code", "kept words",
            ])
    }

    @Test func inlineStylesBecomeSpansAndLinks() throws {
        let article = Self.read(
            "Some *em*, **strong**, `code`, [a link](https://a.example \"t\"), ![alt](i.png), "
                + "<https://b.example>, [ref][r], \\*not em\\*, &amp; &copy; &#x41;.\n\n[r]: https://c.example\n")
        let block = try #require(article.sections.first?.blocks.first)
        #expect(
            block.text
                == "Some em, strong, code, a link, [image: alt], https://b.example, ref, *not em*, & © A.")
        func spanned(_ style: InlineStyle) -> [String] {
            let bytes = Array(block.text.utf8)
            return block.spans.filter { $0.style == style }.map { String(decoding: bytes[$0.range], as: UTF8.self) }
        }
        #expect(spanned(.emphasis) == ["em"])
        #expect(spanned(.strong) == ["strong"])
        #expect(spanned(.code) == ["code"])
        #expect(spanned(.link(0)) == ["a link"])
        #expect(
            article.links == [
                Link(text: "a link", url: "https://a.example"), Link(text: "[image: alt]", url: "i.png"),
                Link(text: "https://b.example", url: "https://b.example"),
                Link(text: "ref", url: "https://c.example"),
            ])
        #expect(article.sections.flatMap(\.blocks).count == 1)
    }

    @Test func nestedEmphasisFollowsCommonMark() throws {
        let block = try #require(Self.read("***both*** and *a **b** c* and snake_case_name\n").sections.first?.blocks.first)
        #expect(block.text == "both and a b c and snake_case_name")
        let styles = block.spans.map { "\($0.style)@\($0.range)" }.sorted()
        #expect(styles == ["emphasis@0..<4", "emphasis@9..<14", "strong@0..<4", "strong@11..<12"])
    }

    @Test func blockSourceMapsTextBackToLines() throws {
        let article = Self.read("Title line\n\n> first line\n> second *line*\n")
        let quote = try #require(article.sections.first?.blocks.last)
        #expect(quote.text == "first line second line")
        #expect(quote.sourcePosition(ofUTF8Offset: 0)?.line == 3)
        #expect(quote.sourcePosition(ofUTF8Offset: 0)?.column == 3)
        #expect(quote.sourcePosition(ofUTF8Offset: 11)?.line == 4)
        #expect(quote.sourcePosition(ofUTF8Offset: 13)?.column == 5)
    }

    @Test func controlCharactersNeverReachTheText() throws {
        let article = Self.read("Bad \u{1B}[31mred\u{7} &#27; and \u{85}end\n")
        let text = try #require(article.sections.first?.blocks.first?.text)
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        #expect(text == "Bad [31mred \u{FFFD} and end")
    }

    @Test func windowsLineEndingsAndTabs() {
        let article = Self.read("Title\r\nsame paragraph\r\n\r\n\tcode\twith tab\r\n- item\r\n")
        #expect(article.sections.flatMap(\.blocks).map(\.text) == ["Title same paragraph", "code    with tab", "item"])
        #expect(article.sections.flatMap(\.blocks).map { $0.source.first?.line } == [1, 4, 5])
    }

    @Test func notUTF8IsReadAsWindows1252() {
        let article = MarkdownReader.read([0x43, 0x61, 0x66, 0xE9, 0x0A], path: "x.md")
        #expect(article.title == "Café")
    }

    @Test func hostileNestingAndDelimitersStayFast() {
        let quotes = String(repeating: ">", count: 20_000) + " deep\n"
        let lists = (0..<300).map { String(repeating: " ", count: $0 * 2) + "- item\n" }.joined()
            + String(repeating: "- ", count: 20_000) + "inline\n"
        let stars = String(repeating: "*a **b [c `d <e &f ", count: 20_000)
        for text in [quotes, lists, stars, String(repeating: "[a](b", count: 20_000)] {
            let seconds = threadCPUSeconds { _ = Self.read(text) }
            print("hostile Markdown of \(text.utf8.count) bytes read in \(seconds) s of CPU")
            #expect(seconds < 10, "quadratic behaviour would take minutes")
        }
        #expect(Self.read(quotes).sections.flatMap(\.blocks).map(\.text).joined().contains("deep"))
    }

    @Test func numberedItemsAfterAContinuedItemStartNewItems() {
        let article = Self.read("1. one\n2. two\n\n   more of two\n3. three\n- bullet\n-\n- after empty\n")
        #expect(
            article.sections.flatMap(\.blocks).map(\.text) == ["one", "two", "more of two", "three", "bullet", "after empty"])
    }

    @Test func tableRowsBecomeParagraphsOfCells() {
        let article = Self.read("Intro\n\n| Name | Value |\n|:-----|------:|\n| `a|b` | **1** \\| 2 |\n| c |\n\nAfter<br>break\n")
        #expect(
            article.sections.flatMap(\.blocks).map(\.text) == ["Intro", "Name | Value", "a|b | 1 | 2", "c", "After break"])
    }

    @Test func largeDocumentReadsQuickly() {
        let chapter = """
            ## Chapter

            A paragraph with *emphasis*, **strong** text, `code`, a [link](https://example.com/page) and
            more words that wrap onto a second line of the same paragraph &amp; an entity.

            - a list item with _underscores_
            - another item
              1. nested

            > A quote that goes
            > on for two lines.

            ```
            let code = "kept"
            ```

            """
        let text = String(repeating: chapter, count: 3_000)
        var article = Article(path: "", format: .markdown, title: "", sections: [])
        let seconds = threadCPUSeconds { article = Self.read(text) }
        print("\(text.utf8.count) bytes of Markdown read in \(seconds) s of CPU")
        #expect(article.sections.count == 3_000)
        #expect(article.links.count == 3_000)
        #expect(seconds < 30, "quadratic behaviour would take minutes")
    }

    @Test func contentSniffing() {
        #expect(MarkdownReader.looksLikeMarkdown(Array("# Title\n\nSome text with a [link](x) and **bold**.\n\n- one\n- two\n".utf8)))
        #expect(MarkdownReader.looksLikeMarkdown(Array("---\ntitle: A\n---\ntext\n".utf8)))
        #expect(!MarkdownReader.looksLikeMarkdown(Array("Just a plain article.\n\nWith two paragraphs.\n".utf8)))
        #expect(!MarkdownReader.looksLikeMarkdown(Array("<html><body># not</body></html>".utf8)))
    }
}
