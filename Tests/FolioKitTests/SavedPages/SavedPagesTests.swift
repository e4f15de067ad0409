import Foundation
import Testing

@testable import FolioKit

/// The home library's files: where it is, page names, records, atomic writes, lookups.
@Suite struct SavedPagesTests {
    private let root = NSTemporaryDirectory() + "folio-saved-\(UUID().uuidString)"

    private var library: HomeLibrary { HomeLibrary(folder: root + "/data/folio") }

    private func record(_ url: String, final: String? = nil, title: String = "A title") -> SavedPageRecord {
        SavedPageRecord(
            url: url, finalURL: final ?? url, fetched: Date(timeIntervalSince1970: 1_700_000_000), title: title,
            contentType: "text/html", etag: "\"e1\"")
    }

    private func entries(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    @Test("$XDG_DATA_HOME/folio, else ~/.local/share/folio; a relative XDG_DATA_HOME is ignored")
    func location() {
        #expect(HomeLibrary(environment: ["XDG_DATA_HOME": "/d/", "HOME": "/h"])?.folder == "/d/folio")
        #expect(HomeLibrary(environment: ["XDG_DATA_HOME": "rel", "HOME": "/h"])?.folder == "/h/.local/share/folio")
        #expect(HomeLibrary(environment: ["HOME": "/h/"])?.pages.path == "/h/.local/share/folio/pages")
        #expect(HomeLibrary(environment: ["HOME": "h"]) == nil)
    }

    @Test("the library and its pages folder are made with mode 0700")
    func privateFolders() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try library.create()
        for folder in [library.folder, library.pages.path] {
            var status = stat()
            #expect(stat(folder, &status) == 0)
            #expect(status.st_mode & 0o777 == 0o700, "\(folder)")
        }
    }

    @Test("file names from titles: safe, readable, never hidden, never too long", arguments: [
        ("Putin: peace talks?", "Putin peace talks"), ("a/b\\c", "a b c"), ("../../etc/passwd", "etc passwd"),
        ("  .hidden  ", "hidden"), ("-rf *", "rf"), ("tab\tand\nnewline", "tab and newline"),
        ("bidi \u{202E}txt.exe", "bidi txt.exe"), ("esc \u{1B}[31mred", "esc [31mred"), ("", "Untitled"),
        ("?::", "Untitled"), ("Café « crème »", "Café « crème »"), ("ends with dots...", "ends with dots"),
    ])
    func stems(title: String, stem: String) {
        #expect(SavedPageName.stem(forTitle: title) == stem)
    }

    @Test("a long title is cut at a character boundary")
    func longTitle() {
        let stem = SavedPageName.stem(forTitle: String(repeating: "日本語", count: 100))
        #expect(stem.utf8.count <= SavedPageName.maximumStemBytes)
        #expect(stem.utf8.count > SavedPageName.maximumStemBytes - 4)
        #expect(stem.allSatisfy { "日本語".contains($0) })
    }

    @Test("addresses in one form: case, default port, empty path, fragment; no scheme is https")
    func addresses() {
        #expect(PageAddress("HTTPS://Example.ORG:443#top")?.text == "https://example.org/")
        #expect(PageAddress("http://example.org:80/a?b=1#c")?.text == "http://example.org/a?b=1")
        #expect(PageAddress("example.org/news")?.text == "https://example.org/news")
        #expect(PageAddress("http://example.org:8080/")?.hostAndPort == "example.org:8080")
        #expect(PageAddress("file:///etc/passwd")?.isWeb == false)
        #expect(PageAddress("not an address") == nil)
        #expect(PageAddress("http:///nohost") == nil)
        let base = PageAddress("https://example.org/a/b.html")
        #expect(base.flatMap { PageAddress("../c.html", relativeTo: $0) }?.text == "https://example.org/c.html")
        #expect(base.flatMap { PageAddress("file:///etc/passwd", relativeTo: $0) }?.scheme == "file")
    }

