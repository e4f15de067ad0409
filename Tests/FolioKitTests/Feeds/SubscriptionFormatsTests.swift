import Foundation
import Testing

@testable import FolioKit

/// The files subscriptions come in and go out as: OPML 1.0 and 2.0, newsboat's `urls`, and
/// the feeds a web page names.
@Suite struct SubscriptionFormatsTests {
    @Test("OPML: nested outlines become categories, text names a feed, category attributes add more")
    func opmlImport() throws {
        let opml = """
            <?xml version="1.0"?>
            <opml version="1.0"><head><title>mine</title></head><body>
              <outline text="Tech">
                <outline text="Linux">
                  <outline text="LWN" type="rss" xmlUrl="https://lwn.net/headlines/rss" category="/news,/weekly"/>
                </outline>
                <outline title="Only a title" xmlUrl="http://example.org/feed"/>
              </outline>
              <outline text="Loose" xmlUrl="https://loose.example/atom.xml"/>
              <outline text="A file" xmlUrl="file:///etc/passwd"/>
            </body></opml>
            """
        let read = try OPMLDocument.read(Array(opml.utf8)).get()
        #expect(read.outlines == [
            SubscriptionOutline(url: "https://lwn.net/headlines/rss", name: "LWN", categories: ["Tech/Linux", "news", "weekly"]),
            SubscriptionOutline(url: "http://example.org/feed", name: nil, title: "Only a title", categories: ["Tech"]),
            SubscriptionOutline(url: "https://loose.example/atom.xml", name: "Loose"),
        ])
        #expect(read.notes == ["A file: not an http or https address; skipped"])
    }

    @Test("OPML export then import gives the same subscriptions, categories and full text included")
    func opmlRoundTrip() throws {
        let outlines = [
            SubscriptionOutline(url: "https://a.example/feed", name: "A & <b>", categories: ["Tech/Linux", "daily"], fullText: true),
            SubscriptionOutline(url: "https://b.example/rss", title: "B's own title", categories: ["Tech"]),
            SubscriptionOutline(url: "https://c.example/atom?x=1&y=2"),
            SubscriptionOutline(url: "https://d.example/feed", name: "D", categories: ["News"]),
            SubscriptionOutline(url: "https://e.example/feed", name: "E", categories: ["Tech/Linux"]),
        ]
        let bytes = OPMLDocument.bytes(outlines, title: "folio")
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<opml version=\"2.0\""))
        let back = try OPMLDocument.read(bytes).get()
        #expect(back.notes.isEmpty)
        #expect(Set(back.outlines.map(\.url)) == Set(outlines.map(\.url)))
        for outline in outlines {
            #expect(back.outlines.first { $0.url == outline.url } == outline)
        }
    }

    @Test("what is not OPML says so; entities are not expanded and no file is read")
    func opmlHostile() {
        #expect(throws: OPMLDocument.NotOPML.self) { try OPMLDocument.read(Array("<rss/>".utf8)).get() }
        #expect(throws: OPMLDocument.NotOPML.self) { try OPMLDocument.read(Array("not xml at all".utf8)).get() }
        let xxe = """
            <?xml version="1.0"?><!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <opml version="2.0"><body><outline text="&x;" xmlUrl="https://x.example/feed"/></body></opml>
            """
        let read = try? OPMLDocument.read(Array(xxe.utf8)).get()
        #expect(read?.outlines.count == 1)
        #expect(read?.outlines.first?.name?.contains("root:") != true)
    }

    @Test("newsboat urls: tags are categories, \"~Title\" the name; comments and query, exec and filter lines skipped with notes")
    func newsboatURLs() throws {
        let urls = """
            # my feeds
            https://lwn.net/headlines/rss linux "~LWN weekly" "long tag"
            http://example.org/feed#frag   news   # a comment
            "query:Unread:unread = \\"yes\\""
            exec:~/bin/feed.sh
            filter:~/bin/f.sh:https://x.example/
            gopher://old.example/

              https://tabbed.example/rss\t"a \\"quoted\\" tag"
            """
        let read = NewsboatURLs.read(Array(urls.utf8))
        #expect(read.outlines == [
            SubscriptionOutline(url: "https://lwn.net/headlines/rss", name: "LWN weekly", categories: ["linux", "long tag"]),
            SubscriptionOutline(url: "http://example.org/feed#frag", categories: ["news"]),
            SubscriptionOutline(url: "https://tabbed.example/rss", categories: ["a \"quoted\" tag"]),
        ])
        #expect(read.notes == [
            "line 4: query feeds are newsboat's own; skipped",
            "line 5: exec feeds are newsboat's own; skipped",
            "line 6: filter feeds are newsboat's own; skipped",
            "line 7: not an http or https address; skipped",
        ])
        // Told apart from OPML by its content.
        #expect(try OutlineImport.read(Array(urls.utf8)).get() == read)
    }

    @Test("a web page's feeds: rel=alternate links to RSS or Atom, made absolute, http and https only")
    func discovery() {
        let html = """
            <html><head><base href="https://site.example/blog/">
            <link rel="stylesheet" href="style.css">
            <link rel="alternate" type="application/rss+xml" title="RSS" href="feed.xml">
            <link rel="Alternate" type="application/atom+xml; charset=utf-8" href="https://site.example/atom">
            <link rel="alternate" type="text/html" href="/other">
            <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
            <link rel="alternate" type="application/rss+xml" href="feed.xml">
            </head><body></body></html>
            """
        #expect(FeedLinks.find(in: Array(html.utf8), base: "https://site.example/") == [
            "https://site.example/blog/feed.xml", "https://site.example/atom",
        ])
        #expect(FeedLinks.find(in: Array("<html><head></head></html>".utf8), base: "https://x.example/").isEmpty)
    }
}
