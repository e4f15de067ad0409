import Foundation
import TestServers
import Testing

/// `folio dump` and `folio search` without a PATH read the home library; `--no-state` does not
/// hide it (it is data, not state).
@Suite("dump and search on the home library")
struct HomeLibraryCommandTests {
    /// A home library holding the pages `pages` (file name → text) in `pages/`.
    private func library(_ pages: [String: String]) throws -> AddLibrary {
        let library = try AddLibrary()
        try FileManager.default.createDirectory(atPath: library.pages, withIntermediateDirectories: true)
        for (name, text) in pages { try Data(text.utf8).write(to: URL(fileURLWithPath: library.pages + "/" + name)) }
        return library
    }

    @Test("dump without a PATH prints the home library's pages, with --no-state too")
    func dumpHome() throws {
        let library = try library(["Alpha story.html": TestPages.alpha, "Beta story.html": TestPages.beta])
        for options in [[], ["--no-state"]] {
            let run = try FolioBinary.run(["dump", "--format", "json"] + options, environment: library.environment)
            #expect(run.status == 0, "\(run.errors)")
            #expect(run.errors == "")
            #expect(run.lines.count == 2)
            #expect(run.text.contains("\"title\":\"Alpha story\"") && run.text.contains("\"title\":\"Beta story\""), "\(run.text)")
        }
        // The plain form (no option) too.
        let plain = try FolioBinary.run(["dump"], environment: library.environment)
        #expect(plain.status == 0)
        #expect(plain.text.contains("Alpha story") && plain.text.contains("Beta story"))
    }

    @Test("search without a PATH searches the home library, with --no-state and --index too")
    func searchHome() throws {
        let library = try library(["Alpha story.html": TestPages.alpha, "Beta story.html": TestPages.article("Beta story", "talks of tea")])
        for options in [[], ["--no-state"], ["--no-state", "--index", "-w"]] {
            let run = try FolioBinary.run(["search"] + options + ["café"], environment: library.environment)
            #expect(run.status == 0, "\(options): \(run.errors)")
            #expect(run.lines.count == 1)
            #expect(run.text.hasPrefix(library.pages + "/Alpha story.html:"), "\(run.text)")
        }
        let none = try FolioBinary.run(["search", "nowhere-to-be-found"], environment: library.environment)
        #expect(none.status == 1)
        #expect(none.errors == "")
    }

    @Test("an empty home library: one line on standard error; dump exits 0 and search 1, as for no input")
    func emptyHome() throws {
        // Never made, and made but empty: the same.
        for made in [false, true] {
            let library = made ? try library([:]) : try AddLibrary()
            let line = "folio: the home library (\(library.folder.path)/folio) has no articles yet: add one with folio add URL\n"
            let dump = try FolioBinary.run(["dump"], environment: library.environment)
            #expect(dump.status == 0)
            #expect(dump.output.isEmpty)
            #expect(dump.errors == line)
            let search = try FolioBinary.run(["search", "--no-state", "café"], environment: library.environment)
            #expect(search.status == 1)
            #expect(search.output.isEmpty)
            #expect(search.errors == line)
        }
    }

    @Test("no home library at all (no XDG_DATA_HOME or HOME that is absolute): exit 2, said in one line")
    func noHome() throws {
        let run = try FolioBinary.run(["dump"], environment: ["XDG_DATA_HOME": "", "HOME": "relative"])
        #expect(run.status == 2)
        #expect(run.errors == "folio: no home library: neither XDG_DATA_HOME nor HOME is an absolute path\n")
    }
}
