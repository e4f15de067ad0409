import FolioApp
import FolioUI
import Foundation
import TestFiles
import Testing

/// The state database as a user meets it, each run a whole session in-process: what was read,
/// where, and which article was open come back on the next start; `--no-state` writes nothing;
/// an unchanged file is not parsed again. Every test keeps its state in a folder of its own.
@Suite("reading state between runs")
struct ReadingStateTests {
    @Test("quit and start again: the read marks, the position and the open article are back")
    func reopen() throws {
        let library = try TestLibrary.threeArticles()
        do {
            let reader = try library.start()
            try reader.readBravoAtThirdPart()
            reader.type("q")
            #expect(reader.hasQuit)
        }
        let reader = try library.start()
        try reader.waitFor("the reader back at the third part") { $0.contains("§ 3/4 Third part") && $0.contains("Charlie article") }
        #expect(reader.isUnread("Alpha article"))
        #expect(!reader.isUnread("Bravo article"), "the article read keeps its read mark")
        #expect(reader.isUnread("Charlie article"))
        #expect(FileManager.default.fileExists(atPath: library.database))
    }

    @Test("a library bigger than the first screenful lists every file in the end, and its last article opens again")
    func bigLibrary() throws {
        let library = try TestLibrary()
        // 300 files in three folders: more than folio lists before the first paint.
        for number in 0..<300 {
            let name = String(format: "%03d", number)
            try library.articles.file("part\(number / 100)/n\(name).md", "# Article \(name)\n\nThe text of article \(name).\n")
        }
        do {
            let reader = try library.start()
            try reader.waitFor("all 300 listed and read") { $0.contains("300 articles") && !$0.contains("indexing") }
            reader.type("s")  // by title: Article 000 … Article 299
            reader.press(.character("G"), .enter)
            try reader.waitFor("The text of article 299")
            reader.type("q")
        }
        do {
            let reader = try library.start()
            try reader.waitFor("The text of article 299")
            // Back to the list, at its top: the first file, found after the article, is listed too.
            reader.type("hg")
            try reader.waitFor("the list's first article") { _ in reader.listRows.first?.contains("Article 000") == true }
            #expect(reader.text.contains("The text of article 299"), "the article stays open in the reader")
            reader.quit()
        }
        // Another folder, without that article: its list opens, nothing else.
        let other = try library.start([library.articles.path + "/part0"])
        try other.waitFor("the other folder's list") { $0.contains("100 articles") && !$0.contains("listing") }
        #expect(other.listRows.first?.contains("Article") == true)
        #expect(!other.text.contains("The text of article 299"))
    }

    @Test("a small folder new to folio shows its titles at the first paint, not its file names")
    func smallFolderTitlesAtOnce() throws {
        let library = try TestLibrary.threeArticles()
        // The first screen: no idle tick yet, so nothing from the background.
        let reader = try library.start()
        #expect(reader.isUnread("Alpha article"), "\(reader.text)")
        #expect(!reader.text.contains("alpha"), "no file name in the list")
        // The background reading started above ends before the session goes (else its store
        // outlives the test, and LeakSanitizer reports it).
        #expect(reader.settle())
    }

    @Test("a state folder that cannot be made: the list paints, and the status line says the state is not saved")
    func stateFolderInTheWay() throws {
        let library = try TestLibrary.threeArticles()
        try library.home.file("state/folio", "a file where folio's state folder would go")
        let reader = try library.start()
        try reader.waitFor("the list and the warning") { $0.contains("Charlie article") && $0.contains("reading state will not be saved") }
    }

    @Test("--no-state opens, reads, bookmarks and quits without writing a file")
    func noState() throws {
        let library = try TestLibrary.threeArticles()
        let reader = try library.start(keepsState: false)
        try reader.waitFor("Charlie article")
        reader.press(.enter)
        try reader.waitFor("§ 1/4")
        reader.type("]m'")
        try reader.waitFor("Bookmarks")
        reader.type("qq")
        #expect(reader.hasQuit)
        #expect(library.home.contents.isEmpty, "nothing written under the state folder")
    }

    @Test("a second start takes an unchanged file from the catalog without parsing it; opening it reads it as it is")
    func unchangedNotParsed() throws {
        let library = try TestLibrary.threeArticles()
        let path = library.articles.path + "/alpha.md"
        do {
            let reader = try library.start()
            try reader.waitFor("the titles read in the background") { $0.contains("Alpha article") && !$0.contains("indexing") }
            #expect(reader.settle(), "what was read kept in the catalog")
            reader.type("q")
        }
        // The same size and modification time, other words: only a parse would see them.
        var before = stat()
        #expect(stat(path, &before) == 0)
        try library.articles.file("alpha.md", LibraryFixtures.article("Delta article"))
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        let reader = try library.start()
        try reader.waitFor("Alpha article")
        #expect(!reader.text.contains("indexing"), "nothing to read in the background")
        #expect(!reader.text.contains("Delta article"))
        // R finds nothing changed either; opening the file reads it as it is now.
        reader.type("R")
        try reader.waitFor("Rescanned: nothing changed")
        reader.type("s")
        reader.press(.enter)
        try reader.waitFor("The lead of delta article")
    }
}
