import FolioKit
import FolioStore
import FolioUI
import Foundation
import Testing

@testable import FolioApp

/// The articles the reader opens, as far as the first paint goes: listed, looked up in the
/// catalog, read at once when there are few; and read again when opened.
@Suite("Library")
struct LibraryTests {
    /// A session on `paths` with the library's state database.
    static func session(_ library: TestLibrary, _ paths: [String]) -> LibrarySession {
        LibrarySession(opening: StoreOpening(environment: library.environment, keepsState: true), paths: paths)
    }

    /// `count` small articles in the library's folder, `n000.md` and on.
    static func articles(_ count: Int, in library: TestLibrary) throws -> [String] {
        try (0..<count).map { try library.articles.file(String(format: "n%03d.md", $0), "# Article \($0)\n\nText \($0).\n") }
    }

    @Test("the bundled samples: one entry each, read, named by their file")
    func samples() {
        let samples = Library.samples()
        #expect(samples.entries.count == BundledSamples.all.count)
        #expect(samples.entries.map(\.source) == BundledSamples.all.map { .sample($0.name) })
        #expect(samples.entries.allSatisfy { $0.article != nil && !$0.isOnDisk })
        #expect(samples.entries.first?.source.name == "samples/\(BundledSamples.all[0].name)")
    }

    @Test("the first paint lists the first 64 files of a big folder; a list shows unless standard input is among the paths")
    func listing() throws {
        let library = try TestLibrary()
        let files = try Self.articles(100, in: library)
        let big = Library.list([library.articles.path])
        #expect(big.files == Array(files.prefix(Library.listedBeforePaint)))
        #expect(big.showsList && !big.walk.isFinished)
        #expect(!Library.list([files[0]]).showsList, "one file opens in the reader")
        let withInput = Library.list([library.articles.path, "-"])
        #expect(!withInput.showsList)
        #expect(withInput.files.count == 101, "every file is listed when standard input is read first")
        #expect(!Library.list([library.articles.path + "/none"]).showsList, "a path that cannot be opened is said first")
        #expect(big.mayHold(StorePath.key(files[99])) && !big.mayHold("/elsewhere/n000.md"))
    }

    @Test("a lone file is read before the first paint and kept for the catalog; one that cannot be read is an error")
    func loneFile() throws {
        let library = try TestLibrary()
        let file = try library.articles.file("one.md", "# The only one\n\nIts text.\n")
        let opened = Library.open(Library.list([file]), session: Self.session(library, [file]), readPaths: [])
        #expect(opened.entries.map(\.title) == ["The only one"])
        #expect(opened.entries.first?.article != nil && opened.entries.first?.isOnDisk == true)
        #expect(opened.readings.map(\.catalog?.title) == ["The only one"])
        #expect(opened.walk == nil && opened.stale.isEmpty && opened.errors.isEmpty)
        let missing = library.articles.path + "/none.md"
        let failed = Library.open(Library.list([missing]), session: Self.session(library, [missing]), readPaths: [])
        #expect(failed.entries.isEmpty)
        #expect(failed.errors.map(\.path) == [missing])
    }

    @Test("a small folder new to the catalog is read before the first paint; a bigger one is listed by name and read later")
    func smallAndBig() throws {
        let small = try TestLibrary()
        let files = try Self.articles(3, in: small)
        let read = Library.open(Library.list([small.articles.path]), session: Self.session(small, []), readPaths: [StorePath.key(files[1])])
        #expect(read.entries.map(\.title) == ["Article 0", "Article 1", "Article 2"])
        #expect(read.entries.map(\.isUnread) == [true, false, true])
        #expect(read.stale.isEmpty && read.readings.count == 3)

        let big = try TestLibrary()
        _ = try Self.articles(Library.readBeforePaint + 1, in: big)
        let listed = Library.open(Library.list([big.articles.path]), session: Self.session(big, []), readPaths: [])
        #expect(listed.entries.map(\.title) == (0...Library.readBeforePaint).map { String(format: "n%03d", $0) })
        #expect(listed.stale.count == Library.readBeforePaint + 1 && listed.readings.isEmpty)
    }

    @Test("the walk goes on past the first screenful to the article open at the last quit")
    func throughTheLastArticle() throws {
        let library = try TestLibrary()
        let files = try Self.articles(100, in: library)
        let listing = Library.list([library.articles.path])
        let opened = Library.open(listing, session: Self.session(library, []), readPaths: [], through: StorePath.key(files[90]))
        #expect(opened.entries.contains { $0.source == .file(files[90]) })
        let elsewhere = Library.open(Library.list([library.articles.path]), session: Self.session(library, []), readPaths: [], through: "/elsewhere/x.md")
        #expect(elsewhere.entries.count == Library.listedBeforePaint)
    }

    @Test("opening reads a file again as it is now; standard input, samples and feed items keep what was read")
    func load() throws {
        let library = try TestLibrary()
        let file = try library.articles.file("one.md", "# First title\n\nText.\n")
        var entry = LibraryEntry(source: .file(file))
        entry.isOnDisk = true
        try library.articles.file("one.md", "# Second title\n\nText.\n")
        guard case .articleLoaded(_, let article) = Library.load(entry, limit: .standard) else {
            Issue.record("not loaded")
            return
        }
        #expect(article.title == "Second title")
        try library.articles.remove("one.md")
        guard case .loadFailed(_, let reason) = Library.load(entry, limit: .standard) else {
            Issue.record("loaded a file that is gone")
            return
        }
        #expect(reason.contains("no such file"))
        let piped = LibraryEntry(article: PlainTextReader.read(Array("Piped\n\nText.\n".utf8), path: "-"), source: .standardInput)
        #expect(Library.load(piped, limit: .standard) == .articleLoaded(piped.id, try #require(piped.article)))
        let sample = try #require(Library.samples().entries.first)
        #expect(Library.load(sample, limit: .standard) == .articleLoaded(sample.id, try #require(sample.article)))
    }

    @Test("a lone file over a megabyte is listed, and parsed once the screen is up")
    func bigLoneFile() throws {
        let library = try TestLibrary()
        let text = "Big\n\n" + String(repeating: "A paragraph of some length to fill a megabyte.\n\n", count: 24_000)
        let file = try library.articles.file("big.txt", text)
        let opened = Library.open(Library.list([file]), session: Self.session(library, [file]), readPaths: [])
        #expect(opened.entries.count == 1 && opened.entries[0].article == nil && opened.entries[0].isOnDisk)
        #expect(opened.entries[0].title == "big")
    }
}
