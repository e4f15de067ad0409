import Foundation
import TestServers
import Testing

/// `r` in the reader, in a real terminal: the subscriptions are fetched while the reader runs,
/// the new item appears unread under its feed, and the status line sums up as `folio fetch`.
@Suite("r fetches the feeds", .serialized)
struct FeedRefreshScreenTests {
    @Test("folio on a home library with a subscription, the feed gains an item, r: the item is listed unread, the summary on the status line")
    func refresh() throws {
        guard let nginx = try NginxServer(pages: [:]) else { return }
        try nginx.write("news.rss", TestFeeds.rss("Harbour news", items: [("a", "Alpha item", "Alpha text.")]))
        let library = try AddLibrary()
        let added = try library.folio(["feed", "add", nginx.base + "/news.rss"])
        #expect(added.status == 0, "\(added.errors)")
        let tmux = try TmuxSession(command: TmuxSession.quote(FolioBinary.path), width: 120, height: 30, environment: library.environment)
        try tmux.waitFor("▾ Harbour news (1)")
        try nginx.write("news.rss", TestFeeds.rss("Harbour news", items: [("g", "Gamma item", "Gamma text."), ("a", "Alpha item", "Alpha text.")]))
        try tmux.send("r")
        try tmux.waitFor("1 new article in 1 feed · 0 not modified · 0 failed")
        try tmux.waitFor("▾ Harbour news (2)")
        try tmux.waitFor("● Gamma item")
        try tmux.send("Q")
    }
}
