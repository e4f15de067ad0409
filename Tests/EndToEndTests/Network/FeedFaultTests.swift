import Foundation
import TestServers
import TestProcesses
import Testing

/// `folio fetch` against bad servers and hostile feeds, and two processes at once: one line per
/// failed feed, exit 2, the other feeds kept; 429 deferred, 410 gone, 308 followed; entities
/// never expanded; one fetch at a time; `kill -9` leaves whole files only.
@Suite("folio fetch against bad servers and hostile feeds")
struct FeedFaultTests {
    private static let feed = TestFeeds.rss("Good feed", items: [("g1", "Good one", "Fine text.")])

    /// Writes subscriptions for `urls` straight into the library (as `folio feed import` does).
    private func subscribe(_ library: AddLibrary, _ urls: [String]) throws {
        let run = try library.folio(["feed", "import", "-"], input: Array(urls.joined(separator: "\n").utf8))
        #expect(run.status == 0, "\(run.errors)")
    }

    /// The error lines of a run, by the address each names.
    private func errorLines(_ run: FolioRun) -> [String] {
        run.errors.split(separator: "\n").map(String.init)
    }

    @Test("each failed feed is one line naming it and why, the run exits 2, and the good feed is kept")
    func failures() throws {
        guard let nginx = try NginxServer(pages: ["good.rss": Self.feed, "page.html": TestPages.alpha]) else { return }
        let library = try AddLibrary()
        let closed = try #require(LoopbackPort.free())
        let bad = [
            nginx.base + "/missing.rss", nginx.base + "/status/500", "http://127.0.0.1:\(closed)/feed",
            "http://no-such-host.invalid/feed", nginx.base + "/page.html",
        ]
        try subscribe(library, [nginx.base + "/good.rss"] + bad)
        let run = try library.folio(["fetch"])
        #expect(run.status == 2)
        #expect(run.lines == ["1 new article in 1 feed · 0 not modified · 5 failed"])
        let lines = errorLines(run)
        #expect(lines.count == 5, "\(run.errors)")
        for url in bad { #expect(lines.contains { $0.hasPrefix("folio: ") && $0.contains("(\(url)): ") }, "\(url): \(run.errors)") }
        #expect(lines.contains("folio: \(nginx.base)/missing.rss (\(nginx.base)/missing.rss): HTTP 404 Not Found"))
        #expect(lines.contains("folio: \(nginx.base)/page.html (\(nginx.base)/page.html): not a feed (text/html)"))
        #expect(lines.contains("folio: http://127.0.0.1:\(closed)/feed (http://127.0.0.1:\(closed)/feed): connection refused by 127.0.0.1 port \(closed)"))
        #expect(library.items(library.folder(of: nginx.base + "/good.rss")) == ["Good one.xml"])
        // `feed list` shows each one's last error.
        let list = try library.folio(["feed", "list"])
        #expect(list.text.contains("  last error: HTTP 404 Not Found\n"), "\(list.text)")
        // A second failure in a row makes the feed wait: it is deferred, not tried.
        #expect(try library.folio(["fetch"]).status == 2)
        let third = try library.folio(["fetch", "--json"])
        #expect(third.status == 0, "only deferred and not modified: \(third.errors)")
        let statuses = third.lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }.map { $0["status"] as? String ?? "" }
        #expect(statuses == ["not_modified"] + Array(repeating: "deferred", count: 5))
        #expect(try library.folio(["feed", "list"]).text.contains("failed 2 times; next try after "))
    }

    @Test("429 with Retry-After is deferred (exit 0); 410 marks the feed gone; 308 moves the subscription")
    func statuses() throws {
        guard let nginx = try NginxServer(pages: ["feed.rss": Self.feed]) else { return }
        let faults = try FaultServer()
        let library = try AddLibrary()
        try subscribe(library, [faults.base + "/retry-after/3600", nginx.base + "/status/410", nginx.base + "/moved-feed"])
        let first = try library.folio(["fetch", "--json"])
        #expect(first.status == 2, "410 fails this run")
        let objects = first.lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(objects.map { $0["status"] as? String ?? "" } == ["deferred", "failed", "fetched"])
        #expect((objects.first?["error"] as? String)?.hasPrefix("HTTP 429 Too Many Requests: waiting until ") == true, "\(objects)")
        #expect(objects[1]["error"] as? String == "HTTP 410 Gone: the feed is gone and will not be fetched again")
        #expect(objects[2]["url"] as? String == nginx.base + "/feed.rss")
        #expect(library.subscriptions.map { $0["url"] as? String } == [faults.base + "/retry-after/3600", nginx.base + "/status/410", nginx.base + "/feed.rss"])
        let requests = faults.events.filter { $0.hasPrefix("request ") }.count
        let second = try library.folio(["fetch"])
        #expect(second.status == 0, "deferred and gone feeds are no failure: \(second.errors)")
        #expect(second.lines == ["0 new articles in 0 feeds · 1 not modified · 1 deferred · 1 gone · 0 failed"])
        #expect(faults.events.filter { $0.hasPrefix("request ") }.count == requests, "the deferred feed was not asked again")
        #expect(nginx.accessLog.filter { $0.contains("/status/410") }.count == 1, "the gone feed was not asked again")
    }

