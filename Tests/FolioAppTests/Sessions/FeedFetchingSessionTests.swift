import FolioApp
import FolioKit
import FolioUI
import Foundation
import TestServers
import Testing

/// The home library's feeds fetched from the reader (issue 15 §3 and §4), against a real nginx
/// on loopback: `r` fetches the subscriptions while keys keep answering, the new items join
/// the list unread under their feed, a failing feed's error shows on its header; `F` fetches an
/// item's full text and the reader shows the whole article, sections and all.
@Suite("fetching feeds in the reader")
struct FeedFetchingSessionTests {


    /// A home library subscribed to `feeds` (address, folder), nothing fetched yet.
    static func subscribed(to feeds: [(url: String, folder: String)]) throws -> (TestLibrary, HomeLibrary) {
        let library = try TestLibrary()
        let home = HomeLibrary(folder: library.home.path + "/data/folio")
        try home.create()
        try home.subscriptions.save(feeds.map { Subscription(url: $0.url, folder: $0.folder) })
        return (library, home)
    }

    @Test("r with no subscriptions says how to add one")
    func noSubscriptions() throws {
        let library = try TestLibrary()
        let reader = try library.start([])
        try reader.waitFor("Welcome to folio")
        reader.type("r")
        try reader.waitFor("No subscriptions: add one with `folio feed add URL`")
        #expect(reader.state.feeds.fetch == nil)
    }

    @Test("r fetches the subscriptions in the background: new items listed unread under their feed, the selection kept, a failing feed's error on its header, from the next start too")
    func fetchSubscriptions() throws {
        guard let nginx = try NginxServer(pages: [:]) else { return }
        try nginx.write("news.rss", SummaryFeeds.feed("Harbour news", items: [("Alpha item", nginx.base + "/alpha.html", 2), ("Beta item", nginx.base + "/beta.html", 3)]))
        try nginx.write("other.rss", SummaryFeeds.feed("Other news", items: [("Other item", nginx.base + "/other.html", 1)]))
        let (library, _) = try Self.subscribed(to: [(nginx.base + "/news.rss", "Harbour news"), (nginx.base + "/other.rss", "Other news")])
        let reader = try library.start([], width: 160)
        try reader.waitFor("Welcome to folio")
        reader.type("r")
        // The key came back before the feeds did.
        #expect(reader.state.feeds.fetch != nil)
        #expect(reader.statusLine.contains("fetching"), "\(reader.statusLine)")
        try reader.waitFor("3 new articles in 2 feeds · 0 not modified · 0 failed")
        #expect(reader.listRows.contains { $0.contains("▾ Harbour news (2)") }, "\(reader.text)")
        #expect(reader.isUnread("Alpha item") && reader.isUnread("Beta item") && reader.isUnread("Other item"), "\(reader.text)")

        // The feeds change: a new item, a feed gone. The selection stays on its article and row.
        try nginx.write("news.rss", SummaryFeeds.feed("Harbour news", items: [("Gamma item", nginx.base + "/gamma.html", 4), ("Alpha item", nginx.base + "/alpha.html", 2), ("Beta item", nginx.base + "/beta.html", 3)]))
        try FileManager.default.removeItem(atPath: nginx.folder.path + "/www/other.rss")
        reader.type("j")
        let selected = reader.state.list.selected, selectedFeed = reader.state.list.selectedFeed
        let row = selectedRow(reader)
        #expect(row != nil)
        reader.type("r")
        try reader.waitFor("1 new article in 1 feed · 0 not modified · 1 failed")
        #expect(reader.statusLine.contains("Other news: HTTP 404 Not Found"), "\(reader.statusLine)")
        #expect(reader.isUnread("Gamma item"), "\(reader.text)")
        #expect(reader.listRows.contains { $0.contains("▾ Harbour news (3)") }, "\(reader.text)")
        #expect(reader.state.list.selected == selected && reader.state.list.selectedFeed == selectedFeed)
        #expect(selectedRow(reader) == row)
        let rows = reader.listRows
        let header = try #require(rows.firstIndex { $0.contains("▾ Other news (1)") })
        #expect(rows[header + 1].contains("1 unread · HTTP 404 Not Found · newest"), "\(rows[header + 1])")
        reader.quit()

        // The next start shows the error the subscriptions keep.
        let again = try library.start([], width: 160)
        try again.waitFor("the error on the header") { text in text.contains("Other news (1)") && text.contains("HTTP 404 Not Found") }
    }

    @Test("a subscription that has never fetched well has a header of its own for its error, in the home library only")
    func failedFeedWithoutItems() throws {
        guard let nginx = try NginxServer(pages: [:]) else { return }
        let address = nginx.base + "/missing.rss"
        let (library, home) = try Self.subscribed(to: [(address, "Missing")])
        var subscriptions = try home.subscriptions.load()
        subscriptions[0].name = "Missing news"
        try home.subscriptions.save(subscriptions)
        let reader = try library.start([], width: 160)
        try reader.waitFor("Welcome to folio")
        // Subscribed while the reader runs (a `folio feed add` elsewhere): r knows it too.
        try home.subscriptions.save(subscriptions + [Subscription(url: nginx.base + "/late.rss", name: "Late news", folder: "Late")])
        reader.type("r")
        try reader.waitFor("0 new articles in 0 feeds · 0 not modified · 2 failed")
        let rows = reader.listRows
        let header = try #require(rows.firstIndex { $0.contains("▾ Missing news (0)") }, "\(reader.text)")
        #expect(rows[header + 1].contains("no items · HTTP 404 Not Found"), "\(rows[header + 1])")
        #expect(rows.contains { $0.contains("▾ Late news (0)") }, "\(reader.text)")
        reader.quit()

        // The next start shows it from the subscriptions; a reader of other files does not.
        let again = try library.start([], width: 160)
        try again.waitFor("the failed feed's header") { text in text.contains("Missing news (0)") && text.contains("HTTP 404 Not Found") }
        again.quit()
        let notes = library.home.path + "/notes.txt"
        try "Notes\n\nA few words.\n".write(toFile: notes, atomically: true, encoding: .utf8)
        let files = try library.start([notes], width: 160)
        try files.waitFor("A few words")
        try files.waitFor("the errors read") { _ in !files.state.feeds.errors.isEmpty }
        #expect(!files.text.contains("Missing news"), "\(files.text)")
    }