    @Test("a page is kept with its record beside it, hidden; the same title gets a new name")
    func addPages() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try library.create()
        let pages = library.pages
        let first = try pages.add(Array("<p>one</p>".utf8), record: record("https://a.example/1"), fileExtension: "html")
        let second = try pages.add(Array("<p>two</p>".utf8), record: record("https://a.example/2"), fileExtension: "html")
        #expect(first == pages.path + "/A title.html")
        #expect(second == pages.path + "/A title 2.html")
        #expect(entries(pages.path) == [".A title 2.html.json", ".A title.html.json", "A title 2.html", "A title.html"])
        #expect(FileManager.default.contents(atPath: first) == Data("<p>one</p>".utf8))
        let found = pages.pages().sorted { $0.path < $1.path }
        #expect(found.map(\.path) == [second, first])
        #expect(found.last?.record == record("https://a.example/1"))
    }

    @Test("a record reads back; it matches its address as typed and as final")
    func records() throws {
        let kept = record("https://a.example/1", final: "https://b.example/final")
        let text = String(decoding: kept.json(), as: UTF8.self)
        #expect(text.contains("\"final_url\" : \"https://b.example/final\""))
        #expect(text.contains("\"fetched\" : \"2023-11-14T22:13:20Z\""))
        #expect(SavedPageRecord(json: kept.json()) == kept)
        #expect(SavedPageRecord(json: Array("{}".utf8)) == nil)
        #expect(kept.matches(PageAddress("https://A.example/1#x")!))
        #expect(kept.matches(PageAddress("https://b.example/final")!))
        #expect(!kept.matches(PageAddress("https://a.example/2")!))
    }

    @Test("a page whose record is missing, and a record whose page is missing, are not listed")
    func orphans() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try library.create()
        let pages = library.pages
        let page = try pages.add([0x61], record: record("https://a.example/1"), fileExtension: "txt")
        try Data("b".utf8).write(to: URL(fileURLWithPath: pages.path + "/Loose.txt"))
        try Data(record("https://a.example/3").json()).write(to: URL(fileURLWithPath: pages.path + "/.Gone.txt.json"))
        #expect(pages.pages().map(\.path) == [page])
        // A name held by a stray record is not reused.
        let next = try pages.add([0x62], record: record("https://a.example/4", title: "Gone"), fileExtension: "txt")
        #expect(next == pages.path + "/Gone 2.txt")
    }

    @Test("replacing keeps the name and swaps page and record")
    func replace() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try library.create()
        let pages = library.pages
        let page = try pages.add([0x61], record: record("https://a.example/1"), fileExtension: "txt")
        var newer = record("https://a.example/1", title: "New title")
        newer.etag = "\"e2\""
        try pages.replace(page, with: [0x62], record: newer)
        #expect(FileManager.default.contents(atPath: page) == Data([0x62]))
        #expect(pages.pages() == [SavedPage(path: page, record: newer)])
    }

    @Test("a file takes its name whole: never replacing unless asked, leaving no temporary file")
    func atomicWrites() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let path = root + "/file.txt"
        try TemporaryFile([1, 2], in: root, for: path).commit(to: path, replacing: false)
        #expect(throws: SaveError.exists(path: path)) { try TemporaryFile([3], in: root, for: path).commit(to: path, replacing: false) }
        #expect(FileManager.default.contents(atPath: path) == Data([1, 2]))
        try TemporaryFile([3], in: root, for: path).commit(to: path, replacing: true)
        #expect(FileManager.default.contents(atPath: path) == Data([3]))
        #expect(entries(root) == ["file.txt"])
        #expect(throws: SaveError.self) { try TemporaryFile([1], in: root + "/missing", for: root + "/missing/x") }
    }

    @Test("a page prepared and dropped unnamed leaves nothing behind")
    func preparedAndDropped() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try library.create()
        do {
            let prepared = try library.pages.prepare([0x61], record: record("https://a.example/1"))
            #expect(entries(library.pages.path).count == 2, "the page and its record, hidden, waiting")
            _ = prepared
        }
        #expect(entries(library.pages.path) == [])
    }

    @Test("temporary files of ended processes are cleared; a live process's stay")
    func staleTemporaryFiles() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        // pid 2^22 + 1 is above Linux's largest pid: no such process.
        let stale = root + "/\(AtomicFile.temporaryPrefix)4194305-7", live = root + "/\(AtomicFile.temporaryPrefix)1-7"
        for path in [stale, live] { try Data([0]).write(to: URL(fileURLWithPath: path)) }
        AtomicFile.removeStale(in: root)
        #expect(entries(root) == [(live as NSString).lastPathComponent])
    }
}
