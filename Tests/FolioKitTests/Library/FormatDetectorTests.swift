import FolioKit
import Foundation
import Testing

@Suite("Format detection: content first, then the file name")
struct FormatDetectorTests {
    func format(_ text: String, _ path: String) -> ArticleFormat {
        FormatDetector.format(of: Array(text.utf8), path: path)
    }

    @Test("the extension is the file name's, in any case; dots in folders and leading dots do not count")
    func extensionsOfNamesOnly() {
        let markdown = "A plain line\n\nAnother plain line.\n"
        #expect(format(markdown, "notes/READ.MD") == .markdown)
        #expect(format(markdown, "v1.md/notes") == .plainText)
        #expect(format(markdown, "dir/.md") == .plainText)
        #expect(format(markdown, "ünïcødé/été.Markdown") == .markdown)
    }

    @Test func webPagesByTheirMarkupWhateverTheirName() {
        #expect(format("<!DOCTYPE html><html><body><p>Hi</p></body></html>", "page.txt") == .html)
        #expect(format("\u{FEFF}  <?xml version=\"1.0\"?>\n<!-- saved -->\n<html lang=en>", "saved") == .html)
        #expect(format("<HTML><HEAD><TITLE>x</TITLE>", "x.dat") == .html)
        #expect(format("<p>a fragment</p>", "fragment.htm") == .html)
    }

    @Test func feedsByTheirRootElement() {
        #expect(format("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>", "news.xml") == .feed)
        #expect(format("<feed xmlns=\"http://www.w3.org/2005/Atom\">", "atom") == .feed)
        #expect(format("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\">", "feed.rdf") == .feed)
    }

    @Test func markdownByExtensionOrSyntax() {
        #expect(format("Title\n\nSome text.\n", "notes.md") == .markdown)
        #expect(format("---\ntitle: Hello\n---\n# Hello\n\nText with a [link](http://x).\n", "post") == .markdown)
    }

    @Test func textStaysText() {
        let seed = "Putin’s Conditions for Peace Talks\n\n    by Kimberly\n\n    - a list item\n"
        #expect(format(seed, "seed.txt") == .plainText)
        #expect(format("Less than <b>three</b> tags in prose stays prose.\n", "x.txt") == .plainText)
    }

    @Test("a folder mixing the four formats loads each with its reader")
    func mixedFolder() throws {
        let folder = NSTemporaryDirectory() + "folio-mixed-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = [
            "a.txt": "Plain Title\n\n    by Ann\n\n    Body text here.\n",
            "b.html": "<html><head><title>Web Title</title></head><body><article><h1>Web Title</h1><p>A paragraph of the page with enough words to be the article body, as pages have.</p></article></body></html>",
            "c.md": "# Markdown Title\n\nSome *emphasis* here.\n\n## Part\n\n- item\n",
            "d.xml": "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed</title><item><title>One</title><description>&lt;p&gt;First&lt;/p&gt;</description></item><item><title>Two</title></item></channel></rss>",
        ]
        for (name, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: "\(folder)/\(name)")) }
        let paths = ArticleFiles.expand([folder]).compactMap { try? $0.get() }
        let articles = try paths.flatMap { try ArticleLoader.load($0) }
        #expect(articles.map(\.format) == [.plainText, .html, .markdown, .feed, .feed])
        #expect(articles.map(\.title) == ["Plain Title", "Web Title", "Markdown Title", "One", "Two"])
        #expect(articles[3].feed == "Feed")
        #expect(articles[2].sections.compactMap(\.heading) == ["Part"])
    }
}