    @Test("r on a feed's header fetches that feed alone; while a folio fetch holds the library the status says so, and the fetch waits for it")
    func oneFeedAndTheLock() throws {
        guard let nginx = try NginxServer(pages: [:]) else { return }
        try nginx.write("news.rss", SummaryFeeds.feed("Harbour news", items: [("Alpha item", nginx.base + "/alpha.html", 2)]))
        try nginx.write("other.rss", SummaryFeeds.feed("Other news", items: [("Other item", nginx.base + "/other.html", 1)]))
        let (library, home) = try Self.subscribed(to: [(nginx.base + "/news.rss", "Harbour news"), (nginx.base + "/other.rss", "Other news")])
        let reader = try library.start([])
        reader.type("r")
        try reader.waitFor("2 new articles in 2 feeds")
        reader.type("g")
        for _ in 0..<40 where reader.state.list.selectedFeed?.title != "Harbour news" { reader.type("j") }
        #expect(reader.state.list.selectedFeed?.title == "Harbour news")
        let before = nginx.accessLog.count

        var lock = try LibraryLock.take(home)
        #expect(lock != nil)
        reader.type("r")
        try reader.waitFor("a fetch is running (process \(getpid())): waiting…")
        reader.type("j")  // keys answer meanwhile
        #expect(nginx.accessLog.count == before)
        lock = nil
        try reader.waitFor("0 new articles in 0 feeds · 1 not modified · 0 failed")
        let requests = nginx.accessLog.dropFirst(before)
        #expect(requests.count == 1 && requests.allSatisfy { $0.contains("/news.rss") }, "\(requests)")
    }

    @Test("F fetches the open item's full text: the reader shows the whole article in place; a page that cannot be fetched keeps the summary and says why; F elsewhere says it is no feed item")
    func fullText() throws {
        guard let nginx = try NginxServer(pages: ["alpha.html": SummaryFeeds.article("Alpha")]) else { return }
        try nginx.write("news.rss", SummaryFeeds.feed("Harbour news", items: [("Alpha item", nginx.base + "/alpha.html", 2), ("Missing item", nginx.base + "/missing.html", 1)]))
        let (library, _) = try Self.subscribed(to: [(nginx.base + "/news.rss", "Harbour news")])
        let reader = try library.start([])
        try reader.waitFor("Welcome to folio")
        reader.type("F")
        #expect(reader.statusLine.contains(AppState.notFeedItem), "\(reader.statusLine)")
        reader.type("r")
        try reader.waitFor("2 new articles in 1 feed")

        select("Alpha item", in: reader)
        try reader.waitFor("Summary of Alpha item.")
        reader.type("F")
        #expect(reader.statusLine.contains("fetching full text…"), "\(reader.statusLine)")
        try reader.waitFor("full text  Alpha item")
        #expect(reader.text.contains("Alpha first section"), "\(reader.text)")
        #expect(!reader.text.contains("Summary of Alpha item."))
        #expect(reader.state.reader.top == 0)
        #expect(reader.state.reader.layout?.article.sections.compactMap(\.heading) == ["Alpha first section", "Alpha second section"])
        #expect(reader.statusLine.contains("§ 1/3"), "\(reader.statusLine)")
        // Kept: the item reads as the article at the next start too, with no request.
        let requests = nginx.accessLog.count

        select("Missing item", in: reader)
        try reader.waitFor("Summary of Missing item.")
        reader.type("F")
        try reader.waitFor("\(nginx.base)/missing.html: HTTP 404 Not Found")
        #expect(reader.state.message?.isError == true)
        #expect(reader.text.contains("Summary of Missing item."))
        reader.quit()

        let again = try library.start([])
        try again.waitFor("Alpha item")
        select("Alpha item", in: again)
        try again.waitFor("Alpha first section")
        #expect(nginx.accessLog.count == requests + 1, "\(nginx.accessLog)")
    }

    /// Opens the article titled `title` from the list.
    private func select(_ title: String, in reader: HeadlessReader) {
        if reader.state.focus == .reader { reader.press(.tab) }
        reader.type("g")
        for _ in 0..<40 where reader.state.list.selected.flatMap({ reader.state.entries[$0]?.title }) != title { reader.type("j") }
        reader.press(.enter)
    }

    /// The row of the list (left of the divider) that shows the selection's title.
    private func selectedRow(_ reader: HeadlessReader) -> Int? {
        let state = reader.state
        guard let title = state.list.selectedFeed?.title ?? state.list.selected.flatMap({ state.entries[$0]?.title }) else { return nil }
        return reader.listRows.firstIndex { $0.contains(title) }
    }
}
