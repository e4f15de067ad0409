import Foundation
import Testing

/// The reader stays alive while it works: opening a huge page and searching with a pattern
/// that backtracks without end run away from the thread that reads keys and signals, so `q`,
/// Esc and SIGTERM are answered meanwhile, and the terminal is left as it was. (Before, the page
/// was parsed before the screen started and the search ran between two keys: folio ignored
/// both for as long as they took.) The work below takes far longer than the deadlines.
@Suite("a busy reader in tmux", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct BusyReaderTests {
    /// A page of about 20 MB: seconds of parsing.
    static func hugePage(in folder: ScratchFolder) throws -> String {
        var page = "<html><head><title>A huge page</title></head><body><article><h1>A huge page</h1>\n"
        let paragraph = "<p>The talks went on for hours, with <b>many</b> words, commas, and sentences in each paragraph.</p>\n"
        page.reserveCapacity(21_000_000)
        for section in 0..<200 {
            page += "<h2>Section \(section)</h2>\n" + String(repeating: paragraph, count: 1_000)
        }
        return try folder.file("huge.html", page + "</article></body></html>\n")
    }

    /// A feed of 30 items, each 200 lines of forty a's and a b: `(a*)*c` takes its whole budget
    /// (about half a second) in each, 15 s in all.
    static func runawayFeed(in folder: ScratchFolder) throws -> String {
        let body = String(repeating: String(repeating: "a", count: 40) + "b&lt;br&gt;", count: 200)
        var feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Runaway</title>\n"
        for item in 0..<30 { feed += "<item><title>Item \(item)</title><description>\(body)</description></item>\n" }
        return try folder.file("runaway.rss", feed + "</channel></rss>\n")
    }

    /// Types the runaway pattern into the search bar over every article, as a regular expression.
    static func typeRunawaySearch(_ folio: WatchedFolio) throws {
        try folio.tmux.waitFor(timeout: 15, "the feed's items") { $0.contains("Runaway (30)") }
        try folio.tmux.send("/")
        try folio.tmux.send("C-r")
        try folio.tmux.send("(a*)*c", literal: true)
        try folio.tmux.waitFor(timeout: 5, "the pattern typed") { $0.contains("regex /(a*)*c") }
    }

    @Test("q while a huge page loads ends folio at once, the terminal restored")
    func quitWhileLoading() throws {
        let folder = try ScratchFolder()
        let folio = try WatchedFolio([try Self.hugePage(in: folder)])
        try folio.tmux.waitFor(timeout: 15, "the screen, loading") { $0.contains("Loading") }
        try folio.tmux.send("q")
        #expect(folio.exitStatus(timeout: 5) == 0, "q answered while the page loads")
        try folio.expectEndedCleanly(status: 0, "q while loading")
    }

    @Test("SIGTERM while a huge page loads ends folio at once, the terminal restored")
    func signalWhileLoading() throws {
        let folder = try ScratchFolder()
        let folio = try WatchedFolio([try Self.hugePage(in: folder)])
        try folio.tmux.waitFor(timeout: 15, "the screen, loading") { $0.contains("Loading") }
        try folio.send(signal: SIGTERM)
        #expect(folio.exitStatus(timeout: 5) == 128 + SIGTERM)
        try folio.expectEndedCleanly(status: 128 + SIGTERM, "SIGTERM while loading")
    }

    @Test("a runaway pattern typed: the bar answers, Enter closes it while the search goes on, q ends folio")
    func quitWhileSearching() throws {
        let folder = try ScratchFolder()
        let folio = try WatchedFolio([try Self.runawayFeed(in: folder)])
        try Self.typeRunawaySearch(folio)
        try folio.tmux.send("Enter")
        try folio.tmux.waitFor(timeout: 5, "the bar closed, the search going on") { $0.contains("searching…") && !$0.contains("regex /") }
        try folio.tmux.send("q")
        #expect(folio.exitStatus(timeout: 5) == 0, "q answered while searching")
        try folio.expectEndedCleanly(status: 0, "q while searching")
    }

    @Test("Esc cancels a runaway search at once; SIGTERM then ends folio cleanly")
    func escapeCancelsTheSearch() throws {
        let folder = try ScratchFolder()
        let folio = try WatchedFolio([try Self.runawayFeed(in: folder)])
        try Self.typeRunawaySearch(folio)
        try folio.tmux.send("Escape")
        try folio.tmux.waitFor(timeout: 5, "the search cancelled") { !$0.contains("regex /") && !$0.contains("searching…") }
        try folio.tmux.send("j")
        try folio.send(signal: SIGTERM)
        try folio.expectEndedCleanly(status: 128 + SIGTERM, "SIGTERM after a cancelled search")
    }

    @Test("SIGTERM while a runaway search runs ends folio at once, the terminal restored")
    func signalWhileSearching() throws {
        let folder = try ScratchFolder()
        let folio = try WatchedFolio([try Self.runawayFeed(in: folder)])
        try Self.typeRunawaySearch(folio)
        try folio.send(signal: SIGTERM)
        #expect(folio.exitStatus(timeout: 5) == 128 + SIGTERM)
        try folio.expectEndedCleanly(status: 128 + SIGTERM, "SIGTERM while searching")
    }
}
