import FolioApp
import FolioUI
import Foundation
import Testing

/// Whole sessions with a configuration file: its keys, theme and order in force; choices made
/// with `T` and `s` win over it until its setting changes; `--theme` wins over both; a mistake
/// stops the start. In-process.
@Suite("configuration in sessions")
struct ConfigurationSessionTests {
    /// Writes the library's standard configuration file.
    static func configure(_ library: TestLibrary, _ text: String) throws {
        try library.home.file("config/folio/config.toml", text)
    }

    /// Runs a session, does `body`, and quits.
    static func run(_ library: TestLibrary, theme: String? = nil, _ body: (HeadlessReader) throws -> Void) throws {
        let reader = try library.start(theme: theme)
        try reader.waitFor("Charlie article")
        try body(reader)
        reader.type("Q")
        #expect(reader.hasQuit)
    }

    @Test("the file's keys work, a key it unbinds does nothing, its order is in force")
    func keysAndSettings() throws {
        let library = try TestLibrary.threeArticles()
        try Self.configure(
            library,
            """
            [list]
            sort = "title"
            [keys.reader]
            x = "next-section"
            "]" = "none"
            [keys.list]
            "ctrl-o" = "open"
            """)
        try Self.run(library) { reader in
            // By title: Alpha first, selected.
            #expect(reader.listRows.first?.contains("Alpha article") == true)
            reader.press(.control("o"))
            try reader.waitFor("The lead of alpha article")
            reader.type("]")
            #expect(!reader.text.contains("§ 2/4"))
            reader.type("x")
            try reader.waitFor("§ 2/4")
        }
    }

    @Test("T's theme wins over the file's until the file's theme changes; --theme wins over both")
    func themePrecedence() throws {
        let library = try TestLibrary.threeArticles()
        try Self.configure(library, "theme = \"nord\"\n")
        try Self.run(library) { reader in
            #expect(reader.state.theme.name == "nord")
            reader.type("T")
            try reader.waitFor("Theme: ")
        }
        let picked = try #require(try { () throws -> String? in
            var name: String?
            try Self.run(library) { name = $0.state.theme.name }
            return name
        }())
        #expect(picked != "nord")
        // The picked theme stays while the file says nord, as when it was picked.
        try Self.run(library) { #expect($0.state.theme.name == picked) }
        try Self.run(library, theme: "monochrome") { #expect($0.state.theme.name == "monochrome") }
        // The file changed: it wins now.
        try Self.configure(library, "theme = \"gruvbox\"\n")
        try Self.run(library) { #expect($0.state.theme.name == "gruvbox") }
        try Self.run(library) { #expect($0.state.theme.name == "gruvbox") }
    }

    @Test("s's order wins over the file's until the file's order changes")
    func sortPrecedence() throws {
        let library = try TestLibrary.threeArticles()
        try Self.configure(library, "[list]\nsort = \"title\"\n")
        try Self.run(library) { reader in
            #expect(reader.state.list.sort == .title)
            reader.type("s")
            try reader.waitFor("Sorted by date")
        }
        try Self.run(library) { #expect($0.state.list.sort == .date) }
        try Self.configure(library, "[list]\nsort = \"date\"\n")
        try Self.run(library) { #expect($0.state.list.sort == .date) }
        try Self.configure(library, "")
        try Self.run(library) { #expect($0.state.list.sort == .date) }
    }

    @Test("a mistake in the file stops the start with exit status 2; --no-config reads none")
    func mistakeStops() throws {
        let library = try TestLibrary.threeArticles()
        try Self.configure(library, "[keys.reader]\nx = \"nextsection\"\n")
        #expect(throws: ExitStatus(2)) { _ = try library.start() }
        let options = ReaderOptions(paths: [library.articles.path], configuration: .none)
        let reader = try HeadlessReader(options, environment: library.environment)
        try reader.waitFor("Charlie article")
        reader.quit()
    }
}
