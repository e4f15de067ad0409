import Foundation
import TestProcesses
import TestServers
import Testing

/// A billion-laughs feed (ten entities of ten references each, 3 GB of text from under a
/// kilobyte) is refused by the real binary with one line naming it, exit 2, at once and in
/// little memory: served by nginx to `folio feed add` and `folio fetch`, and as a file to
/// `folio dump`.
@Suite("a billion-laughs feed is refused at once, in little memory")
struct EntityBombTests {
    /// The feed: entities in the title, the text and an attribute.
    static let feed: String = {
        let laughs = (1...9).map { "<!ENTITY l\($0) \"" + String(repeating: "&l\($0 - 1);", count: 10) + "\">" }.joined()
        return """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY l0 "ha">\(laughs)]>
            <rss version="2.0"><channel><title>Laughs &l9;</title>
            <item><title a="&l9;">&l9;</title><guid>1</guid><description>&l9;&l9;</description></item></channel></rss>
            """
    }()

    static let refusal = "declares XML entities that expand past 1 MiB (a \"billion laughs\"): refused"

    /// The most memory folio may take on the way (its HTTP stack alone takes about 50 MiB).
    static let memoryBound = 100 << 10

    /// Runs folio with `arguments` under GNU time, within a generous deadline: the run, and
    /// folio's peak memory in KiB (nil, with a recorded issue, when GNU time is missing; nil
    /// under a sanitizer, whose shadow memory says nothing of folio's own). GNU time forks, so
    /// the figure is folio's own (a child spawned from the test process with vfork would
    /// report the test process's).
    private func measured(_ arguments: [String], library: AddLibrary) throws -> (run: FolioRun, kilobytes: Int?) {
        let time = "/usr/bin/time"
        guard !FolioBinary.isSanitized, FileManager.default.isExecutableFile(atPath: time) else {
            if !FolioBinary.isSanitized { Issue.record("\(time) is missing (Debian's time): the peak memory was not measured") }
            return (try FolioBinary.run(arguments, timeout: 10, environment: library.environment), nil)
        }
        let report = try ScratchFile()
        let run = try FolioBinary.run(
            ["-f", "%M", "-o", report.path, FolioBinary.path] + arguments, timeout: 10, executable: time,
            environment: library.environment)
        let kilobytes = try #require(Int(report.text.split(separator: "\n").last ?? ""), "\(report.text)")
        return (run, kilobytes)
    }

    @Test("folio feed add, folio fetch and folio dump refuse it with one line and exit 2")
    func refused() throws {
        guard let nginx = try NginxServer(pages: ["laughs.rss": Self.feed]) else { return }
        let url = nginx.base + "/laughs.rss"
        let library = try AddLibrary()

        let added = try measured(["feed", "add", url], library: library)
        #expect(added.run.status == 2)
        #expect(added.run.errors == "folio: \(url): \(Self.refusal)\n")
        #expect(library.subscriptions.isEmpty, "nothing subscribed")
        if let kilobytes = added.kilobytes { #expect(kilobytes < Self.memoryBound, "feed add: peak memory \(kilobytes >> 10) MiB") }

        let imported = try library.folio(["feed", "import", "-"], input: Array(url.utf8))
        #expect(imported.status == 0, "\(imported.errors)")
        let fetched = try measured(["fetch"], library: library)
        #expect(fetched.run.status == 2)
        #expect(fetched.run.lines == ["0 new articles in 0 feeds · 0 not modified · 1 failed"])
        #expect(fetched.run.errors == "folio: \(url) (\(url)): \(Self.refusal)\n")
        #expect(library.feedEntries.allSatisfy { $0.hasSuffix("/") }, "no item kept: \(library.feedEntries)")
        if let kilobytes = fetched.kilobytes { #expect(kilobytes < Self.memoryBound, "fetch: peak memory \(kilobytes >> 10) MiB") }
        #expect(try library.folio(["feed", "list"]).text.contains("  last error: \(Self.refusal)\n"))

        let folder = try ScratchFolder()
        let file = try folder.file("laughs.rss", Self.feed)
        let dumped = try measured(["dump", file], library: library)
        #expect(dumped.run.status == 2)
        #expect(dumped.run.errors == "folio: '\(file)' \(Self.refusal)\n")
        #expect(dumped.run.output.isEmpty)
        if let kilobytes = dumped.kilobytes { #expect(kilobytes < Self.memoryBound, "dump: peak memory \(kilobytes >> 10) MiB") }
    }
}
