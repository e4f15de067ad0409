import Foundation
import TestProcesses
import Testing

/// The command line says what is wrong, as the user typed it: a bad width, an option typed
/// with one dash, an empty query, a theme that cannot be loaded; and it accepts what the other
/// commands accept (`dump --no-state`).
@Suite struct CommandLineFaultsTests {
    static let article = "Title\n\nThe peace talks went on for a long time.\n"

    @Test("dump --width -5 says the width is wrong, not that it is missing")
    func negativeWidth() throws {
        let folder = try ScratchFolder()
        let file = try folder.file("a.txt", Self.article)
        let run = try FolioBinary.run(["dump", "--width", "-5", file])
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix("folio: Error: --width must be at least 10, not -5.\n"), "\(run.errors)")
        #expect(!run.errors.contains("Missing value"))
        #expect(run.output.isEmpty)
    }

    @Test("an option typed with one dash is named whole: -escalate, not -a", arguments: [
        ["search", "-escalate", "peace"], ["-escalate"], ["dump", "-width", "40"],
    ])
    func singleDashOption(arguments: [String]) throws {
        let folder = try ScratchFolder()
        let file = try folder.file("a.txt", Self.article)
        let run = try FolioBinary.run(arguments + [file])
        let word = try #require(arguments.first { $0.hasPrefix("-") })
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix("folio: Error: Unknown option '\(word)' (long options start with --)\nUsage: folio "), "\(run.errors)")
        // Real short flags still cluster.
        #expect(try FolioBinary.run(["search", "-wc", "peace", file]).text == "\(file):1\n1 hit in 1 article\n")
    }

    @Test("dump accepts --no-state like the other commands")
    func dumpNoState() throws {
        let folder = try ScratchFolder()
        let file = try folder.file("a.txt", Self.article)
        let run = try FolioBinary.run(["dump", "--no-state", file])
        #expect(run.status == 0)
        #expect(run.text.contains("The peace talks went on"))
    }

    @Test("an empty query says why it finds nothing: a usage error, exit status 2")
    func emptyQuery() throws {
        let folder = try ScratchFolder()
        let file = try folder.file("a.txt", Self.article)
        for arguments in [["search", "", file], ["search", "--regex", "", file]] {
            let run = try FolioBinary.run(arguments)
            #expect(run.status == 2)
            #expect(run.errors.hasPrefix("folio: Error: The query is empty: give the word, phrase or pattern to find.\n"), "\(run.errors)")
            #expect(run.output.isEmpty)
        }
    }

    @Test("a hit in a web page names the line its paragraph starts on, for an editor to jump to")
    func htmlHitsHaveLineNumbers() throws {
        let folder = try ScratchFolder()
        let page = try folder.file("page.html", """
            <!DOCTYPE html>
            <html><head><title>Rivers</title></head>
            <body><article>
            <h1>Rivers</h1>
            <p>The first paragraph talks about
            the Danube, long enough to be a paragraph of the article and more.</p>

            <h2>The Rhine</h2>
            <p>
              The Rhine flows north through many towns, long enough to count as text.
            </p>
            </article></body></html>

            """)
        let run = try FolioBinary.run(["search", "--color", "never", "danube|rhine|rivers", "--regex", page])
        #expect(run.status == 0)
        #expect(run.lines == [
            "\(page):2: Rivers",
            "\(page):5: The first paragraph talks about the Danube, long enough to be a paragraph of the article and more.",
            "\(page):8: [The Rhine] The Rhine",
            "\(page):10: [The Rhine] The Rhine flows north through many towns, long enough to count as text.",
        ])
        let json = try FolioBinary.run(["search", "--json", "Rhine", page])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output)) as? [String: Any])
        let hits = try #require((object["results"] as? [[String: Any]])?.first?["hits"] as? [[String: Any]])
        #expect(hits.map { $0["line"] as? Int } == [8, 10])
        #expect(hits.allSatisfy { $0["column"] is NSNull }, "the column is not known")
    }

    @Test("an unknown theme, or a theme file that cannot be read, is one error line and exit status 2", arguments: [
        "nosuch", "/nonexistent/theme.toml", "BROKEN",
    ])
    func badTheme(theme: String) throws {
        let folder = try ScratchFolder()
        let file = try folder.file("a.txt", Self.article)
        let broken = try folder.file("broken.toml", "[styles]\n\"list\" = { fg = \"blurple\" }\n")
        let run = try FolioBinary.run(["--theme", theme == "BROKEN" ? broken : theme, file])
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix("folio: theme"), "\(run.errors)")
        #expect(run.errors.split(separator: "\n").count == 1, "\(run.errors)")
        #expect(run.output.isEmpty)
    }

    @Test("a FIFO in the theme folder is skipped with a note; folio themes does not fail")
    func fifoInThemeFolder() throws {
        let config = try ScratchFolder()
        try FileManager.default.createDirectory(atPath: config.path + "/folio/themes", withIntermediateDirectories: true)
        #expect(mkfifo(config.path + "/folio/themes/pipe.toml", 0o600) == 0)
        try config.file("folio/themes/mine.toml", "[styles]\n\"list\" = { fg = \"green\" }\n")
        let run = try FolioBinary.run(["themes"], environment: ["XDG_CONFIG_HOME": config.path])
        #expect(run.status == 0)
        #expect(run.text.contains("mine"))
        #expect(!run.text.contains("pipe"))
        #expect(run.errors == "folio: theme '\(config.path)/folio/themes/pipe.toml' skipped: not a regular file\n")
    }

    @Test("a state database error is said once, with one folio: prefix")
    func stateErrorHasOnePrefix() throws {
        guard let sqlite = ["/usr/bin/sqlite3", "/bin/sqlite3"].first(where: FileManager.default.isExecutableFile) else {
            Issue.record("sqlite3 is missing: the state database could not be made to fail")
            return
        }
        let folder = try ScratchFolder(), state = try ScratchFolder()
        let file = try folder.file("a.txt", Self.article)
        // A database folio opens, whose catalog refuses every new row.
        #expect(try FolioBinary.run(["search", "--word", "--index", "peace", file], environment: ["XDG_STATE_HOME": state.path]).status == 0)
        let database = state.path + "/folio/library.sqlite"
        let trigger = "CREATE TRIGGER refuse BEFORE INSERT ON catalog BEGIN SELECT RAISE(ABORT, 'refused by a test'); END;"
        let child = try ChildProcess(sqlite, [database, "DELETE FROM catalog; DELETE FROM text_doc; \(trigger)"])
        #expect(child.wait(timeout: generousDeadline) == 0)
        let run = try FolioBinary.run(["search", "--word", "--index", "peace", file], environment: ["XDG_STATE_HOME": state.path])
        #expect(run.status == 0)
        #expect(run.errors.hasPrefix("folio: state database error: "), "\(run.errors)")
        #expect(run.errors.hasSuffix("; searching every file\n"), "\(run.errors)")
        #expect(run.errors.split(separator: "\n").count == 1 && !run.errors.contains("folio: folio:"), "\(run.errors)")
        #expect(run.text.contains("peace"))
    }

    @Test("search --index on a read-only state database: one warning, every hit, nothing written")
    func indexOnReadOnlyDatabase() throws {
        let folder = try ScratchFolder(), state = try ScratchFolder()
        let first = try folder.file("a.txt", Self.article)
        #expect(try FolioBinary.run(["search", "--word", "--index", "peace", first], environment: ["XDG_STATE_HOME": state.path]).status == 0)
        try folder.file("b.txt", "Another\n\nMore peace, in a file the index has never seen.\n")
        let database = state.path + "/folio/library.sqlite"
        chmod(database, 0o444)
        let before = try Data(contentsOf: URL(fileURLWithPath: database))
        let run = try FolioBinary.run(["search", "--word", "--index", "--count", "peace", folder.path], environment: ["XDG_STATE_HOME": state.path])
        #expect(run.status == 0)
        #expect(run.text.hasSuffix("2 hits in 2 articles\n"), "\(run.text)")
        #expect(run.errors == "folio: the state database is read-only: reading state is read but not saved ('\(database)')\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
    }
}
