import FolioKit
import Testing

@testable import FolioApp

/// `dump --format markdown` writes what a Markdown reader (folio's own among them) shows as
/// the text folio shows: syntax in the text is escaped, never read.
@Suite struct ArticleMarkdownTests {
    static let texts = [
        "The sequence &#27; and &amp; and &copy; stay as written; AT&T and a & b too.",
        "*not emphasis* and **not strong** and _not em_ but snake_case_name and 2*3*4.",
        "`not code` and ``two`` and a \\ backslash and one at the end \\",
        "[not a link](https://example.org) and ![not an image](x.png) and [brackets].",
        "<b>not a tag</b>, <https://example.org>, a < b > c and <!-- not a comment -->.",
        "~~not struck~~ and ~one~ and a ~ tilde.",
        "# not a heading",
        "> not a quote",
        "- not a list item",
        "1. not a numbered item",
        "A heading-like C #",
        "Control pictures: ␛[31m red ␛[0m stay visible.",
    ]

    /// The text of every block, as folio reads the Markdown back.
    private func blockTexts(_ markdown: [UInt8]) -> [String] {
        MarkdownReader.read(markdown, path: "back.md").sections.flatMap(\.blocks).map(\.text)
    }

    @Test("every paragraph reads back as written", arguments: texts)
    func paragraphReadsBack(text: String) {
        let article = Article(
            path: "a.txt", format: .plainText, title: "Title",
            sections: [Section(heading: nil, level: 0, blocks: [Block(kind: .paragraph, text: "Lead."), Block(kind: .paragraph, text: text)])])
        let markdown = ArticleMarkdown.document(article)
        #expect(blockTexts(markdown) == ["Lead.", text], "\(String(decoding: markdown, as: UTF8.self))")
    }

    @Test("a title and headings with syntax in them read back as written")
    func headingsReadBack() {
        let article = Article(
            path: "a.txt", format: .plainText, title: "Learning C # and *stars* &#27;",
            sections: [Section(heading: "The `code` & [links] #", level: 2, blocks: [Block(kind: .paragraph, text: "Body.")])])
        let back = MarkdownReader.read(ArticleMarkdown.document(article), path: "back.md")
        #expect(back.title == article.title)
        #expect(back.sections.compactMap(\.heading) == ["The `code` & [links] #"])
    }
}
