import FolioApp
import Testing

/// Where `<` and `>` put the divider between the list and the reader stays for the next start,
/// like the theme and the sort order; `--no-state` neither reads nor keeps it. In-process.
@Suite("divider kept")
struct DividerMemoryTests {
    /// The column of the divider on the screen's first row (the list at 120 columns is 37 wide).
    static func divider(_ reader: HeadlessReader) -> Int? {
        reader.lines.first.flatMap { line in line.firstIndex(of: "│").map { line.distance(from: line.startIndex, to: $0) } }
    }

    @Test("> twice and < once move the divider 4 columns right; the next start has it there")
    func kept() throws {
        let library = try TestLibrary.threeArticles()
        try RememberedChoicesTests.run(library) { reader in
            #expect(Self.divider(reader) == 37)
            reader.type(">><")
            try reader.waitFor("List 41 columns, reader 76")
        }
        try RememberedChoicesTests.run(library) { reader in
            #expect(Self.divider(reader) == 41, "the divider where it was left")
        }
        // Without state, the divider starts where the width puts it, and is not kept.
        let unkept = try library.start(keepsState: false)
        try unkept.waitFor("3 articles")
        #expect(Self.divider(unkept) == 37)
        unkept.type("<")
        try unkept.waitFor("List 33 columns, reader 80")
        unkept.type("q")
        #expect(unkept.hasQuit)
        try RememberedChoicesTests.run(library) { reader in
            #expect(Self.divider(reader) == 41)
        }
    }
}
