import FolioKit
import FolioUI
import Foundation
import Testing

@testable import FolioApp

/// An all-articles search lists its results in the reader's list, with the wiring's hit counts
/// and the full-text index's rank.
@Suite("search results in a session")
struct SearchResultsTests {
    /// Ten Markdown articles: three about whales (one in its title), seven notes.
    static func library() throws -> TestLibrary {
        let library = try TestLibrary()
        try library.articles.file("songs.md", "# Whale songs\n\nRecordings of one whale at sea.\n")
        try library.articles.file("diary.md", "# Diary\n\nA whale, another whale, a third whale and the last whale.\n")
        try library.articles.file("boats.md", "# Boats\n\nWhalers and their boats, and whales.\n")
        for number in 0..<7 { try library.articles.file("note-\(number).md", "# Note \(number)\n\nNothing of interest here.\n") }
        return library
    }

    /// The titles the list shows, top to bottom, without marks and counts.
    static func titles(_ reader: HeadlessReader) -> [String] {
        stride(from: 0, to: reader.listRows.count, by: 2).compactMap { row in
            let text = reader.listRows[row].trimmingCharacters(in: CharacterSet(charactersIn: " ▌●"))
            return text.isEmpty ? nil : text.components(separatedBy: "  ").first
        }
    }

    @Test("a whole-word search lists its articles by the index's rank, a substring search by hits; Esc gives the library back")
    func rankedResults() throws {
        let library = try Self.library()
        let reader = try library.start()
        try reader.waitFor("the library read") { $0.contains("10 articles") && !$0.contains("indexing") }
        reader.press(.character("j"), .character("j"))
        let selected = reader.state.list.selected
        reader.type("/")
        reader.press(.control("o"))
        reader.type("whale")
        reader.press(.enter)
        try reader.waitFor("the ranked results") { $0.contains("2 of 10 articles · by rank") && !$0.contains("searching") }
        #expect(Self.titles(reader) == ["Whale songs", "Diary"], "the title weighs most: \(reader.text)")
        #expect(reader.statusLine.hasSuffix("/whale 6 hits in 2 articles"))
        reader.type("/")
        reader.press(.control("o"))
        reader.type("whale")
        reader.press(.enter)
        try reader.waitFor("the results by hits") { $0.contains("3 of 10 articles · by rank") && !$0.contains("searching") }
        #expect(Self.titles(reader).first == "Diary")
        reader.press(.escape)
        try reader.waitFor("10 articles · by date")
        #expect(reader.state.list.selected == selected)
        #expect(reader.statusLine.hasSuffix("/whale 8 hits in 3 articles"))
        withExtendedLifetime(library) {}
    }
}
