import Testing

import FolioKit

/// Inputs `scripts/fuzz markdown` found (minimised), each breaking a promise of the model.
@Suite struct MarkdownFuzzFindingsTests {
    static func read(_ bytes: [UInt8]) -> Article { MarkdownReader.read(bytes, path: "fuzz.md") }

    /// `\n#\n\x8A`: a `#` alone gave a blank outline entry. An empty heading is a heading with
    /// empty text (as CommonMark reads it), named `(untitled)` where sections are listed.
    @Test func emptyHeadingIsAnUntitledSection() {
        let article = Self.read([0x0A, 0x23, 0x0A, 0x8A])
        #expect(article.sections.map(\.name) == ["(untitled)"])
        let titled = Self.read(Array("# Title\n\nIntro.\n\n##\n\nMore.\n".utf8))
        #expect(titled.sections.map(\.name) == ["(lead)", "(untitled)"])
        #expect(titled.sections.map { $0.blocks.map(\.text) } == [["Intro."], ["More."]])
    }

    /// ```` ``` ````: a fence with nothing inside gave a code block with empty text.
    @Test func emptyFenceGivesNoBlock() {
        #expect(Self.read(Array("```".utf8)).allBlocks.isEmpty)
        let article = Self.read(Array("Text.\n\n```\n```\n".utf8))
        #expect(article.allBlocks.map(\.block.text) == ["Text."])
    }

    /// `S\n<d>`: the removed tag left a source segment for line 2 beyond the end of the text `S`.
    @Test func trimmedTagLeavesNoSourceBeyondTheText() throws {
        let article = Self.read(Array("S\n<d>".utf8))
        let block = try #require(article.allBlocks.first?.block)
        #expect(block.text == "S")
        #expect(block.source.allSatisfy { $0.textOffset <= block.text.utf8.count })
        #expect(block.sourcePosition(ofUTF8Offset: 0)?.line == 1)
    }

    /// `-[][r]\n\n[r]:/`: a link without words gave an empty span and a link without text.
    @Test func linkWithoutWordsIsNoLink() throws {
        let article = Self.read(Array("-[][r]\n\n[r]:/".utf8))
        #expect(article.links.isEmpty)
        #expect(article.allBlocks.allSatisfy { $0.block.spans.allSatisfy { !$0.range.isEmpty } })
        let worded = Self.read(Array("See [](https://a.example) and [this](https://b.example).\n".utf8))
        #expect(worded.links.map(\.text) == ["this"])
        let block = try #require(worded.allBlocks.first?.block)
        #expect(block.spans.map(\.style) == [.link(0)])
    }

    /// `---\ntitle: \xFF\tx\n---`: front matter values kept their tabs in the title line and
    /// the date as written.
    @Test func frontMatterValuesCarryNoTabs() {
        let article = Self.read([0x2D, 0x2D, 0x2D, 0x0A] + Array("title: \u{FF}\tx\ndate: 2024-06\t-15\n---\n".utf8))
        #expect(article.header.titleLine?.text == "\u{FF} x")
        #expect(article.publishedText == "2024-06 -15")
    }
}
