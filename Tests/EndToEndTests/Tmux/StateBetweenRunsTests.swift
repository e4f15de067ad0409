import Foundation
import TestProcesses
import TestCorpus
import Testing

/// The state database as a user meets it: what was read, where, and which article was open
/// come back on the next start; `--no-state` writes nothing; an unchanged file is not parsed
/// again. Every test keeps its state in a scratch `XDG_STATE_HOME`.
@Suite("reading state between runs", .serialized)
struct StateBetweenRunsTests {
    /// A Markdown article: a lead, then three long sections (so a section can be at the top).
    static func article(_ title: String) -> String {
        var text = "# \(title)\n\nThe lead of \(title.lowercased()).\n\n"
        for heading in ["Second part", "Third part", "Fourth part"] {
            text += "## \(heading)\n\n"
            for number in 1...12 {
                text += "Paragraph \(number) of the \(heading.lowercased()) in \(title.lowercased()), long enough to wrap "
                text += "over more than one line of the reader at any width a test uses.\n\n"
            }
        }
        return text
    }

    /// Three articles in a folder.
    static func library() throws -> ScratchFolder {
        let folder = try ScratchFolder()
        for name in ["Alpha", "Bravo", "Charlie"] { try folder.file("\(name.lowercased()).md", article("\(name) article")) }
        return folder
    }

    static func folio(_ arguments: String...) -> String {
        ([FolioBinary.path] + arguments).map(TmuxSession.quote).joined(separator: " ")
    }

    /// The list rows of a side-by-side screen (left of the `│`).
    static func listRows(_ screen: String) -> [String] {
        screen.split(separator: "\n").compactMap { line in line.firstIndex(of: "│").map { String(line[..<$0]) } }
    }

    /// True when the list shows `title` with the unread mark.
    static func isUnread(_ title: String, on screen: String) -> Bool {
        listRows(screen).contains { $0.contains("● \(title)") }
    }

