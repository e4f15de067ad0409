import Testing

@testable import FolioKit

/// Pages nested deeper than the tree keeps are flattened there: every word stays, in order,
/// paragraphs apart, and nothing recurses down the page's depth.
@Suite struct DeepHTMLTests {
    static func page(depth: Int) -> [UInt8] {
        let paragraph = "words enough to make a real paragraph of an article, with commas, here"
        return Array(
            ("<html><head><title>Deep</title></head><body><p>Before, \(paragraph).</p>"
                + String(repeating: "<div>", count: depth)
                + "<p>Deep one, \(paragraph).</p><div>Loose text, \(paragraph).</div><p>Deep <a href=\"https://example.com/x\">two</a>, \(paragraph).</p>"
                + String(repeating: "</div>", count: depth)
                + "<p>After, \(paragraph).</p></body></html>").utf8)
    }

    @Test(arguments: [254, 255, 300, 100_000]) func everyParagraphOfADeepPageIsRead(depth: Int) {
        let article = HTMLReader.read(Self.page(depth: depth), path: "deep.html")
        let texts = article.allBlocks.map(\.block.text)
        #expect(texts.map { $0.prefix(9) } == ["Before, w", "Deep one,", "Loose tex", "Deep two,", "After, wo"])
        #expect(article.links.map(\.url) == ["https://example.com/x"])
    }

    @Test func theTreeStopsAtItsDepth() throws {
        let tree = try #require(HTMLParser.tree(Self.page(depth: 1_000), encoding: "UTF-8"))
        var deepest = 0
        tree.forEachDescendant(of: HTMLTree.rootIndex) { deepest = max(deepest, tree.ancestors(of: $0).count) }
        #expect(deepest <= 260)
        #expect(tree.textContent(HTMLTree.rootIndex).contains("Deep two"))
    }
}
