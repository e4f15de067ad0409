import Foundation
import TestFiles
import Testing

/// A steady list in the terminal: while folio reads and indexes a library of 10,000 new files,
/// rows come and are sorted again by date all the time, and the article the user selected
/// stays selected on its screen row in every frame drawn.
@Suite("a steady list in tmux", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct SteadyListScreenTests {
    /// 10,000 short plain-text articles dated at random over 25 years, each file named as its
    /// title: a row's title is the same before and after its file is read.
    static func library() throws -> ScratchFolder {
        let folder = try ScratchFolder()
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                      "November", "December"]
        var random = SystemRandomNumberGenerator()
        for number in 0..<10_000 {
            let title = "Article " + String(number + 100_000).dropFirst()
            let date = "\(months.randomElement(using: &random) ?? "May") \(Int.random(in: 1...28, using: &random)), "
                + "\(Int.random(in: 2000...2024, using: &random))"
            _ = try folder.file("\(title).txt", "\(title)\n\nby A. Writer\nPublished: \(date)\n\nA few words of text.\n")
        }
        return folder
    }

    /// The list's selected row on a screen captured with its styles (drawn reversed), and its
    /// title.
    static func selection(_ screen: String) -> (row: Int, title: String)? {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        guard let row = lines.firstIndex(where: { $0.hasPrefix("\u{1B}[7m") }) else { return nil }
        let text = lines[row].replacing(/\x{1B}\[[0-9;]*m/, with: "")
        return (row, String(text.prefix { $0 != "│" }).trimmingCharacters(in: CharacterSet(charactersIn: " ●")))
    }

    @Test("while 10,000 files are read and indexed, the selected article stays selected on its screen row")
    func steadyWhileIndexing() throws {
        let folder = try Self.library()
        let tmux = try TmuxSession(command: ReaderScreenTests.folio(folder.path), width: 120, height: 40)
        defer { tmux.kill() }
        try tmux.waitFor(timeout: 60, "the first paint") { $0.contains("Article 0") }
        for _ in 0..<5 { try tmux.send("j") }
        let start = try tmux.waitFor(timeout: 30, escapes: true, "the sixth row selected") { Self.selection($0)?.row == 10 }
        let chosen = try #require(Self.selection(start)).title
        #expect(start.contains("indexing") || start.contains("listing files"), "the test starts while the library is read")
        var frames = 0
        var moved: [String] = []
        try tmux.waitFor(timeout: 900, escapes: true, "the library read") { screen in
            frames += 1
            let selection = Self.selection(screen)
            if selection?.row != 10 || selection?.title != chosen {
                moved.append(selection.map { "row \($0.row): \($0.title)" } ?? "no selection")
            }
            return !screen.contains("indexing") && !screen.contains("listing files")
        }
        #expect(moved.isEmpty, "\(chosen) on row 10 moved in \(moved.count) of \(frames) screens: \(moved.prefix(5))")
        #expect(frames > 10, "many screens were looked at while the library was read")
        let end = try tmux.capture(escapes: true)
        #expect(Self.selection(end)?.row == 10 && Self.selection(end)?.title == chosen)
    }
}
