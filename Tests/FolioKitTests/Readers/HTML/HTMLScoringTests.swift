import Testing

@testable import FolioKit

/// The article finder picks prose over clutter: scores by text and commas, passed up to
/// parents, cut by link density and class hints.
@Suite struct HTMLScoringTests {
    static func prose(_ topic: String) -> String { HTMLReaderTests.prose(topic) }

    static func text(of page: String) -> String {
        HTMLReader.read(Array(page.utf8), path: "page.html").allBlocks.map(\.block.text).joined(separator: "\n")
    }

    @Test func parentGetsTheFullScoreAndGrandparentHalf() {
        let paragraph = Self.prose("harbour")  // 2 commas, 100-199 characters
        let page = "<html><body><div id=\"outer\"><div id=\"inner\"><p>\(paragraph)</p></div></div></body></html>"
        var pass = ReadabilityPass(tree: HTMLReader.parse(Array(page.utf8)), title: "", flags: .all)
        let divs = pass.tree.descendants(of: HTMLTree.rootIndex, named: ["div"])
        pass.elementsToScore = pass.tree.descendants(of: HTMLTree.rootIndex, named: ["p"])
        pass.scoreElements()
        let paragraphScore = 1.0 + Double(TextMeasure(paragraph).commas + 1) + Double(HTMLText.length(paragraph) / 100)
        #expect(pass.scores[divs[1]] == 5 + paragraphScore)
        #expect(pass.scores[divs[0]] == 5 + paragraphScore / 2)
    }

    @Test func proseBeatsALinkList() {
        let links = (1...12).map { "<p><a href=\"/story/\($0)\">An interesting headline, number \($0), with commas, to read next</a></p>" }
        let page = "<html><body><div class=\"wrap\"><div>\(links.joined())</div>"
            + "<div><p>\(Self.prose("glacier"))</p><p>\(Self.prose("moraine"))</p><p>\(Self.prose("valley"))</p></div>"
            + "</div></body></html>"
        let text = Self.text(of: page)
        #expect(text.contains("The glacier was discussed"))
        #expect(!text.contains("interesting headline"))
    }

    @Test func commentsAndSidebarsAreNotTheArticle() {
        let comments = (1...6).map { "<p>\(Self.prose("comment \($0)"))</p>" }.joined()
        let page = "<html><body><div id=\"main\"><p>\(Self.prose("tide"))</p><p>\(Self.prose("current"))</p>"
            + "<p>\(Self.prose("estuary"))</p><p>\(Self.prose("delta"))</p></div><div id=\"comments\">\(comments)</div>"
            + "<aside class=\"sidebar\"><p>\(Self.prose("advert"))</p></aside></body></html>"
        let text = Self.text(of: page)
        #expect(text.contains("The tide was discussed"))
        #expect(!text.contains("comment 1"))
        #expect(!text.contains("advert"))
    }

    @Test func relatedSiblingsAreJoined() {
        let part = { (topic: String) in "<div class=\"story-part\"><p>\(Self.prose(topic))</p><p>\(Self.prose(topic + "s"))</p></div>" }
        let page = "<html><body><div>\(part("bridge"))<div class=\"ad\"><a href=\"/ad\">Buy now</a></div>"
            + "\(part("tunnel"))</div></body></html>"
        let text = Self.text(of: page)
        #expect(text.contains("The bridge was discussed"))
        #expect(text.contains("The tunnel was discussed"))
        #expect(!text.contains("Buy now"))
    }

    @Test func hiddenNodesAreDropped() {
        let page = "<html><body><div><p>\(Self.prose("meadow"))</p><p style=\"display: none\">Secret text</p>"
            + "<p hidden>Hidden text</p><p aria-hidden=\"true\">Aria text</p><p>\(Self.prose("orchard"))</p></div></body></html>"
        let text = Self.text(of: page)
        #expect(text.contains("The orchard was discussed"))
        for hidden in ["Secret", "Hidden", "Aria"] { #expect(!text.contains(hidden)) }
    }
}