    @Test("an external entity is not read, no DTD is fetched, other schemes are never fetched (a billion laughs: EntityBombTests)")
    func hostileFeeds() throws {
        guard let nginx = try NginxServer(pages: [
            "xxe.rss": """
                <?xml version="1.0"?><!DOCTYPE rss SYSTEM "http://127.0.0.1:1/evil.dtd" [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>XXE</title><item><title>Item &x;</title><guid>1</guid><description>&x;</description></item></channel></rss>
                """
        ]) else { return }
        let library = try AddLibrary()
        try subscribe(library, [nginx.base + "/xxe.rss"])
        let run = try library.folio(["fetch"], timeout: 30)
        #expect(run.status == 0, "\(run.errors)")
        let passwd = (try? String(contentsOfFile: "/etc/passwd", encoding: .utf8))?.split(separator: "\n").first.map(String.init) ?? "root:"
        let items = library.feedEntries
        for entry in items where !entry.hasSuffix("/") {
            let parts = entry.split(separator: "/", maxSplits: 1).map(String.init)
            #expect(!library.item(parts[0], parts[1]).contains(passwd), "\(entry) holds /etc/passwd")
        }
        let dump = try library.folio(["dump", "--format", "json"])
        #expect(!dump.text.contains(passwd))
        // Addresses of other schemes are refused, never read.
        let file = try library.folio(["feed", "add", "file:///etc/passwd"])
        #expect(file.status == 2)
        #expect(file.errors == "folio: file:///etc/passwd: only http and https addresses can be fetched, not file:\n")
        let imported = try library.folio(["feed", "import", "-"], input: Array("ftp://x.example/feed\n".utf8))
        #expect(imported.errors == "folio: -: line 1: not an http or https address; skipped\n")
    }

    @Test("two fetches at once: the second says it waits, then runs; no item is stored twice")
    func twoAtOnce() throws {
        guard let nginx = try NginxServer(pages: ["feed.rss": Self.feed]) else { return }
        let faults = try FaultServer()
        let library = try AddLibrary()
        try subscribe(library, [nginx.base + "/feed.rss", faults.base + "/never"])
        let errors = try ScratchFile()
        let first = try ChildProcess(FolioBinary.path, ["fetch", "--timeout", "3"], errors: errors.path, environment: library.environment)
        #expect(faults.waitFor("request /never"), "the first fetch is under way")
        let second = try library.folio(["fetch", "--timeout", "3"])
        #expect(first.wait(timeout: 30) == 2)
        #expect(second.errors.contains("folio: another folio (process \(first.pid)) is fetching or changing the subscriptions; waiting for it to finish\n"), "\(second.errors)")
        #expect(second.status == 2, "its own fetch of /never timed out: \(second.errors)")
        #expect(second.lines == ["0 new articles in 0 feeds · 1 not modified · 1 failed"])
        #expect(library.items(library.folder(of: nginx.base + "/feed.rss")) == ["Good one.xml"])
    }

    @Test("kill -9 during a fetch leaves whole files only; the next fetch completes it without duplicates")
    func killed() throws {
        let items = (1...40).map { (guid: "k\($0)", title: "Story \($0)", text: "Text \($0).") }
        guard let nginx = try NginxServer(pages: ["feed.rss": TestFeeds.rss("Many", items: items)]) else { return }
        let faults = try FaultServer()
        let library = try AddLibrary()
        try subscribe(library, [nginx.base + "/feed.rss", faults.base + "/never"])
        let child = try ChildProcess(FolioBinary.path, ["fetch"], environment: library.environment)
        let many = library.folder(of: nginx.base + "/feed.rss")
        #expect(faults.waitFor("request /never"))
        // Wait for the items of the good feed, then kill the fetch before it ends.
        let deadline = Date().addingTimeInterval(30)
        while library.items(many).count < 40 && Date() < deadline { usleep(10_000) }
        child.signal(SIGKILL)
        #expect(child.wait(timeout: 30) == 128 + SIGKILL)
        #expect(library.items(many).count == 40)
        #expect(library.items(many).allSatisfy { $0.hasSuffix(".xml") && !$0.hasPrefix(".") })
        // The subscriptions file is whole (never written half), and the next fetch completes it.
        #expect(library.subscriptions.count == 2)
        let again = try library.folio(["fetch", "--timeout", "2"])
        #expect(again.status == 2, "only /never fails")
        #expect(again.lines == ["0 new articles in 1 feed · 0 not modified · 1 failed"], "nothing stored twice: \(again.text)")
        #expect(library.items(many).count == 40)
        #expect(!library.feedEntries.contains { $0.contains(".folio-tmp-") }, "no temporary file is left: \(library.feedEntries)")
    }

    @Test("the temporary files a killed fetch left (in the library, a feed's folder, its pages) are cleared by the next fetch")
    func staleTemporaries() throws {
        guard let nginx = try NginxServer(pages: ["feed.rss": Self.feed]) else { return }
        let library = try AddLibrary()
        try subscribe(library, [nginx.base + "/feed.rss"])
        #expect(try library.folio(["fetch"]).status == 0)
        let folder = library.home + "/feeds/" + library.folder(of: nginx.base + "/feed.rss")
        // Process 4194304 is past Linux's highest process id: it never runs.
        let dead = ".folio-tmp-4194304-17", alive = ".folio-tmp-\(getpid())-18"
        try FileManager.default.createDirectory(atPath: folder + "/.pages", withIntermediateDirectories: true)
        let planted = [library.home + "/" + dead, folder + "/" + dead, folder + "/.pages/" + dead, folder + "/" + alive]
        for path in planted { #expect(FileManager.default.createFile(atPath: path, contents: Data("half".utf8))) }
        #expect(try library.folio(["fetch"]).status == 0)
        #expect(planted.map { FileManager.default.fileExists(atPath: $0) } == [false, false, false, true], "a live process's file stays")
    }
}
