import Foundation
import TestFiles
import Testing

/// The mouse in a real terminal: folio asks for SGR mouse reports (mode 1006) besides the
/// reports ncurses turns on, so the reports reach it (and reach past column 223) whatever the
/// terminal's terminfo says. tmux, whose `kmous` names the older encoding, stands for such a
/// terminal; the reports are sent as the bytes a terminal sends.
@Suite("mouse reports")
struct MouseReportTests {
    /// Sends an SGR mouse report for the 0-based cell (`button` 0: left press, 64/65: wheel).
    static func report(_ tmux: TmuxSession, button: Int, x: Int, y: Int) throws {
        try tmux.send(bytes: Array("\u{1B}[<\(button);\(x + 1);\(y + 1)M".utf8))
    }

    @Test("a click selects a row, a second opens it, the wheel scrolls the reader, a click on [2] lists the links")
    func clickWheelAndLinks() throws {
        let library = try ScratchFolder()
        try library.file("alpha.md", LibraryFixtures.article("Alpha article"))
        let filler = (1...3).map { "Paragraph \($0) before the links, long enough to fill a line of the reader and to wrap onto a second one.\n\n" }
        try library.file(
            "links.md",
            "# Links article\n\n" + filler.joined()
                + "See the [first site](https://example.org/) and [the second](https://example.com/two).\n\n"
                + (1...40).map { "Paragraph \($0) after the links.\n\n" }.joined())
        let tmux = try TmuxSession(command: ReaderScreenTests.folio(library.path), width: 120, height: 40)
        defer { tmux.kill() }
        try tmux.waitFor("Links article")
        // The second article's rows are 2 and 3: a click selects it, a second opens it.
        try Self.report(tmux, button: 0, x: 10, y: 3)
        try Self.report(tmux, button: 0, x: 10, y: 2)
        let opened = try tmux.waitFor("the links article open") { $0.contains("│ See the first site[1] and the second[2].") }
        #expect(Self.listRows(opened)[2].hasPrefix("▌"), "the reader has focus")
        // Two turns of the wheel over the reader: six lines down, the title gone.
        try Self.report(tmux, button: 65, x: 80, y: 10)
        try Self.report(tmux, button: 65, x: 80, y: 10)
        let scrolled = try tmux.waitFor("the reader scrolled") { !$0.contains("│ Links article") }
        let line = try #require(scrolled.split(separator: "\n").firstIndex { $0.contains("[2]") })
        let row = String(scrolled.split(separator: "\n")[line])
        let column = try #require(row.range(of: "[2]")).lowerBound
        try Self.report(tmux, button: 0, x: row.distance(from: row.startIndex, to: column) + 1, y: line)
        try tmux.waitFor("the links popup") { $0.contains("https://example.com/two") && $0.contains("https://example.org/") }
    }

    /// The list rows of a side-by-side screen (left of the `│`).
    static func listRows(_ screen: String) -> [String] {
        screen.split(separator: "\n").compactMap { line in line.firstIndex(of: "│").map { String(line[..<$0]) } }
    }

    /// The pane's mouse modes as tmux knows them: button reports, SGR encoding.
    static func modes(_ tmux: TmuxSession) throws -> String {
        try tmux.format("#{mouse_standard_flag} #{mouse_sgr_flag}")
    }

    @Test("folio turns mouse reports on while it runs and off at quit; --no-mouse leaves them off")
    func modesOnAndOff() throws {
        let library = try LibraryFixtures.threeArticles()
        for (options, whileRunning) in [([String](), "1 1"), (["--no-mouse"], "0 0")] {
            let folio = ([FolioBinary.path] + options + [library.path]).map(TmuxSession.quote).joined(separator: " ")
            let tmux = try TmuxSession(command: "sh -c \(TmuxSession.quote("\(folio); echo \"rc=$?\"; sleep 60"))")
            defer { tmux.kill() }
            try tmux.waitFor("Charlie article")
            #expect(try Self.modes(tmux) == whileRunning, "\(options)")
            try tmux.send("q")
            try tmux.waitFor("folio's exit") { $0.contains("rc=0") }
            #expect(try Self.modes(tmux) == "0 0", "\(options)")
        }
    }
}
