import Foundation
import TestCorpus
import TestFiles
import Testing

/// The state database from the command line: `search --index` builds and reads the full-text
/// index, `--no-state` writes nothing, a damaged database is moved aside. Every test keeps its
/// state in a scratch `XDG_STATE_HOME`. (What the reader keeps between runs is tested
/// in-process, without a terminal: `FolioAppTests`.)
@Suite("state database from the command line", .serialized)
struct StateBetweenRunsTests {
    /// Every file under `folder`, recursively.
    static func files(under folder: String) -> [String] {
        (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String]) ?? []
    }

    @Test("search --index --no-state finds what a scan finds and writes nothing")
    func noState() throws {
        let library = try LibraryFixtures.threeArticles(), state = try ScratchFolder()
        let scan = try FolioBinary.run(["search", "-w", "-c", "bravo", library.path])
        let search = try FolioBinary.run(
            ["search", "--index", "--no-state", "-w", "-c", "bravo", library.path], environment: ["XDG_STATE_HOME": state.path])
        #expect(search.text == scan.text)
        #expect(Self.files(under: state.path).isEmpty, "nothing written under XDG_STATE_HOME")
    }

    @Test("search --index finds exactly the hits and counts of a full scan, building the index on the way")
    func indexedSearch() throws {
        let state = try ScratchFolder()
        let environment = ["XDG_STATE_HOME": state.path]
        let corpus = try SharedCorpus.path(".")
        for (query, styles) in [("nato", [["-c"], []]), ("the children", [["-c"]]), ("zzyzx", [["-c"]])] {
            for style in styles {
                let scan = try FolioBinary.run(["search", "-w"] + style + [query, corpus], environment: environment)
                let indexed = try FolioBinary.run(["search", "--index", "-w"] + style + [query, corpus], environment: environment)
                #expect(indexed.text == scan.text, "\(query) \(style)")
                #expect(indexed.status == scan.status)
            }
        }
        #expect(Self.files(under: state.path).contains("folio/library.sqlite"))
    }

    @Test("a damaged state database is moved aside with one warning, and folio goes on")
    func damagedDatabase() throws {
        let library = try LibraryFixtures.threeArticles(), state = try ScratchFolder()
        try state.file("folio/library.sqlite", String(repeating: "not a database ", count: 400))
        let scan = try FolioBinary.run(["search", "-w", "-c", "bravo", library.path])
        let run = try FolioBinary.run(["search", "--index", "-w", "-c", "bravo", library.path], environment: ["XDG_STATE_HOME": state.path])
        #expect(run.text == scan.text)
        #expect(run.status == 0)
        #expect(run.errors.split(separator: "\n").count == 1)
        #expect(run.errors.hasPrefix("folio: state database was damaged; moved it to "), "one line, one prefix: \(run.errors)")
        #expect(Self.files(under: state.path).contains { $0.hasPrefix("folio/library.sqlite.damaged-") })
    }
}
