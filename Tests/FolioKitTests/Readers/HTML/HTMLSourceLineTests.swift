import Testing

@testable import FolioKit

/// A web page's blocks and headings know the source line their text starts on, so that a
/// search hit names a line an editor can jump to (`folio search`'s `page.html:12:`).
@Suite struct HTMLSourceLineTests {
    static let page = """
        <!DOCTYPE html>
        <html>
        <head><title>Rivers and towns</title></head>
        <body>
        <article>
        <h1>Rivers and towns</h1>
        <p>The first paragraph talks about
        the river Danube and its towns, long enough to be a paragraph of the article.</p>

        <h2>The
        Rhine</h2>
        <p>

           Second paragraph about the <em>Rhine</em>, which flows north through many towns of Europe.
        </p>
        <ul><li>An item about the Danube delta</li>
        <li>
        Another item</li></ul>
        <pre>let x = 1
        let y = 2</pre>
        <table><tr><td>Cell</td><td>one</td></tr>
        <tr><td>Cell</td><td>two</td></tr></table>
        </article>
        </body>
        </html>

        """

    @Test func blocksHeadingsAndTheTitleKnowTheLineTheirTextStartsOn() throws {
        let article = HTMLReader.read(Array(Self.page.utf8), path: "page.html")
        let blocks = article.sections.flatMap(\.blocks)
        let lines = blocks.map { block in block.source.map(\.line) }
        #expect(blocks.map(\.text.first) == ["T", "S", "A", "A", "l", "C", "C"].map(Character.init))
        #expect(lines == [[7], [14], [16], [18], [19], [21], [22]])
        // Only the line is known: the column is 0.
        #expect(blocks.allSatisfy { $0.source.allSatisfy { $0.column == 0 } })
        let heading = try #require(article.sections.first { $0.heading == "The Rhine" })
        #expect(heading.headingSource == SourceLine(line: 10, column: 0, text: "The Rhine"))
        #expect(article.header.titleLine == SourceLine(line: 3, column: 0, text: "Rivers and towns"))
    }

    @Test func aLongTextRunReadInChunksStillStartsOnItsLine() {
        // libxml2 hands text over in chunks of about 1000 bytes; the line is that of the start.
        let long = (1...60).map { "Line \($0) of a long paragraph of words." }.joined(separator: "\n")
        let page = "<html><body>\n\n<article>\n<p>\(long)</p>\n<p>After it.</p></article></body></html>"
        let article = HTMLReader.read(Array(page.utf8), path: "long.html")
        let blocks = article.sections.flatMap(\.blocks)
        #expect(blocks.map { $0.source.first?.line } == [4, 64])
    }
}
