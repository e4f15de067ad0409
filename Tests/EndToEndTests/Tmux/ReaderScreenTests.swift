import Foundation
import TestCorpus
import Testing

/// The real binary in tmux: keys in, `capture-pane` out.
@Suite("folio in tmux", .serialized)
struct ReaderScreenTests {
    /// The seed article as shipped with folio (a copy of the corpus seed).
    static let seed = PackageRoot.url.appendingPathComponent("Samples/putin-peace-talks.txt").path

    static func folio(_ arguments: String...) -> String {
        ([FolioBinary.path] + arguments).map(TmuxSession.quote).joined(separator: " ")
    }

    /// The first row of the reader's text column: in the side-by-side layout the reader is
    /// right of the `│` separator.
    static func readerRows(_ screen: String) -> [String] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            if let bar = line.firstIndex(of: "│") { return String(line[line.index(after: bar)...]).trimmingCharacters(in: .whitespaces) }
            return line.trimmingCharacters(in: .whitespaces)
        }
    }

    @Test("a lone article opens laid out for the terminal it is shown in: G puts its last line on the last row")
    func openedForTheTerminalsSize() throws {
        let folder = try ScratchFolder()
        var text = "A Long Article\n\n"
        for number in 1...60 { text += "Paragraph \(number) of the article.\n\n" }
        let file = try folder.file("long.txt", text + "The very last paragraph of the article, read to its end.\n")
        let tmux = try TmuxSession(command: Self.folio(file), width: 70, height: 45)
        defer { tmux.kill() }
        try tmux.waitFor("Paragraph 1 of")
        try tmux.send("G")
        // The last screenful: the article's end on the row above the status line.
        let screen = try tmux.waitFor("the end") { $0.contains("Bot") }
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        let status = try #require(rows.lastIndex { $0.contains("Bot") })
        #expect(rows[status - 1] == "The very last paragraph of the article, read to its end.", "the article's last line is on the last row:\n\(screen)")
        #expect(rows[0..<2].contains { $0.hasPrefix("Paragraph") }, "the screen is full of the article's end")
    }

    @Test("the seed opens with its title, byline and date, and the status names the section")
    func seedOpens() throws {
        let tmux = try TmuxSession(command: Self.folio(Self.seed))
        defer { tmux.kill() }
        // Waits for the status line too: under load the screen can be caught half drawn.
        let screen = try tmux.waitFor("the seed and its status line") {
            $0.contains("Putin’s Conditions for Peace Talks") && $0.contains(" § ")
        }
        #expect(screen.contains("by Kimberly"))
        #expect(screen.contains("June 15, 2024"))
        #expect(screen.contains("§ 1/5"))
    }

    @Test("] brings “Putin’s Stance and Demands” to the top of the reader")
    func nextSection() throws {
        let tmux = try TmuxSession(command: Self.folio(Self.seed))
        defer { tmux.kill() }
        try tmux.waitFor("Putin’s Conditions for Peace Talks")
        try tmux.send("]")
        let screen = try tmux.waitFor("heading at the top") {
            Self.readerRows($0).first?.hasPrefix("Putin’s Stance and Demands") == true
        }
        #expect(screen.contains("§ 2/5 Putin’s Stance and Demands"))
    }

    @Test("/nato Enter highlights every NATO with a counter; n advances it")
    func searchHighlights() throws {
        let tmux = try TmuxSession(command: Self.folio(Self.seed))
        defer { tmux.kill() }
        try tmux.waitFor("Putin’s Conditions for Peace Talks")
        try tmux.send("/")
        try tmux.send("nato", literal: true)
        try tmux.send("Enter")
        let counter = #"nato 1/(\d+)"#
        let plain = try tmux.waitFor("counter 1/N") { $0.range(of: counter, options: .regularExpression) != nil }
        let match = try #require(plain.range(of: counter, options: .regularExpression))
        let total = try #require(Int(plain[match].split(separator: "/").last ?? ""))
        let visible = plain.components(separatedBy: "NATO").count - 1
        #expect(total >= visible && visible >= 3)
        // Every NATO on the screen is wrapped in an SGR sequence: styled, unlike its neighbours.
        let styled = try tmux.capture(escapes: true)
        let highlighted = styled.components(separatedBy: "m" + "NATO").count - 1
        #expect(highlighted == visible, "\(highlighted) of \(visible) NATO highlighted:\n\(styled)")
        try tmux.send("n")
        try tmux.waitFor("nato 2/\(total)")
    }

    @Test("a resize keeps the paragraph being read in view")
    func resizeKeepsPosition() throws {
        let tmux = try TmuxSession(command: Self.folio(Self.seed), width: 80, height: 24)
        defer { tmux.kill() }
        try tmux.waitFor("Putin’s Conditions for Peace Talks")
        try tmux.send("]")
        try tmux.send("]")
        try tmux.waitFor("§ 3/5 Context and International Reaction")
        try tmux.resize(width: 60, height: 20)
        let screen = try tmux.waitFor("section kept after resize") {
            $0.contains("Context and International Reaction") && $0.split(separator: "\n").count <= 20
        }
        #expect(screen.contains("§ 3/5"))
        try tmux.resize(width: 160, height: 50)
        try tmux.waitFor("Context and International Reaction")
    }

    @Test("q leaves the terminal modes as they were")
    func quitRestoresTerminal() throws {
        let folio = try WatchedFolio([Self.seed], width: 120, height: 40)
        try folio.tmux.waitFor("Putin’s Conditions for Peace Talks")
        try folio.tmux.send("q")
        try folio.expectEndedCleanly(status: 0, "q")
    }
}
