import Foundation
import TestProcesses
import Testing

/// The reader stays alive while it works: opening a huge page and searching with a pattern
/// that backtracks without end run away from the thread that reads keys and signals, so `q`,
/// Esc and SIGTERM are answered meanwhile, and the terminal is left as it was. (Before, the page
/// was parsed before the screen started and the search ran between two keys: folio ignored
/// both for as long as they took.) The work below takes far longer than the deadlines (the page
/// over 15 s of parsing in a debug build, the search 50 s of CPU), which are long enough for a
/// machine whose cores are busy: a reader that waits for its work fails them.
@Suite("a busy reader in tmux", .serialized)
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

    /// A feed of 100 items, each 200 lines of forty a's and a b: `(a*)*c` takes its whole budget
    /// (about half a second) in each, 50 s in all.
    static func runawayFeed(in folder: ScratchFolder) throws -> String {
        let body = String(repeating: String(repeating: "a", count: 40) + "b&lt;br&gt;", count: 200)
        var feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Runaway</title>\n"
        for item in 0..<100 { feed += "<item><title>Item \(item)</title><description>\(body)</description></item>\n" }
        return try folder.file("runaway.rss", feed + "</channel></rss>\n")
    }

    /// Types the runaway pattern into the search bar over every article, as a regular expression.
    static func typeRunawaySearch(_ folio: WatchedFolio) throws {
        try folio.tmux.waitFor("the feed's items") { $0.contains("Runaway (100)") }
        try folio.tmux.send("/")
        try folio.tmux.send("C-r")
        try folio.tmux.send("(a*)*c", literal: true)
        try folio.tmux.waitFor(timeout: 10, "the pattern typed") { $0.contains("regex /(a*)*c") }
    }

    @Test("q while a huge page loads ends folio at once, the terminal restored")
    func quitWhileLoading() throws {
        let folder = try ScratchFolder()
        let folio = try WatchedFolio([try Self.hugePage(in: folder)])
        try folio.tmux.waitFor("the screen, loading") { $0.contains("Loading") }
        try folio.tmux.send("q")
        #expect(folio.exitStatus(timeout: 10) == 0, "q answered while the page loads")
        try folio.expectEndedCleanly(status: 0, "q while loading")
    }

    @Test("SIGTERM while a huge page loads ends folio at once, the terminal restored")
    func signalWhileLoading() throws {
        let folder = try ScratchFolder()
        let folio = try WatchedFolio([try Self.hugePage(in: folder)])
        try folio.tmux.waitFor("the screen, loading") { $0.contains("Loading") }
        try folio.send(signal: SIGTERM)
        #expect(folio.exitStatus(timeout: 10) == 128 + SIGTERM)
        try folio.expectEndedCleanly(status: 128 + SIGTERM, "SIGTERM while loading")
    }

    @Test("a runaway pattern typed: the bar answers, Enter closes it while the search goes on, q ends folio")
    func quitWhileSearching() throws {
        let folder = try ScratchFolder()
        let folio = try WatchedFolio([try Self.runawayFeed(in: folder)])
        try Self.typeRunawaySearch(folio)
        try folio.tmux.send("Enter")
        try folio.tmux.waitFor(timeout: 10, "the bar closed, the search going on") { $0.contains("searching…") && !$0.contains("regex /") }
        try folio.tmux.send("q")
        #expect(folio.exitStatus(timeout: 10) == 0, "q answered while searching")
        try folio.expectEndedCleanly(status: 0, "q while searching")
    }

    @Test("Esc cancels a runaway search at once; SIGTERM then ends folio cleanly")
    func escapeCancelsTheSearch() throws {
        let folder = try ScratchFolder()
        let folio = try WatchedFolio([try Self.runawayFeed(in: folder)])
        try Self.typeRunawaySearch(folio)
        try folio.tmux.send("Escape")
        try folio.tmux.waitFor(timeout: 10, "the search cancelled") { !$0.contains("regex /") && !$0.contains("searching…") }
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
        #expect(folio.exitStatus(timeout: 10) == 128 + SIGTERM)
        try folio.expectEndedCleanly(status: 128 + SIGTERM, "SIGTERM while searching")
    }
}

/// `folio -` on standard input that does not end: the screen shows what has arrived and more as
/// it comes, and `q` quits at once. (folio read to the end first: it never drew, and ignored q.)
@Suite("standard input that does not end, in tmux", .serialized)
struct EndlessInputTests {
    /// `producer | folio ARGUMENTS -` in tmux; folio's pid is written to a file, and the
    /// shell's status after the pipeline.
    final class Piped {
        let tmux: TmuxSession
        let folder: ScratchFolder

        init(_ producer: String, arguments: [String] = []) throws {
            folder = try ScratchFolder()
            let folio = ([FolioBinary.path] + arguments + ["-"]).map(TmuxSession.quote).joined(separator: " ")
            let reader = "echo $$ > \(folder.path)/pid; exec \(folio) 2> \(folder.path)/errors; "
            let script = "(\(producer)) | sh -c \(TmuxSession.quote(reader)); sleep 60"
            tmux = try TmuxSession(command: "sh -c \(TmuxSession.quote(script))", width: 100, height: 30)
        }

        deinit { tmux.kill() }

        /// folio's pid.
        func pid() throws -> pid_t {
            var pid: pid_t?
            let started = eventually {
                pid = (try? String(contentsOfFile: folder.path + "/pid", encoding: .utf8)).flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
                return pid != nil
            }
            guard started, let pid else { throw TmuxError.failed("folio did not start within \(Int(generousDeadline)) s") }
            return pid
        }

        /// True once folio has ended (gone, or a zombie), within `timeout` seconds.
        func ended(within timeout: Double) throws -> Bool {
            let pid = try pid()
            return eventually(timeout: timeout) { hasEnded(pid) }
        }

        /// What folio wrote to standard error.
        var errors: String { (try? String(contentsOfFile: folder.path + "/errors", encoding: .utf8)) ?? "" }
    }

    @Test("what has arrived is drawn, more is added as it comes, and q quits at once")
    func drawsAndQuits() throws {
        let piped = try Piped(
            "printf 'Title\\n\\nThe first paragraph.\\n\\nThe second.\\n'; sleep 1; "
                + "printf 'A third paragraph, arrived later.\\n\\nThe end.\\n'; sleep 60")
        try piped.tmux.waitFor("what arrived first") { $0.contains("The first paragraph.") && $0.contains("min read") }
        try piped.tmux.waitFor("what arrived later") { $0.contains("A third paragraph, arrived later.") }
        try piped.tmux.send("q")
        #expect(try piped.ended(within: 10), "q answered while standard input goes on")
        #expect(try WatchedFolio.flagsRestored(in: piped.tmux), "the terminal after q")
    }

    @Test("standard input that outgrows --max-file-size: said on the status line, then on standard error with exit 2")
    func outgrowsTheLimit() throws {
        let piped = try Piped(
            "printf 'Title\\n\\nThe first paragraph.\\n\\nThe second.\\n'; sleep 1; yes 'more text'",
            arguments: ["--max-file-size", "1M"])
        try piped.tmux.waitFor("what arrived first") { $0.contains("The first paragraph.") }
        try piped.tmux.waitFor("the limit said") { $0.contains("larger than 1M") }
        try piped.tmux.send("q")
        #expect(try piped.ended(within: 10))
        #expect(piped.errors == "folio: '-' is larger than 1M: not read (a larger --max-file-size reads it)\n")
    }
}
