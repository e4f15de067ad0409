import FolioApp
import Foundation
import TestFiles
import Testing

/// `R` while folio runs, in-process: files added, changed and removed are picked up.
@Suite("rescans")
struct RescanTests {
    @Test("R picks up a file added and a file removed while folio runs; what was selected stays selected")
    func addedAndRemoved() throws {
        let library = try TestLibrary.threeArticles()
        let reader = try library.start()
        try reader.waitFor("the titles read in the background") { $0.contains("Charlie article") && !$0.contains("indexing") }
        reader.type("s")  // by title: Alpha, Bravo, Charlie
        reader.type("j")
        let selected = reader.state.list.selected
        try library.articles.file("echo.md", LibraryFixtures.article("Echo article"))
        try library.articles.remove("alpha.md")
        reader.type("R")
        try reader.waitFor("the new file in, the removed one out") {
            $0.contains("Echo article") && !$0.contains("Alpha article") && $0.contains("Rescanned")
        }
        #expect(reader.statusLine.contains("Rescanned: 1 new, 1 removed"), "\(reader.statusLine)")
        #expect(reader.text.contains("3 articles"))
        #expect(reader.state.list.selected == selected, "Bravo stays selected")
        #expect(selected.flatMap { reader.state.entries[$0]?.title } == "Bravo article")
    }

    @Test("R on the open article whose file is gone: it stays open until folio ends, and the list drops it")
    func openArticleGone() throws {
        let library = try TestLibrary.threeArticles()
        let reader = try library.start()
        try reader.waitFor("the titles read in the background") { $0.contains("Charlie article") && !$0.contains("indexing") }
        reader.type("s")
        reader.press(.enter)
        try reader.waitFor("The lead of alpha article")
        try library.articles.remove("alpha.md")
        reader.type("R")
        try reader.waitFor("the error") { $0.contains("Cannot open") }
        #expect(reader.text.contains("The lead of alpha article"), "the article stays on the screen")
        try reader.waitFor("the rescan done") { _ in !reader.state.isRescanning }
        #expect(reader.state.entries.count == 3, "kept while it is open")
    }
}