    /// Every file under `folder`, recursively.
    static func files(under folder: String) -> [String] {
        (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String]) ?? []
    }

    /// Waits until folio has quit: its session (and the session's tmux server) is gone.
    static func waitForExit(_ tmux: TmuxSession) throws {
        if eventually(every: 0.05, { (try? tmux.capture()) == nil }) { return }
        throw TmuxError.timeout(what: "folio to quit", screen: (try? tmux.capture()) ?? "")
    }

    @Test("quit and start again: the read marks, the position and the open article are back")
    func reopen() throws {
        let library = try Self.library(), state = try ScratchFolder()
        let environment = ["XDG_STATE_HOME": state.path]
        do {
            let tmux = try TmuxSession(command: Self.folio(library.path), environment: environment)
            defer { tmux.kill() }
            try tmux.waitFor("Charlie article")
            try tmux.send("s")  // by title: Alpha, Bravo, Charlie
            try tmux.send("j", "Enter")
            try tmux.waitFor("The lead of bravo article")
            try tmux.send("]", "]")
            try tmux.waitFor("§ 3/4 Third part")
            try tmux.send("q")
            try Self.waitForExit(tmux)
        }
        let tmux = try TmuxSession(command: Self.folio(library.path), environment: environment)
        defer { tmux.kill() }
        let screen = try tmux.waitFor("the reader back at the third part") {
            $0.contains("§ 3/4 Third part") && $0.contains("Charlie article")
        }
        #expect(Self.isUnread("Alpha article", on: screen))
        #expect(!Self.isUnread("Bravo article", on: screen), "the article read keeps its read mark")
        #expect(Self.isUnread("Charlie article", on: screen))
        #expect(Self.files(under: state.path).contains("folio/library.sqlite"))
    }

    @Test("a library bigger than the first screenful lists every file in the end, and its last article opens again")
    func bigLibrary() throws {
        let library = try ScratchFolder(), state = try ScratchFolder()
        // 300 files in three folders: more than folio lists before the first paint.
        for number in 0..<300 {
            let name = String(format: "%03d", number)
            try library.file("part\(number / 100)/n\(name).md", "# Article \(name)\n\nThe text of article \(name).\n")
        }
        let environment = ["XDG_STATE_HOME": state.path]
        do {
            let tmux = try TmuxSession(command: Self.folio(library.path), environment: environment)
            defer { tmux.kill() }
            try tmux.waitFor("all 300 listed and read") { $0.contains("300 articles") && !$0.contains("indexing") }
            try tmux.send("s")  // by title: Article 000 … Article 299
            try tmux.send("G", "Enter")
            try tmux.waitFor("The text of article 299")
            try tmux.send("q")
            try Self.waitForExit(tmux)
        }
        let tmux = try TmuxSession(command: Self.folio(library.path), environment: environment)
        defer { tmux.kill() }
        try tmux.waitFor("The text of article 299")
        // Back to the list, at its top: the first file, found after the article, is listed too.
        try tmux.send("h", "g")
        let screen = try tmux.waitFor("the list's first article") {
            Self.listRows($0).first?.contains("Article 000") == true
        }
        #expect(screen.contains("The text of article 299"), "the article stays open in the reader")
        tmux.kill()
        // Another folder, without that article: its list opens, nothing else.
        let other = try TmuxSession(command: Self.folio(library.path + "/part0"), environment: environment)
        defer { other.kill() }
        let list = try other.waitFor("the other folder's list") { $0.contains("100 articles") && !$0.contains("listing") }
        #expect(Self.listRows(list).first?.contains("Article") == true)
        #expect(!list.contains("The text of article 299"))
    }

    @Test("a small folder new to folio shows its titles at the first paint, not its file names")
    func smallFolderTitlesAtOnce() throws {
        let library = try Self.library(), state = try ScratchFolder()
        let tmux = try TmuxSession(command: Self.folio(library.path), environment: ["XDG_STATE_HOME": state.path])
        defer { tmux.kill() }
        // The first screen with a list row on it, not a settled one: names would show first.
        var screen = ""
        try eventually(every: 0.002) {
            screen = try tmux.capture()
            return screen.contains("●")
        }
        #expect(Self.isUnread("Alpha article", on: screen), "\(screen)")
        #expect(!screen.contains("alpha"), "no file name in the list")
        // What was read is kept for the next start: "a second start takes an unchanged file
        // from the catalog" below starts from this path too.
        try tmux.send("q")
        try Self.waitForExit(tmux)
    }

    @Test("a state folder that cannot be made: the list paints, and the status line says the state is not saved")
    func stateFolderInTheWay() throws {
        let library = try Self.library(), state = try ScratchFolder()
        try state.file("folio", "a file where folio's state folder would go")
        let tmux = try TmuxSession(command: Self.folio(library.path), environment: ["XDG_STATE_HOME": state.path])
        defer { tmux.kill() }
        try tmux.waitFor("the list and the warning") {
            $0.contains("Charlie article") && $0.contains("reading state will not be saved")
        }
        try tmux.send("q")
        try Self.waitForExit(tmux)
    }

    @Test("--no-state opens, reads and quits without writing a file")
    func noState() throws {
        let library = try Self.library(), state = try ScratchFolder()
        let tmux = try TmuxSession(command: Self.folio("--no-state", library.path), environment: ["XDG_STATE_HOME": state.path])
        defer { tmux.kill() }
        try tmux.waitFor("Charlie article")
        try tmux.send("Enter")
        try tmux.waitFor("§ 1/4")
        try tmux.send("]", "m", "'")
        try tmux.waitFor("Bookmarks")
        try tmux.send("q", "q")
        try Self.waitForExit(tmux)
        let scan = try FolioBinary.run(["search", "-w", "-c", "bravo", library.path])
        let search = try FolioBinary.run(
            ["search", "--index", "--no-state", "-w", "-c", "bravo", library.path], environment: ["XDG_STATE_HOME": state.path])
        #expect(search.text == scan.text)
        #expect(Self.files(under: state.path).isEmpty, "nothing written under XDG_STATE_HOME")
    }

    @Test("a second start takes an unchanged file from the catalog without parsing it")
    func unchangedNotParsed() throws {
        let library = try Self.library(), state = try ScratchFolder()
        let environment = ["XDG_STATE_HOME": state.path]
        let path = library.path + "/alpha.md"
        do {
            let tmux = try TmuxSession(command: Self.folio(library.path), environment: environment)
            defer { tmux.kill() }
            try tmux.waitFor("the titles read in the background") { $0.contains("Alpha article") && !$0.contains("indexing") }
            try tmux.send("q")
            try Self.waitForExit(tmux)
        }
        // The same size and modification time, other words: only a parse would see them.
        var before = stat()
        #expect(stat(path, &before) == 0)
        try library.file("alpha.md", Self.article("Delta article"))
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        let tmux = try TmuxSession(command: Self.folio(library.path), environment: environment)
        defer { tmux.kill() }
        let screen = try tmux.waitFor("Alpha article")
        #expect(!screen.contains("indexing"), "nothing to read in the background")
        #expect(!screen.contains("Delta article"))
        // R finds nothing changed either; opening the file reads it as it is now.
        try tmux.send("R", "s", "Enter")
        try tmux.waitFor("The lead of delta article")
    }

    @Test("R picks up a file added and a file removed while folio runs")
    func rescan() throws {
        let library = try Self.library()
        let tmux = try TmuxSession(command: Self.folio(library.path))
        defer { tmux.kill() }
        try tmux.waitFor("the titles read in the background") { $0.contains("Charlie article") && !$0.contains("indexing") }
        try library.file("echo.md", Self.article("Echo article"))
        try FileManager.default.removeItem(atPath: library.path + "/charlie.md")
        try tmux.send("R")
        let screen = try tmux.waitFor("the new file in, the removed one out") {
            $0.contains("Echo article") && !$0.contains("Charlie article")
        }
        #expect(screen.contains("3 articles"))
    }

    @Test("searching all articles in the reader counts what folio search counts, words through the index too")
    func librarySearch() throws {
        let library = try Self.library()
        try library.file("delta.md", "# Delta article\n\nThe bravos and a bravo-like word, then Bravo.\n")
        for (keys, arguments) in [([String](), ["-c"]), (["C-o"], ["-c", "-w"])] {
            let expected = try #require(try FolioBinary.run(["search"] + arguments + ["bravo", library.path]).lines.last)
            let tmux = try TmuxSession(command: Self.folio(library.path))
            defer { tmux.kill() }
            try tmux.waitFor("the titles read in the background") { $0.contains("Delta article") && !$0.contains("indexing") }
            try tmux.send("/")
            for key in keys { try tmux.send(key) }
            try tmux.send("bravo", literal: true)
            try tmux.send("Enter")
            try tmux.waitFor(expected)
        }
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
        let library = try Self.library(), state = try ScratchFolder()
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
