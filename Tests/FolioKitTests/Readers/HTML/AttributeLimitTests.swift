import Foundation
import Testing

@testable import FolioKit

/// libxml2 checks each attribute of a tag against all the earlier ones, so an element with n
/// attributes costs n² steps. The attributes past `AttributeLimit.maximum` are blanked out
/// before parsing: libxml2 then never holds more than that many for one element, which keeps
/// the work linear, and the article is the same.
@Suite struct AttributeLimitTests {
    static let manyAttributes = 200_000

    static func junk(_ count: Int) -> String {
        (0..<count).map { "data-a\($0)='v'" }.joined(separator: " ")
    }

    static func page(attributes: String) -> String {
        """
        <!DOCTYPE html><html><head><title>Many attributes</title></head><body><article>
        <h1>Many attributes</h1>
        <p class="lead" \(attributes)>The first paragraph of the article, long enough to be kept by the readability pass, with words and commas, and more words.</p>
        <p>A second paragraph follows it here, also with enough words in it to count as text for the reader.</p>
        </article></body></html>
        """
    }

    @Test func aPageWithAHugeElementReadsAsWithoutItsAttributes() {
        let plain = HTMLReader.read(Array(Self.page(attributes: "").utf8), path: "p.html")
        let bytes = Array(Self.page(attributes: Self.junk(Self.manyAttributes)).utf8)
        let tree = HTMLParser.tree(bytes, encoding: "UTF-8")
        // libxml2 was given at most `maximum` attributes for the element, not 200,000.
        #expect(tree?.mostAttributes == AttributeLimit.maximum)
        let article = HTMLReader.read(bytes, path: "p.html")
        #expect(article.title == plain.title)
        #expect(article.sections == plain.sections)
        #expect(!article.sections.isEmpty)
    }

    @Test func anRSSItemWithAHugeListOfAttributesReadsTheSame() throws {
        func feed(_ attributes: String) -> [UInt8] {
            Array("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed</title><item \(attributes)><title>Item one</title><description>Body of the item.</description></item></channel></rss>".utf8)
        }
        let bytes = feed(Self.junk(Self.manyAttributes))
        let xml = try #require(LibXML2.functions)
        let document = try #require(FeedDocument(bytes: bytes, with: xml))
        let item = try #require(document.root?.child("channel", in: [""])?.child("item", in: [""]))
        #expect(item.attributeCount == AttributeLimit.maximum)
        let read = FeedReader.read(bytes, path: "f.xml")
        let plain = FeedReader.read(feed(""), path: "f.xml")
        #expect(read.articles.map(\.title) == ["Item one"])
        #expect(read.articles.map(\.sections) == plain.articles.map(\.sections))
    }

    /// The bytes libxml2 gets: the attributes past the limit become spaces, line breaks stay.
    @Test func excessAttributesBecomeSpaces() {
        let attributes = (1...66).map { "a\($0)=\"\($0)\"" }.joined(separator: "\n")
        let limited = AttributeLimit.html(Array("<p \(attributes)>text</p>".utf8))
        let kept = (1...64).map { "a\($0)=\"\($0)\"" }.joined(separator: "\n")
        #expect(String(decoding: limited, as: UTF8.self) == "<p \(kept)\n        \n        >text</p>")
        #expect(AttributeLimit.html(Array("<p a=1 b=2>x</p>".utf8)) == Array("<p a=1 b=2>x</p>".utf8))
    }

    /// The tags are found as libxml2 reads the page, so nothing before a tag hides it from the
    /// limit: quotes in comments, scripts, document types and malformed end tags, comments cut
    /// short by control characters, long names, bogus attributes.
    @Test(arguments: [
        "<!-- \" ' --><p JUNK>x</p>",
        "<script>var s = \"<p title='\";</script><p JUNK>x</p>",
        "<style>p { content: \"\" }</style><p JUNK>x</p>",
        "<!DOCTYPE html SYSTEM \"a'b\"><p JUNK>x</p>",
        "<div title=\"a>b\" JUNK>x</div>",
        "</div title=\"><p JUNK>x</p>",
        "<!-- \u{1} --><p title=\" --> <p JUNK>x</p>",
        "<p " + String(repeating: "n", count: 250) + " JUNK>x</p>",
        "<p \"bogus\" 'and' =more JUNK>x</p>",
        "<?php echo \"x\"; ?><p JUNK>x</p>",
        "<scriptx><p JUNK>x</p>",
        "<script></scripty><p title=\"</script><p JUNK>\">x</p>",
        "<p title=a>b JUNK>x</p>",
    ])
    func tagsAfterTrickyMarkupAreLimited(page: String) {
        let bytes = Array(page.replacingOccurrences(of: "JUNK", with: Self.junk(1_000)).utf8)
        let tree = HTMLParser.tree(bytes, encoding: "UTF-8")
        #expect((tree?.mostAttributes ?? 0) <= AttributeLimit.maximum)
        #expect((tree?.mostAttributes ?? 0) > 0)
    }

    /// In a feed every start tag is limited wherever it stands (a tag never reaches past the
    /// next `<`), and an internal subset cannot build a tag the bytes do not show.
    @Test func feedDeclarationsThatCouldBuildTagsAreNeutralised() throws {
        let xml = try #require(LibXML2.functions)
        let tag = "&#60;x " + Self.junk(1_000) + "/>"
        let document = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [
            <!ENTITY built "\(tag)">
            <!ENTITY short "Harbour Co">
            <!ATTLIST item \((0..<1_000).map { "d\($0) CDATA \"v\"" }.joined(separator: " "))>
            ]>
            <rss version="2.0"><channel><title>&short;</title><item><title>One &built;</title></item></channel></rss>
            """
        let limited = String(decoding: AttributeLimit.xml(Array(document.utf8)), as: UTF8.self)
        #expect(!limited.contains("&#60;x"))
        #expect(!limited.contains("ATTLIST"))
        #expect(limited.contains("<!ENTITY short \"Harbour Co\">"))
        let parsed = try #require(FeedDocument(bytes: Array(document.utf8), with: xml))
        #expect(parsed.root?.name == "rss")
        let result = FeedReader.read(Array(document.utf8), path: "f.xml")
        #expect(result.title == "Harbour Co")
        #expect(result.articles.map(\.title) == ["One"])
    }
}

/// In a stateful 7-bit encoding a quote or `<` byte can be half of another character: such a
/// page is read as UTF-8 first, so its tags are found as libxml2 finds them.
@Suite struct StatefulEncodingTests {
    @Test func anISO2022JPPageIsLimitedOnItsCharacters() throws {
        // ESC $ B switches to JIS X 0208, where the bytes of `0<script>!` are five kanji (and
        // no script to skip to its end tag); ESC ( B switches back.
        let shifted: [UInt8] = [0x1B, 0x24, 0x42] + Array("0<script>!".utf8) + [0x1B, 0x28, 0x42]
        let head = Array("<html><head><meta charset=\"iso-2022-jp\"><title>JIS</title></head><body><p title=\"a\">".utf8)
        let page = head + shifted + Array("</p><p \(AttributeLimitTests.junk(1_000))>Words of the second paragraph.</p></body></html>".utf8)
        let tree = try #require(HTMLParser.tree(page, encoding: CharsetDetector.encoding(of: page)))
        #expect(tree.mostAttributes == AttributeLimit.maximum)
        #expect(tree.textContent(HTMLTree.rootIndex).contains("Words of the second paragraph."))
    }
}
