import Foundation
import Testing

/// What the user chooses inside folio stays for the next start (the theme picked with `T`, the
/// sort order), a theme given on the command line wins for its run only, a theme that cannot
/// be loaded is an error before the screen opens, and a read-only state database is read and
/// said to be read-only once.
@Suite("remembered choices", .serialized)
struct RememberedChoicesTests {
    /// Runs folio on `library` with `options` in tmux (state in `state`), does `body`, quits
    /// with `q` and waits for the end.
    static func run(
        _ library: ScratchFolder, state: ScratchFolder, _ options: [String] = [], _ body: (TmuxSession) throws -> Void
    ) throws {
        let command = ([FolioBinary.path] + options + [library.path]).map(TmuxSession.quote).joined(separator: " ")
        let tmux = try TmuxSession(command: command, environment: ["XDG_STATE_HOME": state.path])
        defer { tmux.kill() }
        // The status line counts the articles, unless a message about the state takes it.
        try tmux.waitFor("the list") {
            $0.contains("Charlie article") && ($0.contains("3 articles") || $0.contains("the state database is"))
        }
        try body(tmux)
        try tmux.send("q")
        try StateBetweenRunsTests.waitForExit(tmux)
    }

    @Test("T's theme and the sort order come back; --theme wins for its run and is not kept")
    func themeAndSortStay() throws {
        let library = try StateBetweenRunsTests.library(), state = try ScratchFolder()
        try Self.run(library, state: state) { tmux in
            try tmux.send("T")
            try tmux.waitFor("Theme: ansi")
            try tmux.send("s")
            try tmux.waitFor("Sorted by title")
        }
        try Self.run(library, state: state) { tmux in
            let screen = try tmux.waitFor("by title")
            // By title: Alpha first.
            #expect(StateBetweenRunsTests.listRows(screen).first?.contains("Alpha article") == true)
        }
        try Self.run(library, state: state, ["--theme", "monochrome"]) { tmux in
            try tmux.waitFor("by title")
        }
        // ansi is still the theme kept: the next one after it is dark.
        try Self.run(library, state: state) { tmux in
            try tmux.send("T")
            try tmux.waitFor("Theme: dark")
        }
        // --theme was in force for its run: the next one after monochrome is nord.
        try Self.run(library, state: state, ["--theme", "monochrome"]) { tmux in
            try tmux.send("T")
            try tmux.waitFor("Theme: nord")
        }
    }

    @Test("an unknown theme is one error line before the screen opens, exit status 2")
    func unknownThemeBeforeTheScreen() throws {
        let library = try StateBetweenRunsTests.library()
        let folio = [FolioBinary.path, "--theme", "nosuch", library.path].map(TmuxSession.quote).joined(separator: " ")
        let tmux = try TmuxSession(command: "sh -c \(TmuxSession.quote("\(folio); echo \"rc=$?\"; sleep 60"))")
        defer { tmux.kill() }
        let screen = try tmux.waitFor("folio's exit") { $0.contains("rc=") }
        // The one line (wrapped by the terminal), at the top of the screen, then the status.
        let text = screen.replacingOccurrences(of: "\n", with: "")
        #expect(text.hasPrefix("folio: theme: no theme named \"nosuch\" (themes: default, ansi,"), "\(screen)")
        #expect(text.contains("solarized-light)rc=2"), "\(screen)")
        #expect(!screen.contains("Alpha article"), "the list never showed")
    }

    @Test("a read-only state database is read, said so once, and left as it was")
    func readOnlyDatabase() throws {
        let library = try StateBetweenRunsTests.library(), state = try ScratchFolder()
        try Self.run(library, state: state) { tmux in
            try tmux.send("s")
            try tmux.waitFor("Sorted by title")
        }
        let database = state.path + "/folio/library.sqlite"
        chmod(database, 0o444)
        let before = try Data(contentsOf: URL(fileURLWithPath: database))
        try Self.run(library, state: state) { tmux in
            // The state is read (the sort order kept), and the status line says it is not saved.
            try tmux.waitFor("the warning") { $0.contains("the state database is read-only: reading state is read but not saved") }
            // Once the message has gone (at the next key), the list's summary shows the sort kept.
            try tmux.send("k")
            try tmux.waitFor("by title")
            // Reading, marking, bookmarking: no second message about the state.
            try tmux.send("Enter")
            try tmux.waitFor("The lead of alpha article")
            try tmux.send("]")
            try tmux.waitFor("§ 2/4")
            try tmux.send("m")
            let screen = try tmux.waitFor("The state database is read-only: bookmarks are not saved")
            #expect(!screen.contains("Reading state not saved"), "\(screen)")
            try tmux.send("Escape", "s")
            #expect(try !tmux.waitFor("Sorted by date").contains("Reading state not saved"))
        }
        var status = stat()
        #expect(stat(database, &status) == 0 && status.st_mode & 0o777 == 0o444)
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
    }
}
