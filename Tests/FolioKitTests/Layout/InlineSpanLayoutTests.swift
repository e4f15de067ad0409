import Testing

@testable import FolioKit

/// Inline styles from HTML, links numbered like footnotes in the layout, and which link
/// addresses folio hands to a browser.
@Suite struct InlineSpanLayoutTests {
    static let today = SimpleDate(year: 2026, month: 6, day: 20) ?? SimpleDate(year: 2000, month: 1, day: 1)!

    /// The text a span of `block` covers.
    func covered(_ block: Block, _ style: InlineStyle) -> [String] {
        block.spans.filter { $0.style == style }.map { span in
            String(decoding: Array(block.text.utf8)[span.range], as: UTF8.self)
        }
    }

    @Test func htmlEmphasisStrongCodeAndLinksBecomeSpans() throws {
        let page = """
            <html><head><title>Spans</title></head><body><article>
            <p>Read   the <em>fine</em> manual,\n <b>now</b>, with <code>man&nbsp;1</code> at
            <a href="https://example.org/docs"> the <i>official</i> site </a>&amp; more.</p>
            <p>A <a href="#"></a>link without words and <a href="javascript:x()">a script</a>.</p>
            </article></body></html>
            """
        let article = HTMLReader.read(Array(page.utf8), path: "spans.html")
        let block = try #require(article.sections.first?.blocks.first)
        #expect(block.text == "Read the fine manual, now, with man 1 at the official site & more.")
        #expect(covered(block, .emphasis) == ["fine", "official"])
        #expect(covered(block, .strong) == ["now"])
        #expect(covered(block, .code) == ["man 1"])
        #expect(covered(block, .link(0)) == ["the official site"])
        #expect(article.links == [Link(text: "the official site", url: "https://example.org/docs")])
        let second = try #require(article.sections.first?.blocks.dropFirst().first)
        #expect(second.spans.isEmpty)
    }

    @Test func linksAreNumberedInTheLayoutAndHitsStillLandOnTheirWords() throws {
        let text = "See the docs and the café now, then more words to wrap the paragraph."
        let docs = try #require(text.utf8.firstRange(of: "the docs".utf8))
        let cafe = try #require(text.utf8.firstRange(of: "the café".utf8))
        let start = text.utf8.distance(from: text.utf8.startIndex, to: docs.lowerBound)
        let cafeStart = text.utf8.distance(from: text.utf8.startIndex, to: cafe.lowerBound)
        let block = Block(
            kind: .paragraph, text: text,
            spans: [
                InlineSpan(range: start..<start + 8, style: .link(0)),
                InlineSpan(range: cafeStart..<cafeStart + 9, style: .link(11)),
            ])
        let article = Article(
            path: "a.md", format: .markdown, title: "T", sections: [Section(heading: nil, level: 0, blocks: [block])])
        let layout = ArticleLayout(article: article, width: 30, today: Self.today)
        let body = layout.lines.filter { $0.content == .block(section: 0, block: 0) }
        #expect(body.map(\.text) == ["See the docs[1] and the", "café[12] now, then more words", "to wrap the paragraph."])
        #expect(body.allSatisfy { $0.spans.allSatisfy { $0.role == .readerLink } })
        #expect(Set(body[0].spans.map(\.columns)) == [4..<12, 12..<15, 20..<23])
        #expect(Set(body[1].spans.map(\.columns)) == [0..<4, 4..<8])
        // A hit on "now" (after both numbers) is on the second line, at the right columns.
        let now = try #require(text.utf8.firstRange(of: "now".utf8))
        let nowStart = text.utf8.distance(from: text.utf8.startIndex, to: now.lowerBound)
        let place = TextPlace.block(section: 0, block: 0)
        let line = try #require(layout.line(of: place, offset: nowStart))
        #expect(layout.lines[line].text.hasPrefix("café[12] now"))
        #expect(layout.columns(of: nowStart..<nowStart + 3, onLine: line) == 9..<12)
        // A hit ending where a link ends stops before its number.
        #expect(layout.columns(of: start + 4..<start + 8, onLine: line - 1) == 8..<12)
        // The reading position of the second line is an offset of the block's own text.
        #expect(layout.anchor(atLine: line).offset == cafeStart + 4)
        #expect(layout.line(of: layout.anchor(atLine: line)) == line)
    }

    @Test func onlyWebAndMailAddressesAreOpened() {
        #expect(LinkTarget.resolve("https://example.org/a?b=c", base: nil) == .success("https://example.org/a?b=c"))
        #expect(LinkTarget.resolve("HTTP://example.org", base: nil) == .success("HTTP://example.org"))
        #expect(LinkTarget.resolve("mailto:a@example.org", base: nil) == .success("mailto:a@example.org"))
        #expect(LinkTarget.resolve("javascript:alert(1)", base: nil) == .failure(.scheme("javascript")))
        #expect(LinkTarget.resolve("file:///etc/passwd", base: nil) == .failure(.scheme("file")))
        #expect(LinkTarget.resolve("https://a.org/\u{1B}]52;c;x\u{07}", base: nil) == .failure(.unsafeCharacters))
        #expect(LinkTarget.resolve("https://a.org/x y", base: nil) == .failure(.unsafeCharacters))
        #expect(LinkTarget.resolve("-oProxyCommand=x", base: nil) == .failure(.relative))
        #expect(LinkTarget.resolve("../b/c.html", base: "https://example.org/a/x/") == .success("https://example.org/a/b/c.html"))
        #expect(LinkTarget.resolve("//cdn.example.org/x", base: "https://example.org/") == .success("https://cdn.example.org/x"))
        #expect(LinkTarget.resolve("page.html", base: "/home/me/page.html") == .failure(.relative))
        #expect(LinkTarget.resolve("https:", base: nil) == .failure(.malformed))
        #expect(LinkTarget.resolve("", base: nil) == .failure(.empty))
    }
}
