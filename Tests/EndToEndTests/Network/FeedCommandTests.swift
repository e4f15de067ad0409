import Foundation
import TestServers
import TestProcesses
import Testing

/// `folio feed` and `folio fetch` against nginx: subscribing (a feed, or a page naming one),
/// listing, fetching again conditionally, items kept and updated in place, import and export,
/// removal.
@Suite("folio feed and folio fetch")
struct FeedCommandTests {
    private let two = TestFeeds.rss("Two stories", items: [("b", "Beta story", "Second text."), ("a", "Alpha story", "First text.")])

    @Test("feed add subscribes to a feed, or to the feed a page names, and keeps its items; dump and search without PATH see them")
    func addAndRead() throws {
        guard let nginx = try NginxServer(pages: [
            "two.rss": two, "site/index.html": TestFeeds.page(naming: "/atom.xml"),
            "atom.xml": TestFeeds.atom("An Atom feed", entries: [("urn:1", "Only entry")]),
        ]) else { return }
        let library = try AddLibrary()
        let direct = try library.folio(["feed", "add", nginx.base + "/two.rss"])
        #expect(direct.status == 0, "\(direct.errors)")
        #expect(direct.lines == ["subscribed  Two stories  (\(nginx.base)/two.rss) · 2 items"])
        let found = try library.folio(["feed", "add", nginx.base + "/site/", "--name", "Mine"])
        #expect(found.status == 0, "\(found.errors)")
        #expect(found.lines == [
            "found the feed \(nginx.base)/atom.xml on \(nginx.base)/site/",
            "subscribed  Mine  (\(nginx.base)/atom.xml) · 1 item",
        ])
        #expect(library.items("Two stories") == ["Alpha story.xml", "Beta story.xml"])
        #expect(library.items("Mine") == ["Only entry.xml"])
        let again = try library.folio(["feed", "add", nginx.base + "/two.rss"])
        #expect(again.status == 2)
        #expect(again.errors == "folio: \(nginx.base)/two.rss: already subscribed, as Two stories\n")
        let list = try library.folio(["feed", "list"])
        #expect(list.status == 0)
        #expect(list.lines.count == 6, "\(list.text)")
        #expect(list.lines.first == "Two stories")
        #expect(list.lines[2].hasPrefix("  2 items · 2 unread · fetched "), "\(list.text)")
        let json = try library.folio(["feed", "list", "--json"])
        let objects = json.lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(objects.map { $0["url"] as? String } == [nginx.base + "/two.rss", nginx.base + "/atom.xml"])
        #expect(objects.map { $0["items"] as? Int } == [2, 1])
        #expect(objects.last?["name"] as? String == "Mine")
        // Without a PATH, dump and search read the home library: every item with its feed and address.
        let dump = try library.folio(["dump", "--format", "json"])
        #expect(dump.status == 0, "\(dump.errors)")
        let articles = dump.lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(Set(articles.map { "\($0["feed"] as? String ?? "-") | \($0["title"] as? String ?? "-") | \($0["url"] as? String ?? "-")" }) == [
            "Two stories | Alpha story | http://example.org/a", "Two stories | Beta story | http://example.org/b",
            "An Atom feed | Only entry | http://example.org/urn:1",
        ])
        let search = try library.folio(["search", "Second"])
        #expect(search.status == 0)
        #expect(search.lines == ["\(library.home)/feeds/Two stories/Beta story.xml:1: Second text."])
    }

    @Test("a second fetch asks conditionally; new items are added, changed ones updated in place, gone ones kept")
    func fetchAgain() throws {
        guard let nginx = try NginxServer(pages: ["two.rss": two]) else { return }
        let library = try AddLibrary()
        #expect(try library.folio(["feed", "add", nginx.base + "/two.rss"]).status == 0)
        let unchanged = try library.folio(["fetch"])
        #expect(unchanged.status == 0, "\(unchanged.errors)")
        #expect(unchanged.lines == ["0 new articles in 0 feeds · 1 not modified · 0 failed"])
        #expect(unchanged.errors == "", "no progress line in a pipe")
        #expect(nginx.accessLog.last?.contains(" 304 ") == true, "\(nginx.accessLog)")
        let betaBefore = library.item("Two stories", "Beta story.xml")
        // The feed drops Alpha, changes Beta's text and brings Gamma.
        try nginx.write("two.rss", TestFeeds.rss("Two stories", items: [("c", "Gamma story", "Third text."), ("b", "Beta story", "Second text, corrected.")]))
        let changed = try library.folio(["fetch", "--json"])
        #expect(changed.status == 0, "\(changed.errors)")
        let object = changed.lines.first.flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(object?["status"] as? String == "fetched")
        #expect(object?["new"] as? Int == 1)
        #expect(object?["updated"] as? Int == 1)
        #expect(object?["title"] as? String == "Two stories")
        #expect(library.items("Two stories") == ["Alpha story.xml", "Beta story.xml", "Gamma story.xml"])
        let betaAfter = library.item("Two stories", "Beta story.xml")
        #expect(betaAfter != betaBefore && betaAfter.contains("Second text, corrected."))
        let summary = try library.folio(["fetch"])
        #expect(summary.lines == ["0 new articles in 0 feeds · 1 not modified · 0 failed"])
        // On a terminal, a progress line, cleared before the summary.
        guard let terminal = try FolioBinary.runInTerminal(["fetch"], environment: library.environment) else { return }
        #expect(terminal.text.contains("\r\u{1B}[Kfetching 1/1 feeds\r\u{1B}[K0 new articles in 0 feeds · 1 not modified · 0 failed"), "\(terminal.text.debugDescription)")
    }

    @Test("export then import gives the same subscriptions; a newsboat urls file imports with notes")
    func importExport() throws {
        let library = try AddLibrary()
        let urls = """
            https://one.example/feed.xml tech "~One"
            # a comment
            https://two.example/rss "news/daily"
            "query:Unread:unread = \\"yes\\""
            exec:~/bin/x
            """
        let imported = try library.folio(["feed", "import", "-"], input: Array(urls.utf8))
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(imported.lines == ["imported 2 subscriptions"])
        #expect(imported.errors == "folio: -: line 4: query feeds are newsboat's own; skipped\nfolio: -: line 5: exec feeds are newsboat's own; skipped\n")
        let exported = try library.folio(["feed", "export"])
        #expect(exported.status == 0)
        #expect(exported.text.contains("<opml version=\"2.0\""))
        let other = try AddLibrary()
        let file = try other.folder.file("subscriptions.opml", exported.text)
        let back = try other.folio(["feed", "import", file])
        #expect(back.lines == ["imported 2 subscriptions"], "\(back.errors)")
        #expect(try other.folio(["feed", "export"]).text == exported.text)
        // The same subscriptions (in the order of their folders).
        let subscriptions = other.subscriptions.sorted { ($0["url"] as? String ?? "") < ($1["url"] as? String ?? "") }
        #expect(subscriptions.map { $0["url"] as? String } == ["https://one.example/feed.xml", "https://two.example/rss"])
        #expect(subscriptions.map { $0["name"] as? String } == ["One", nil])
        #expect(subscriptions.map { ($0["categories"] as? [String]) ?? [] } == [["tech"], ["news/daily"]])
        // Importing again adds nothing.
        #expect(try other.folio(["feed", "import", file]).lines == ["imported 0 subscriptions · 2 already subscribed"])
        let notOPML = try other.folio(["feed", "import", try other.folder.file("bad.opml", "<html><body>no</body></html>")])
        #expect(notOPML.status == 2)
        #expect(notOPML.errors.contains("not an OPML file"))
    }

    @Test("feed remove keeps the items readable unless --delete-items; an unknown name says so")
    func remove() throws {
        guard let nginx = try NginxServer(pages: ["two.rss": two, "other.rss": TestFeeds.rss("Other", items: [("x", "X", "x")])]) else { return }
        let library = try AddLibrary()
        #expect(try library.folio(["feed", "add", nginx.base + "/two.rss"]).status == 0)
        #expect(try library.folio(["feed", "add", nginx.base + "/other.rss"]).status == 0)
        let kept = try library.folio(["feed", "remove", "Two stories"])
        #expect(kept.status == 0, "\(kept.errors)")
        #expect(kept.lines == ["removed  Two stories  (\(nginx.base)/two.rss)", "its items stay in \(library.home)/feeds/Two stories"])
        #expect(library.items("Two stories").count == 2)
        let gone = try library.folio(["feed", "remove", nginx.base + "/other.rss", "--delete-items"])
        #expect(gone.status == 0)
        #expect(library.items("Other").isEmpty)
        #expect(library.subscriptions.isEmpty)
        let unknown = try library.folio(["feed", "remove", "Nothing"])
        #expect(unknown.status == 2)
        #expect(unknown.errors == "folio: no subscription has the address or name 'Nothing' (see `folio feed list`)\n")
        // Subscribing again gets a folder of its own beside the kept items.
        #expect(try library.folio(["feed", "add", nginx.base + "/two.rss"]).status == 0)
        #expect(library.items("Two stories 2").count == 2)
    }
}
