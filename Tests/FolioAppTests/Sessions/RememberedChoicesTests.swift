import FolioApp
import Foundation
import Testing

/// What the user chooses inside folio stays for the next start (the theme picked with `T`, the
/// sort order, the searches typed), a theme given on the command line wins for its run only,
/// and a read-only state database is read and said to be read-only once. In-process.
@Suite("remembered choices")
struct RememberedChoicesTests {
    /// Runs a session of the reader on `library` with `theme`, does `body`, and quits with `q`.
    static func run(_ library: TestLibrary, theme: String? = nil, _ body: (HeadlessReader) throws -> Void) throws {
        let reader = try library.start(theme: theme)
        // The status line counts the articles, unless a message about the state takes it.
        try reader.waitFor("the list") {
            $0.contains("Charlie article") && ($0.contains("3 articles") || $0.contains("the state database is"))
        }
        try body(reader)
        reader.type("q")
        #expect(reader.hasQuit)
    }

    @Test("T's theme and the sort order come back; --theme wins for its run and is not kept")
    func themeAndSortStay() throws {
        let library = try TestLibrary.threeArticles()
        try Self.run(library) { reader in
            reader.type("T")
            try reader.waitFor("Theme: ansi")
            reader.type("s")
            try reader.waitFor("Sorted by title")
        }
        try Self.run(library) { reader in
            try reader.waitFor("by title")
            #expect(reader.state.theme.name == "ansi")
            // By title: Alpha first.
            #expect(reader.listRows.first?.contains("Alpha article") == true)
        }
        try Self.run(library, theme: "monochrome") { reader in
            try reader.waitFor("by title")
            #expect(reader.state.theme.name == "monochrome")
        }
        // ansi is still the theme kept: the next one after it is dark.
        try Self.run(library) { reader in
            reader.type("T")
            try reader.waitFor("Theme: dark")
        }
        // --theme was in force for its run: the next one after monochrome is nord.
        try Self.run(library, theme: "monochrome") { reader in
            reader.type("T")
            try reader.waitFor("Theme: nord")
        }
    }

    @Test("a read-only state database is read, said so once, and left as it was")
    func readOnlyDatabase() throws {
        let library = try TestLibrary.threeArticles()
        try Self.run(library) { reader in
            reader.type("s")
            try reader.waitFor("Sorted by title")
        }
        chmod(library.database, 0o444)
        let before = try Data(contentsOf: URL(fileURLWithPath: library.database))
        try Self.run(library) { reader in
            // The state is read (the sort order kept), and the status line says it is not saved.
            try reader.waitFor("the state database is read-only: reading state is read but not saved")
            // Once the message has gone (at the next key), the list's summary shows the sort kept.
            reader.type("k")
            try reader.waitFor("by title")
            // Reading, marking, bookmarking: no second message about the state.
            reader.press(.enter)
            try reader.waitFor("The lead of alpha article")
            reader.type("]")
            try reader.waitFor("§ 2/4")
            reader.type("m")
            try reader.waitFor("The state database is read-only: bookmarks are not saved")
            #expect(!reader.text.contains("Reading state not saved"))
            reader.press(.escape)
            reader.type("s")
            try reader.waitFor("Sorted by date")
            #expect(!reader.text.contains("Reading state not saved"))
        }
        var status = stat()
        #expect(stat(library.database, &status) == 0 && status.st_mode & 0o777 == 0o444)
        #expect(try Data(contentsOf: URL(fileURLWithPath: library.database)) == before)
    }

    @Test("a query searched in one run is recalled by Up in the next, from what begins it")
    func searchHistory() throws {
        let library = try TestLibrary()
        try library.articles.file("one.md", "# One\n\nThe summit in Geneva.\n")
        try library.articles.file("two.md", "# Two\n\nNATO met again.\n")
        for query in ["geneva", "summit", "nato"] {
            let reader = try library.start()
            try reader.waitFor("2 articles")
            reader.type("/" + query)
            reader.press(.enter)
            #expect(!reader.state.search.isEditing, "the search kept")
            reader.type("q")
        }
        let reader = try library.start()
        try reader.waitFor("2 articles")
        reader.type("/s")
        reader.press(.up)
        try reader.waitFor("the query that begins with s") { _ in Self.bar(reader).hasPrefix("/summit") }
        reader.press(.control("u"), .up)
        try reader.waitFor("the newest query") { _ in Self.bar(reader).hasPrefix("/nato") }
        reader.press(.up)
        try reader.waitFor("the one before") { _ in Self.bar(reader).hasPrefix("/summit") }
    }

    /// The search bar's row: the one above the status line.
    static func bar(_ reader: HeadlessReader) -> String {
        let lines = reader.lines
        return lines.count > 1 ? lines[lines.count - 2] : ""
    }
}
