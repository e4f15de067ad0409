import Foundation
import TestServers
import Testing

/// `folio add` against nginx: pages saved as fetched with their record, what is there already
/// not fetched again, `--refresh`, standard input, JSON Lines.
@Suite("folio add")
struct AddCommandTests {
    @Test("a page is saved as fetched, named after its title, with where it came from beside it")
    func savesPage() throws {
        guard let nginx = try NginxServer(pages: TestPages.site) else { return }
        let library = try AddLibrary()
        let run = try library.add([nginx.base + "/a.html"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors == "")
        #expect(run.lines == ["saved  Alpha story  (\(library.pages)/Alpha story.html)"])
        library.expectExactly(["Alpha story.html"])
        #expect(library.page("Alpha story.html") == Array(TestPages.alpha.utf8))
        let record = library.record("Alpha story.html")
        #expect(record["url"] as? String == nginx.base + "/a.html")
        #expect(record["final_url"] as? String == nginx.base + "/a.html")
        #expect(record["title"] as? String == "Alpha story")
        #expect((record["fetched"] as? String)?.hasSuffix("Z") == true)
        #expect((record["etag"] as? String)?.isEmpty == false)
        // The library is private to its user, and the server saw folio/VERSION as the User-Agent.
        var status = stat()
        #expect(stat(library.folder.path + "/folio", &status) == 0 && status.st_mode & 0o777 == 0o700)
        // `folio --version` prints `folio VERSION`.
        let version = try FolioBinary.run(["--version"]).lines.first?.split(separator: " ").last.map(String.init)
        #expect(version?.isEmpty == false)
        #expect(nginx.accessLog.first?.contains("ua=folio/\(version ?? "?") ae=") == true, "\(nginx.accessLog)")
    }

    @Test("Markdown and plain text are decoded from gzip and saved as .md and .txt")
    func textFormats() throws {
        guard let nginx = try NginxServer(pages: TestPages.site) else { return }
        let library = try AddLibrary()
        let run = try library.add([nginx.base + "/notes.md", nginx.base + "/plain.txt"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(Set(run.lines) == [
            "saved  Notes on reading  (\(library.pages)/Notes on reading.md)",
            "saved  Plain words  (\(library.pages)/Plain words.txt)",
        ])
        #expect(library.page("Notes on reading.md") == Array(TestPages.markdown.utf8))
        #expect(library.page("Plain words.txt") == Array(TestPages.plain.utf8))
        let markdownRequest = nginx.accessLog.first { $0.contains("/notes.md") } ?? ""
        #expect(markdownRequest.contains("gzip") && !markdownRequest.contains("gzip=-"), "sent compressed: \(markdownRequest)")
    }

    @Test("a page already saved is not fetched again, as typed or by its final address, even offline")
    func existingPages() throws {
        let library = try AddLibrary()
        let base: String
        do {
            guard let nginx = try NginxServer(pages: TestPages.site) else { return }
            base = nginx.base
            #expect(try library.add([base + "/moved"]).lines == ["saved  Alpha story  (\(library.pages)/Alpha story.html)"])
            // As typed (in another spelling), and as the final address of the redirect.
            let again = try library.add([base.uppercased().replacingOccurrences(of: "HTTP://", with: "http://") + "/moved#top", base + "/a.html"])
            #expect(again.status == 0)
            #expect(again.lines == Array(repeating: "exists  Alpha story  (\(library.pages)/Alpha story.html)", count: 2))
            #expect(nginx.accessLog.count == 2, "only the first run fetched: \(nginx.accessLog)")
        }
        // The server is gone: what is saved still answers.
        let offline = try library.add([base + "/a.html"])
        #expect(offline.status == 0)
        #expect(offline.lines == ["exists  Alpha story  (\(library.pages)/Alpha story.html)"])
        library.expectExactly(["Alpha story.html"])
    }

    @Test("pages with the same title get unique names; an address given twice is fetched once")
    func uniqueNames() throws {
        guard let nginx = try NginxServer(pages: ["one.html": TestPages.alpha, "two.html": TestPages.alpha, "odd.html": TestPages.article("../.hidden: a/b?")]) else { return }
        let library = try AddLibrary()
        let run = try library.add([nginx.base + "/one.html", nginx.base + "/two.html", nginx.base + "/one.html", nginx.base + "/odd.html"])
        #expect(run.status == 0, "\(run.errors)")
        library.expectExactly(["Alpha story.html", "Alpha story 2.html", "hidden a b.html"])
        #expect(run.lines.filter { $0.hasPrefix("saved  Alpha story  (") }.count == 2)
        #expect(run.lines.filter { $0.hasPrefix("exists  Alpha story  (") }.count == 1)
        #expect(nginx.accessLog.filter { $0.contains("/one.html") }.count == 1)
    }

    @Test("--refresh: an unchanged page (304) stays as it is; a changed one replaces the file")
    func refresh() throws {
        guard let nginx = try NginxServer(pages: TestPages.site) else { return }
        let library = try AddLibrary()
        let path = "\(library.pages)/Alpha story.html"
        #expect(try library.add([nginx.base + "/a.html"]).status == 0)
        let unchanged = try library.add(["--refresh", nginx.base + "/a.html"])
        #expect(unchanged.lines == ["exists  Alpha story  (\(path))"])
        #expect(nginx.accessLog.last?.contains(" 304 ") == true, "a conditional request: \(nginx.accessLog)")
        let changed = TestPages.article("Alpha story", "now speaks of tea houses instead")
        try nginx.write("a.html", changed)
        // nginx's ETag is made of the size and the second of the change: make both differ.
        try nginx.write("a.html", changed + "\n<!-- changed -->\n")
        let refreshed = try library.add(["--refresh", nginx.base + "/a.html"])
        #expect(refreshed.status == 0, "\(refreshed.errors)")
        #expect(refreshed.lines == ["saved  Alpha story  (\(path))"])
        library.expectExactly(["Alpha story.html"])
        #expect(String(decoding: library.page("Alpha story.html"), as: UTF8.self).contains("tea houses"))
    }

    @Test("folio add - reads addresses from standard input, skipping blank lines and comments")
    func standardInput() throws {
        guard let nginx = try NginxServer(pages: TestPages.site) else { return }
        let library = try AddLibrary()
        let input = "# reading list\n\n  \(nginx.base)/a.html  \n\t\n# \(nginx.base)/plain.txt\n\(nginx.base)/b.html\n"
        let run = try library.add(["-"], input: Array(input.utf8))
        #expect(run.status == 0, "\(run.errors)")
        library.expectExactly(["Alpha story.html", "Beta story.html"])
    }

    @Test("--json: one object per address with url, final_url, status, path, title and error")
    func jsonLines() throws {
        guard let nginx = try NginxServer(pages: TestPages.site) else { return }
        let library = try AddLibrary()
        let run = try library.add(["--json", nginx.base + "/moved", nginx.base + "/missing.html"])
        #expect(run.status == 2)
        let objects = try run.lines.map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        let byURL = Dictionary(uniqueKeysWithValues: objects.map { ($0["url"] as? String ?? "", $0) })
        let saved = try #require(byURL[nginx.base + "/moved"])
        #expect(saved["status"] as? String == "saved")
        #expect(saved["final_url"] as? String == nginx.base + "/a.html")
        #expect(saved["path"] as? String == "\(library.pages)/Alpha story.html")
        #expect(saved["title"] as? String == "Alpha story")
        #expect(saved["error"] is NSNull)
        let failed = try #require(byURL[nginx.base + "/missing.html"])
        #expect(failed["status"] as? String == "failed")
        #expect(failed["error"] as? String == "HTTP 404 Not Found")
        #expect(failed["path"] is NSNull)
        #expect(run.errors == "folio: \(nginx.base)/missing.html: HTTP 404 Not Found\n")
    }

    @Test("a feed is not saved: the error points to folio feed add; an image is not an article")
    func notArticles() throws {
        guard let nginx = try NginxServer(pages: TestPages.site) else { return }
        let library = try AddLibrary()
        let run = try library.add([nginx.base + "/feed.rss", nginx.base + "/image.png", nginx.base + "/a.html"])
        #expect(run.status == 2)
        let errors = Set(run.errors.split(separator: "\n").map(String.init))
        #expect(errors == [
            "folio: \(nginx.base)/feed.rss: a feed, not an article: subscribe to it with `folio feed add URL`",
            "folio: \(nginx.base)/image.png: not an article (image/png)",
        ])
        library.expectExactly(["Alpha story.html"])
    }

    @Test("folio add URL with ./add present adds the page")
    func addsWithAddress() throws {
        guard let nginx = try NginxServer(pages: TestPages.site) else { return }
        let folder = try ScratchFolder()
        try folder.file("add/a.txt", "A file in a folder named add.\n")
        let library = try AddLibrary()
        let command = "cd \(TmuxSession.quote(folder.path)) && exec \(TmuxSession.quote(FolioBinary.path)) add \(nginx.base)/a.html"
        let run = try FolioBinary.run(["-c", command], executable: "/bin/sh", environment: library.environment)
        #expect(run.status == 0, "\(run.errors)")
        library.expectExactly(["Alpha story.html"])
    }
}
