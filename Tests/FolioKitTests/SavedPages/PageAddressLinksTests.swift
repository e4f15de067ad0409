import Foundation
import Testing

@testable import FolioKit

/// A saved page's relative links lead where they led on the web: they resolve against the
/// address it was fetched from (its record's final address, or a feed item's link).
@Suite struct PageAddressLinksTests {
    private let root = NSTemporaryDirectory() + "folio-links-\(UUID().uuidString)"

    private let page = Array("""
        <html><head><title>Relative links</title></head><body><article>
        <h1>Relative links</h1>
        <p>A paragraph long enough to be the article, with <a href="/about">a rooted link</a>, <a href="next.html">a \
        relative one</a>, <a href="#notes">a fragment</a> and <a href="https://other.example/x">an absolute one</a>. \
        More words follow so that the Readability pass keeps this paragraph as the article's text.</p>
        <p>A second paragraph, with an image: <img src="img/map.png" alt="a map"> and more words after it.</p>
        </article></body></html>
        """.utf8)

    private func write(_ bytes: [UInt8], to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    private func urls(_ article: Article) -> [String] { article.links.map(\.url) }

    @Test("a saved page's links resolve against its record's final address, which is its url")
    func savedPage() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = root + "/pages/Relative links.html"
        try write(page, to: path)
        let record = SavedPageRecord(
            url: "http://short.example/r", finalURL: "https://news.example/2026/story/index.html", fetched: Date(),
            title: "Relative links")
        try write(record.json(), to: SavedPageFolder.recordPath(forPage: path))
        let article = try #require(try ArticleLoader.load(path).first)
        #expect(article.url == "https://news.example/2026/story/index.html")
        #expect(urls(article).contains("https://news.example/about"))
        #expect(urls(article).contains("https://news.example/2026/story/next.html"))
        #expect(urls(article).contains("https://news.example/2026/story/index.html#notes"))
        #expect(urls(article).contains("https://other.example/x"))
        #expect(urls(article).contains("https://news.example/2026/story/img/map.png"))
    }

    @Test("a record is the page's name, hidden, with .json, in the page's folder")
    func recordPaths() {
        #expect(SavedPageFolder.recordPath(forPage: "/d/folio/pages/A page.html") == "/d/folio/pages/.A page.html.json")
        #expect(SavedPageFolder.recordPath(forPage: "10") == ".10.json")
        #expect(SavedPageFolder.recordPath(forPage: "/p.md") == "/.p.md.json")
        #expect(SavedPageFolder.address(ofPage: "/no/such/folder/page.html") == nil)
    }

    @Test("a page's <base href> is resolved against its address")
    func baseElement() {
        let withBase = Array(String(decoding: page, as: UTF8.self)
            .replacingOccurrences(of: "<head>", with: "<head><base href=\"/static/\">").utf8)
        let article = HTMLReader.read(withBase, path: "p.html", address: "https://news.example/a/b.html")
        #expect(urls(article).contains("https://news.example/static/next.html"))
        #expect(urls(article).contains("https://news.example/about"))
    }

    @Test("an HTML file that is not a saved page keeps its links as written and has no url")
    func plainFile() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = root + "/elsewhere/page.html"
        try write(page, to: path)
        let article = try #require(try ArticleLoader.load(path).first)
        #expect(article.url == nil)
        #expect(urls(article).contains("/about"))
        #expect(urls(article).contains("next.html"))
    }

    @Test("a feed item's kept page resolves its links against the item's link")
    func itemPage() {
        var item = Article(path: "feeds/f/Item.xml", format: .feed, title: "Item", sections: [])
        item.url = "https://blog.example/posts/42/"
        let article = FeedItemPage.article(item, page: page, pagePath: "feeds/f/.pages/Item.html")
        #expect(article.url == "https://blog.example/posts/42/")
        #expect(urls(article).contains("https://blog.example/about"))
        #expect(urls(article).contains("https://blog.example/posts/42/next.html"))
    }
}
