import Foundation
import TestServers
import TestProcesses
import Testing

/// Full text (issue 15 §3): a feed added with `--full-text`, or `folio fetch --full-text`, keeps
/// the page behind each new item's link, and the item then reads as the whole article (sections
/// and links) in `folio dump` and `folio search`, from the kept page, without the network.
@Suite("full text of feed items")
struct FeedFullTextTests {


    @Test("feed add --full-text keeps each item's page: dump and search see the article, sections and links; pages that fail keep the summary")
    func addWithFullText() throws {
        guard let nginx = try NginxServer(pages: ["alpha.html": SummaryFeeds.article("Alpha"), "beta.html": SummaryFeeds.article("Beta")]) else { return }
        try nginx.write("news.rss", SummaryFeeds.feed("Harbour news", items: [
            ("Alpha item", nginx.base + "/alpha.html"), ("Beta item", nginx.base + "/beta.html"),
            ("Missing item", nginx.base + "/missing.html"), ("Mail item", "mailto:someone@example.org"),
        ]))
        let library = try AddLibrary()
        let added = try library.folio(["feed", "add", "--full-text", nginx.base + "/news.rss"])
        #expect(added.status == 0, "\(added.errors)")
        #expect(added.lines == ["subscribed  Harbour news  (\(nginx.base)/news.rss) · 4 items · 2 full texts not fetched"])
        #expect(library.feedEntries.filter { $0.contains(".pages") } == ["Harbour news/.pages"])
        let pages = (try? FileManager.default.contentsOfDirectory(atPath: library.home + "/feeds/Harbour news/.pages")) ?? []
        #expect(pages.sorted() == ["Alpha item.html", "Beta item.html"])
        #expect(!nginx.accessLog.contains { $0.contains("mailto") })

        let dump = try library.folio(["dump", "--format", "json"])
        #expect(dump.status == 0, "\(dump.errors)")
        let articles = dump.lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        let alpha = try #require(articles.first { $0["title"] as? String == "Alpha item" })
        #expect(alpha["feed"] as? String == "Harbour news")
        #expect(alpha["url"] as? String == nginx.base + "/alpha.html")
        let headings = (alpha["sections"] as? [[String: Any]] ?? []).compactMap { $0["heading"] as? String }
        #expect(headings == ["Alpha first section", "Alpha second section"], "\(alpha)")
        let links = (alpha["links"] as? [[String: Any]] ?? []).compactMap { $0["url"] as? String }
        #expect(links.contains("https://example.org/Alpha-source"), "\(alpha)")
        // An item whose page could not be fetched reads as its summary.
        let missing = try #require(articles.first { $0["title"] as? String == "Missing item" })
        #expect("\(missing["sections"] ?? "")".contains("Summary of Missing item."))

        let text = try library.folio(["dump", library.home + "/feeds/Harbour news/Beta item.xml"])
        #expect(text.text.contains("Beta second section"), "\(text.text)")
        #expect(!text.text.contains("Summary of Beta item."))
        #expect(!text.text.contains("Copyright"))
        let search = try library.folio(["search", "--count", "second section"])
        #expect(search.status == 0)
        #expect(search.lines.contains("\(library.home)/feeds/Harbour news/Alpha item.xml:1"), "\(search.text)")
        #expect(search.lines.contains("\(library.home)/feeds/Harbour news/Beta item.xml:1"), "\(search.text)")
        // Kept: reading them again fetches nothing.
        let requests = nginx.accessLog.count
        #expect(try library.folio(["dump", "--format", "json"]).status == 0)
        #expect(nginx.accessLog.count == requests)
    }

    @Test("fetch --full-text keeps the pages of new items of a feed added without it; items kept before stay summaries")
    func fetchWithFullText() throws {
        guard let nginx = try NginxServer(pages: ["alpha.html": SummaryFeeds.article("Alpha"), "beta.html": SummaryFeeds.article("Beta")]) else { return }
        try nginx.write("news.rss", SummaryFeeds.feed("Harbour news", items: [("Alpha item", nginx.base + "/alpha.html")]))
        let library = try AddLibrary()
        #expect(try library.folio(["feed", "add", nginx.base + "/news.rss"]).status == 0)
        #expect(!nginx.accessLog.contains { $0.contains("alpha.html") })
        try nginx.write("news.rss", SummaryFeeds.feed("Harbour news", items: [
            ("Beta item", nginx.base + "/beta.html"), ("Alpha item", nginx.base + "/alpha.html"),
        ]))
        let fetched = try library.folio(["fetch", "--full-text"])
        #expect(fetched.status == 0, "\(fetched.errors)")
        #expect(fetched.lines == ["1 new article in 1 feed · 0 not modified · 0 failed"])
        let pages = (try? FileManager.default.contentsOfDirectory(atPath: library.home + "/feeds/Harbour news/.pages")) ?? []
        #expect(pages == ["Beta item.html"])
        let beta = try library.folio(["dump", library.home + "/feeds/Harbour news/Beta item.xml"])
        #expect(beta.text.contains("Beta first section"))
        let alpha = try library.folio(["dump", library.home + "/feeds/Harbour news/Alpha item.xml"])
        #expect(alpha.text.contains("Summary of Alpha item."))
    }
}
