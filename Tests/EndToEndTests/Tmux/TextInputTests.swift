import Foundation
import Testing

/// Text typed, pasted and shown as a user of any script meets it: combining marks typed at the
/// end of an input, a spacing vowel sign in the reader, a long bracketed paste, and the search
/// history of an earlier run.
@Suite("text input in tmux", .serialized)
struct TextInputTests {
    static func folio(_ arguments: String...) -> String {
        ([FolioBinary.path] + arguments).map(TmuxSession.quote).joined(separator: " ")
    }

    /// The row of the search bar or the filter prompt (the line above the status line).
    static func barRow(_ screen: String) -> String {
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let filled = rows.lastIndex { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? 0
        return filled > 0 ? rows[filled - 1] : ""
    }

    @Test("a mark typed at the end of the search bar and the filter joins its letter, and folio goes on")
    func markAtTheEnd() throws {
        let folio = try WatchedFolio(["--no-state"])
        try folio.tmux.waitFor("4 articles")
        for (opening, prompt) in [("/", "/"), ("f", "Filter: ")] {
            for (base, mark) in [("e", "\u{301}"), ("च", "\u{093E}"), ("ท", "\u{0E35}")] {
                try folio.tmux.send(opening)
                try folio.tmux.send(base, literal: true)
                try folio.tmux.waitFor("\(base) in the bar") { Self.barRow($0).hasPrefix(prompt + base) }
                try folio.tmux.send(mark, literal: true)
                try folio.tmux.waitFor("\(base) and its mark in the bar") { Self.barRow($0).hasPrefix(prompt + base + mark) }
                try folio.tmux.send("Escape")
                try folio.tmux.waitFor("the bar closed") { !Self.barRow($0).hasPrefix(prompt) }
            }
        }
        try folio.tmux.send("q")
        try folio.expectEndedCleanly(status: 0, "quitting after marks typed at the end")
    }

    @Test("a spacing vowel sign shows in the reader: चाय, not चय")
    func spacingVowelSign() throws {
        let library = try ScratchFolder()
        let file = try library.file("tea.txt", "Tea time\n\nI like tea: मुझे चाय पसंद है। Thai กำลัง, Tamil கொடு.\n")
        let tmux = try TmuxSession(command: Self.folio("--no-state", file), width: 80, height: 24)
        defer { tmux.kill() }
        let screen = try tmux.waitFor("the paragraph") { $0.contains("I like tea") }
        #expect(screen.contains("I like tea: मुझे चाय पसंद है। Thai กำลัง, Tamil கொடு."), "\(screen)")
    }

    @Test("a 4,000-character paste is one insertion: the bar shows its end, its line breaks as spaces, and folio answers")
    func longPaste() throws {
        let folio = try WatchedFolio(["--no-state"])
        try folio.tmux.waitFor("4 articles")
        try folio.tmux.send("/")
        try folio.tmux.waitFor("the search bar") { Self.barRow($0).hasPrefix("/") }
        var text = ""
        while text.count < 3990 { text += "peace talks \(text.count)\n" }
        text += "zebra-tail"
        try folio.tmux.paste(text)
        // Pasted as keys, the first line break would be Enter and the rest reader keys.
        let screen = try folio.tmux.waitFor("the end of the paste in the bar") {
            Self.barRow($0).contains("zebra-tail")
        }
        #expect(Self.barRow(screen).contains(" peace talks "), "line breaks became spaces: \(Self.barRow(screen))")
        try folio.tmux.send("Left", "Left", "X")
        try folio.tmux.waitFor("a key after the paste") { Self.barRow($0).contains("zebra-taXil") }
        try folio.tmux.send("Escape")
        try folio.tmux.waitFor("the bar closed") { !Self.barRow($0).hasPrefix("/") }
        // Outside a text field a paste is not keys: "q" pasted does not quit.
        try folio.tmux.paste("q")
        try folio.tmux.send("/")
        try folio.tmux.waitFor("the search bar again") { Self.barRow($0).hasPrefix("/") }
        #expect(folio.isRunning)
        try folio.tmux.send("Escape", "q")
        try folio.expectEndedCleanly(status: 0, "quitting after a paste")
    }

    @Test("after folio quits, and after SIGTERM, a paste reaches the shell without bracket codes")
    func bracketedPasteOffAfterQuit() throws {
        let folder = try ScratchFolder()
        let folio = Self.folio("--no-state")
        // The shell reads a pasted line after each folio and shows it with its control bytes.
        let script = "\(folio); echo first-ended; read -r line; printf 'got %s\\n' \"$line\" | cat -v; read -r line; "
            + "sh -c 'echo $$ > \(folder.path)/pid; exec \(folio)'; echo second-ended; exec cat -v"
        let tmux = try TmuxSession(command: "sh -c \(TmuxSession.quote(script))")
        defer { tmux.kill() }
        try tmux.waitFor("4 articles")
        try tmux.send("q")
        try tmux.waitFor("first-ended")
        try tmux.paste("first-paste\n")
        var screen = try tmux.waitFor("got ")
        #expect(screen.contains("got first-paste") && !screen.contains("[200~"), "after q: \(screen)")
        try tmux.send("Enter")
        try tmux.waitFor("folio again") { $0.contains("4 articles") && !$0.contains("first-ended") }
        let pid = try #require(pid_t(String(contentsOfFile: folder.path + "/pid", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(kill(pid, SIGTERM) == 0)
        try tmux.waitFor("second-ended")
        try tmux.paste("second-paste")
        screen = try tmux.waitFor("second-paste")
        #expect(!screen.contains("[200~"), "after SIGTERM: \(screen)")
    }
}
