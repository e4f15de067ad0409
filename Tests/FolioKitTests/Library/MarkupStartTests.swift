import Foundation
import Testing

@testable import FolioKit

/// Feeds and web pages are told by their first element, after a prolog of any length, whatever
/// the file is called; no document type is ever loaded and no external entity read.
@Suite struct MarkupStartTests {
    static let feed = """
        <rss version="2.0"><channel><title>The Feed</title><item><title>First item</title>
        <description>&lt;p&gt;Body of the first item.&lt;/p&gt;</description></item></channel></rss>
        """

    func format(_ text: String, _ path: String) -> ArticleFormat {
        FormatDetector.format(of: Array(text.utf8), path: path)
    }

    @Test func aFeedWithADocumentTypeLongerThanFourKilobytes() {
        let subset = (0..<400).map { "<!ENTITY e\($0) \"value \($0) > with a bracket\">" }.joined(separator: "\n")
        let text = "<?xml version=\"1.0\"?>\n<!-- a comment with <rss> in it -->\n<!DOCTYPE rss [\n\(subset)\n]>\n" + Self.feed
        #expect(text.utf8.count > 16_000)
        #expect(format(text, "news.xml") == .feed)
        #expect(FeedReader.read(Array(text.utf8), path: "news.xml").articles.map(\.title) == ["First item"])
    }

    @Test func aNetscapeDocumentTypeWhateverTheName() {
        let text = "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\"\n \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n" + Self.feed
        #expect(format(text, "news.txt") == .feed)
        #expect(format("<?xml version=\"1.0\"?>\n" + text, "news") == .feed)
    }

    @Test func aRootWithANamespacePrefixAndItsItems() {
        let text = """
            <?xml version="1.0"?>
            <r:rss xmlns:r="http://backend.example.com/rss" version="2.0"><r:channel><r:title>Prefixed</r:title>
            <r:item><r:title>Prefixed item</r:title><r:link>https://example.com/a</r:link>
            <r:description>&lt;p&gt;Prefixed body.&lt;/p&gt;</r:description></r:item></r:channel></r:rss>
            """
        #expect(format(text, "feed.txt") == .feed)
        let result = FeedReader.read(Array(text.utf8), path: "feed.txt")
        #expect(result.title == "Prefixed")
        #expect(result.articles.map(\.title) == ["Prefixed item"])
        #expect(result.articles.first?.url == "https://example.com/a")
        #expect(result.articles.first?.allBlocks.map(\.block.text) == ["Prefixed body."])
        let atom = "<a:feed xmlns:a=\"http://www.w3.org/2005/Atom\"><a:title>T</a:title></a:feed>"
        #expect(format(atom, "atom.md") == .feed)
    }

    @Test func webPagesSavedAsText() {
        #expect(format("<!-- saved from url=(0014)about:internet -->\n<!DOCTYPE html>\n<html><body>x", "page.txt") == .html)
        #expect(format("\u{FEFF}<!doctype HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">\n<p>x", "page.txt") == .html)
        #expect(format("<meta charset=\"utf-8\"><title>Saved</title><p>x</p>", "page.txt") == .html)
        #expect(format("<h:html xmlns:h=\"http://www.w3.org/1999/xhtml\"><h:body/>", "page.txt") == .html)
    }

    @Test func markdownAndTextThatStartWithTagsStayThemselves() {
        #expect(format("<p align=\"center\"><img src=\"logo.png\"></p>\n\n# Project\n\nText.\n", "README.md") == .markdown)
        #expect(format("<!-- note -->\n# Heading\n\nText.\n", "notes.md") == .markdown)
        #expect(format("<note>a</note>\n", "note.txt") == .plainText)
        #expect(format("<feed xmlns=\"http://example.com/not-atom\">", "x.txt") == .plainText)
    }

    @Test func theStartIsReadAsWritten() {
        #expect(MarkupStart(Array("<?xml version='1.0'?><!DOCTYPE rss><r:rss xmlns:r='urn:x' a=b>".utf8))
            == MarkupStart(documentType: "rss", prefix: "r", localName: "rss", namespace: "urn:x"))
        #expect(MarkupStart(Array("Some text <html>".utf8)) == nil)
        #expect(MarkupStart(Array("<!-- never closed <rss>".utf8)) == nil)
    }

    /// An external entity naming a file on disk is never read, and no document type is loaded.
    @Test func externalEntitiesAreNotExpanded() throws {
        let secret = NSTemporaryDirectory() + "folio-secret-\(UUID().uuidString).txt"
        try Data("TOP SECRET CONTENT".utf8).write(to: URL(fileURLWithPath: secret))
        defer { try? FileManager.default.removeItem(atPath: secret) }
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE rss SYSTEM "file://\(secret)" [<!ENTITY secret SYSTEM "file://\(secret)">]>
            <rss version="2.0"><channel><title>Leak &secret; here</title>
            <item><title>Item &secret;</title><description>&secret;</description></item></channel></rss>
            """
        let result = FeedReader.read(Array(text.utf8), path: "leak.xml")
        #expect(result.title == "Leak here")
        #expect(result.articles.map(\.title) == ["Item"])
        let shown = result.articles.flatMap { $0.allBlocks.map(\.block.text) } + [result.title ?? ""]
        #expect(!shown.contains { $0.contains("SECRET") })
        let page = "<!DOCTYPE html SYSTEM \"file://\(secret)\"><html><body><p>Page &secret; text</p></body></html>"
        #expect(!HTMLReader.read(Array(page.utf8), path: "p.html").allBlocks.contains { $0.block.text.contains("SECRET") })
    }
}
