import FolioApp
import FolioUI
import Foundation
import Testing

/// Bookmarks as a user keeps them across runs, in-process: `m` sets one where the reader is,
/// `'` lists them in the next run and Enter goes back there.
@Suite("bookmarks between runs")
struct BookmarkTests {
    @Test("m in one run; ' in the next lists it with its article, Enter opens the article at the place, d deletes it")
    func setListOpenDelete() throws {
        let library = try TestLibrary.threeArticles()
        do {
            let reader = try library.start()
            try reader.readBravoAtThirdPart()
            reader.type("m")
            try reader.waitFor("Bookmark set: Third part: Paragraph 1 of the third part")
            reader.type("m")
            try reader.waitFor("Already bookmarked: Third part")
            reader.type("[[")
            reader.press(.character("h"))
            reader.type("q")
        }
        let reader = try library.start()
        try reader.waitFor("§ 1/4")
        reader.type("'")
        try reader.waitFor("Bookmarks (Enter: go, d: delete)")
        #expect(reader.text.contains("Third part: Paragraph 1 of the third part"))
        #expect(reader.text.contains("Bravo article"))
        reader.press(.enter)
        try reader.waitFor("§ 3/4 Third part")
        #expect(reader.text.contains("Bravo article"))
        reader.type("'d")
        try reader.waitFor("Bookmark deleted: Third part")
        reader.type("'")
        try reader.waitFor("No bookmarks yet")
    }

    @Test("a bookmark of an article not among those opened says so instead of opening something else")
    func bookmarkOfAnotherFolder() throws {
        let library = try TestLibrary.threeArticles()
        do {
            let reader = try library.start([library.articles.path + "/alpha.md"])
            try reader.waitFor("The lead of alpha article")
            reader.type("]m")
            try reader.waitFor("Bookmark set")
            reader.type("q")
        }
        let reader = try library.start([library.articles.path + "/bravo.md"])
        try reader.waitFor("The lead of bravo article")
        reader.type("'")
        try reader.waitFor("Bookmarks")
        #expect(reader.text.contains("alpha"), "named by its file")
        reader.press(.enter)
        try reader.waitFor("is not among the articles opened")
        #expect(reader.text.contains("The lead of bravo article"))
    }
}
