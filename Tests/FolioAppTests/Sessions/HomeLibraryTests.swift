import FolioApp
import FolioKit
import FolioUI
import Foundation
import TestFiles
import TestServers
import Testing

/// `folio` with no PATH opens the home library; `a` saves a web page into it, and so does `a` in
/// the links popup, fetched from a real nginx on loopback while keys keep answering.
@Suite("the home library in the reader")
struct HomeLibraryTests {
    /// Starts the reader with no PATH on `library`'s home library.
    private func startHome(_ library: TestLibrary, width: Int = 120) throws -> HeadlessReader {
        try library.start([], width: width)
    }

    /// Saves a page as `folio add` would have: the page, and its record beside it.
    private func savePage(_ name: String, title: String, in library: TestLibrary) throws {
        let folder = SavedPageFolder(library.pages)
        try HomeLibrary(folder: library.home.path + "/data/folio").create()
        let record = SavedPageRecord(url: "http://example.org/" + name, finalURL: "http://example.org/" + name, fetched: Date(), title: title)
        _ = try folder.add(Array(TestPages.article(title).utf8), record: record, fileExtension: "html")
    }

    @Test("An empty home library opens the bundled samples, and the status line says how to add an article")
    func emptyHomeLibrary() throws {
        let library = try TestLibrary()
        let reader = try startHome(library)
        try reader.waitFor("Welcome to folio")
        #expect(reader.statusLine.contains("No saved articles yet: press a to add a URL, or run folio add URL"), "\(reader.statusLine)")
    }

    @Test("folio with no PATH opens the pages saved in the home library, not the samples")
    func savedPagesOpen() throws {
        let library = try TestLibrary()
        try savePage("a", title: "Alpha story", in: library)
        try savePage("b", title: "Beta story", in: library)
        let reader = try startHome(library)
        try reader.waitFor("both pages listed") { $0.contains("Alpha story") && $0.contains("Beta story") }
        #expect(!reader.text.contains("Putin"), "no sample")
        #expect(!reader.text.contains("No saved articles yet"))
        #expect(reader.text.contains("2 articles"))
    }

    @Test("a, an address and Enter: the reader answers at once with saving…, then the page is in the list, selected")
    func addPage() throws {
        guard let nginx = try NginxServer(pages: TestPages.site) else { return }
        let library = try TestLibrary.threeArticles()
        let reader = try library.start()
        try reader.waitFor("Charlie article")
        reader.type("a")
        try reader.waitFor("Save URL:")
        reader.type(nginx.base + "/a.html")
        reader.press(.enter)
        // Enter came back before the page did: the fetch runs in the background.
        #expect(reader.state.address.saving == [nginx.base + "/a.html"])
        #expect(reader.statusLine.contains("saving \(nginx.base)/a.html"), "\(reader.statusLine)")
        #expect(reader.statusLine.contains("saving 1 page…"), "\(reader.statusLine)")
        reader.type("j")  // keys keep answering meanwhile
        try reader.waitFor("the page saved") { $0.contains("saved  Alpha story") }
        let selected = try #require(reader.state.list.selected.flatMap { reader.state.entries[$0] })
        #expect(selected.title == "Alpha story")
        #expect(selected.source == .file(library.pages + "/Alpha story.html"))
        #expect(FileManager.default.fileExists(atPath: library.pages + "/Alpha story.html"))
        #expect(reader.text.contains("4 articles"))
        #expect(!reader.statusLine.contains("saving"))
        // It opens as any article does.
        reader.press(.enter)
        try reader.waitFor("The body paragraph talks about café culture")
    }

    @Test("An address saved before is not fetched again: its article is selected, with exists")
    func addExisting() throws {
        guard let nginx = try NginxServer(pages: TestPages.site) else { return }
        let library = try TestLibrary()
        let reader = try startHome(library)
        for expected in ["saved  Beta story", "exists  Beta story"] {
            reader.type("a")
            reader.type(nginx.base + "/b.html")
            reader.press(.enter)
            try reader.waitFor(expected)
        }
        #expect(nginx.accessLog.filter { $0.contains("/b.html") }.count == 1, "\(nginx.accessLog)")
        #expect(reader.state.entries.filter { $0.title == "Beta story" }.count == 1)
        #expect(reader.state.list.selected.flatMap { reader.state.entries[$0]?.title } == "Beta story")
    }

    @Test("A page that cannot be saved says why on the status line, in folio add's words")
    func addFails() throws {
        guard let nginx = try NginxServer(pages: TestPages.site) else { return }
        let library = try TestLibrary.threeArticles()
        let reader = try library.start()
        try reader.waitFor("Charlie article")
        for (path, reason) in [("/status/410", "HTTP 410 Gone"), ("/image.png", "not an article (image/png)")] {
            reader.type("a")
            reader.type(nginx.base + path)
            reader.press(.enter)
            try reader.waitFor("the failure") { _ in reader.state.address.saving.isEmpty }
            #expect(reader.statusLine.contains("\(nginx.base)\(path): \(reason)"), "\(reader.statusLine)")
            #expect(reader.state.message?.isError == true)
        }
        #expect(reader.state.entries.count == 3)
        #expect((try? FileManager.default.contentsOfDirectory(atPath: library.pages))?.filter { !$0.hasPrefix(".") } == [])
    }

    @Test("A pasted address goes into the bar as one line; Esc closes the bar and saves nothing")
    func pasteAndCancel() throws {
        let library = try TestLibrary.threeArticles()
        let reader = try library.start()
        try reader.waitFor("Charlie article")
        reader.type("a")
        reader.press(.paste("http://example.invalid/one\n"))
        #expect(reader.state.address.field.text == "http://example.invalid/one")
        #expect(reader.lines[reader.lines.count - 2].hasPrefix("Save URL: http://example.invalid/one"))
        reader.press(.escape)
        #expect(!reader.state.address.isEditing)
        #expect(reader.state.address.saving.isEmpty)
        #expect(!reader.text.contains("Save URL:"))
    }

    @Test("a in the links popup saves the selected link's page into the home library instead of opening it")
    func saveLink() throws {
        guard let nginx = try NginxServer(pages: TestPages.site) else { return }
        let library = try TestLibrary()
        try library.articles.file("links.md", "# Links page\n\nRead [the beta story](\(nginx.base)/b.html) and [write](mailto:a@example.org).\n")
        let reader = try library.start()
        try reader.waitFor("Read the beta story")
        reader.type("L")
        try reader.waitFor("Links — Enter opens, a saves, digits select, q closes")
        reader.type("a")
        #expect(reader.statusLine.contains("saving \(nginx.base)/b.html"), "\(reader.statusLine)")
        try reader.waitFor("saved  Beta story")
        #expect(reader.state.list.selected.flatMap { reader.state.entries[$0]?.title } == "Beta story")
        #expect(FileManager.default.fileExists(atPath: library.pages + "/Beta story.html"))
        // A mailto: link is no page to save.
        reader.type("j")
        reader.type("a")
        #expect(reader.statusLine.contains("Not saving link 2: not a web page"), "\(reader.statusLine)")
    }
}
