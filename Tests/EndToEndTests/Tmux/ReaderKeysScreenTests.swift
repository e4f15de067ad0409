import Foundation
import Testing

/// Keys whose effect only a terminal shows: the screen's real size, repainting after other
/// programs wrote to the terminal, and Ctrl-C in the search bar.
@Suite("reader keys in tmux", .serialized)
struct ReaderKeysScreenTests {
    /// The seed's last words.
    static let seedEnd = "European security dynamics."

    /// Row `index` of a captured screen, without the spaces at its ends ("" past the end).
    static func row(_ screen: String, _ index: Int) -> String {
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        return rows.indices.contains(index) ? rows[index].trimmingCharacters(in: .whitespaces) : ""
    }

    /// A plain-text article of `count` numbered paragraphs in a folder of its own (removed by
    /// the caller), longer than any screen the tests use.
    static func longArticle(paragraphs count: Int) throws -> (folder: String, file: String) {
        let folder = NSTemporaryDirectory() + "folio-long-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let body = (1...count).map { "Paragraph \($0) of the long article." }.joined(separator: "\n\n")
        let file = folder + "/long.txt"
        try ("A long article\n\n" + body + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        return (folder, file)
    }

    @Test("at 120×40, G puts the seed's last line on the last row above the status line, and k moves at once")
    func bottomAt120x40() throws {
        let tmux = try TmuxSession(command: ReaderScreenTests.folio(ReaderScreenTests.seed), width: 120, height: 40)
        defer { tmux.kill() }
        try tmux.waitFor("Putin’s Conditions for Peace Talks")
        try tmux.send("G")
        let screen = try tmux.waitFor("the last line on row 38") { screen in
            Self.row(screen, 38).hasSuffix(Self.seedEnd) && Self.row(screen, 39).hasSuffix("Bot")
        }
        // The row above shows the line before the last: nothing empty below the end.
        #expect(Self.row(screen, 37).hasSuffix("trajectory of relations between Russia and"))
        // The status line names the section of the top line, not the last on the screen.
        #expect(Self.row(screen, 39).hasPrefix("§ 2/5 Putin’s Stance and Demands"))
        try tmux.send("k")
        try tmux.waitFor("one line up") { screen in
            Self.row(screen, 38).hasSuffix("trajectory of relations between Russia and") && Self.row(screen, 39).hasSuffix("%")
        }
    }

    @Test("at 200×60 and 80×24, G and paging down end on the last screenful of a long article")
    func bottomAtOtherSizes() throws {
        let (folder, file) = try Self.longArticle(paragraphs: 120)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (width, height, key) in [(200, 60, "G"), (80, 24, "G"), (200, 60, "NPage")] {
            let tmux = try TmuxSession(command: ReaderScreenTests.folio(file), width: width, height: height)
            defer { tmux.kill() }
            try tmux.waitFor("Paragraph 1 of the long article.")
            for _ in 0..<(key == "G" ? 1 : 12) { try tmux.send(key) }
            try tmux.waitFor("\(key) at \(width)×\(height): the last paragraph on the last row") { screen in
                Self.row(screen, height - 2).hasSuffix("Paragraph 120 of the long article.")
                    && Self.row(screen, height - 1).hasSuffix("Bot")
            }
        }
    }

    @Test("Ctrl-L repaints the screen: text another program wrote to the terminal goes")
    func redrawClearsJunk() throws {
        let tmux = try TmuxSession(command: ReaderScreenTests.folio(ReaderScreenTests.seed), width: 120, height: 40)
        defer { tmux.kill() }
        try tmux.waitFor("Putin’s Conditions for Peace Talks")
        let clean = try tmux.waitFor("the status line") { $0.contains("§ 1/5") }
        // Another program writes over folio's screen, as `wall` or a background job would.
        let tty = try tmux.format("#{pane_tty}")
        let handle = try #require(FileHandle(forWritingAtPath: tty))
        handle.write(Data("\u{1B}[6;50HJUNK FROM ELSEWHERE\u{1B}[20;3HMORE JUNK".utf8))
        try handle.close()
        try tmux.waitFor("JUNK FROM ELSEWHERE")
        try tmux.send("C-l")
        let repainted = try tmux.waitFor("the junk gone") { !$0.contains("JUNK") }
        #expect(repainted == clean)
    }

    @Test("Ctrl-C in the search bar cancels the search and folio goes on; Ctrl-C outside it quits")
    func controlCCancelsSearch() throws {
        let script = "\(ReaderScreenTests.folio(ReaderScreenTests.seed)); echo FOLIO-EXITED $?; sleep 30"
        let tmux = try TmuxSession(command: "sh -c \(TmuxSession.quote(script))", width: 120, height: 40)
        defer { tmux.kill() }
        try tmux.waitFor("Putin’s Conditions for Peace Talks")
        try tmux.send("/")
        try tmux.send("minsk", literal: true)
        try tmux.waitFor("the search bar with a hit") { Self.row($0, 38).hasPrefix("/minsk") && $0.contains("1/1") }
        try tmux.send("C-c")
        // The bar is gone, no hit is counted, and the view is back at the top.
        let screen = try tmux.waitFor("the search cancelled") { screen in
            !screen.contains("minsk") && Self.row(screen, 39).hasSuffix("Top")
        }
        #expect(!screen.contains("FOLIO-EXITED"))
        try tmux.send("j")
        try tmux.waitFor("a key after the cancel moves the view") { Self.row($0, 39).hasSuffix("%") }
        try tmux.send("C-c")
        try tmux.waitFor("FOLIO-EXITED 0")
    }
}
