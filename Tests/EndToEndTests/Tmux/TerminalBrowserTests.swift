import Foundation
import TestProcesses
import Testing

/// A browser that needs the terminal (w3m, lynx, …) takes the screen while it runs and folio
/// comes back redrawn after it, as newsboat does; a graphical one starts in the background.
/// Either way no zombie process is left behind.
@Suite("terminal browsers", .serialized)
struct TerminalBrowserTests {
    static let article = """
        # Rivers

        The [river map](https://example.org/maps?a=1&b=$(id);x) shows every town along the water, and
        the text goes on long enough to make a paragraph of the article.

        """

    /// A terminal browser: shows the address it got, waits for Enter, and ends (status 3 for
    /// an address it did not expect, to be seen in the status line).
    static let terminalBrowser = """
        #!/bin/sh
        clear
        printf 'FAKE BROWSER %s\\n' "$1"
        printf 'press Enter to go back\\n'
        read -r answer
        [ "$1" = 'https://example.org/maps?a=1&b=$(id);x' ] || exit 3

        """

    /// A graphical browser: writes the address it got to a file beside it and ends at once.
    static let backgroundBrowser = """
        #!/bin/sh
        printf '%s\\n' "$1" > "$(dirname "$0")/opened.tmp" && mv "$(dirname "$0")/opened.tmp" "$(dirname "$0")/opened"

        """

    /// Starts folio on the article with `browser` arguments; returns the session and the file
    /// folio's pid is written to.
    static func start(_ folder: ScratchFolder, browser: [String]) throws -> (TmuxSession, pidFile: String) {
        let file = try folder.file("rivers.md", article)
        let pidFile = folder.path + "/pid"
        let folio = ([FolioBinary.path, "--no-state"] + browser + [file]).map(TmuxSession.quote).joined(separator: " ")
        let tmux = try TmuxSession(command: "sh -c \(TmuxSession.quote("echo $$ > \(pidFile); exec \(folio)"))", width: 100, height: 30)
        return (tmux, pidFile)
    }

    static func pid(_ file: String) throws -> pid_t {
        try #require(pid_t((try String(contentsOfFile: file, encoding: .utf8)).trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    /// The children of `parent` and their states (`S`, `R`, `Z` for a zombie, …), from /proc.
    static func children(of parent: pid_t) -> [(pid: pid_t, state: Character)] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry -> (pid_t, Character)? in
            guard let pid = pid_t(entry), let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                let close = stat.lastIndex(of: ")")
            else { return nil }
            // `pid (name) STATE PPID …`; the name may hold spaces and parentheses.
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            guard fields.count > 1, let state = fields[0].first, pid_t(fields[1]) == parent else { return nil }
            return (pid, state)
        }
    }

    @Test("w3m takes the screen and the keys; folio is drawn again when it ends, with no zombie left")
    func terminalBrowserTakesTheScreen() throws {
        let folder = try ScratchFolder()
        // Named w3m: `--browser-terminal auto` knows it needs the terminal.
        let browser = try folder.file("bin/w3m", Self.terminalBrowser)
        chmod(browser, 0o755)
        let (tmux, pidFile) = try Self.start(folder, browser: ["--browser", "\(browser) %u"])
        defer { tmux.kill() }
        try tmux.waitFor("river map[1]")
        try tmux.send("L")
        try tmux.waitFor("[1] river map")
        try tmux.send("Enter")
        let browsing = try tmux.waitFor("the browser on the screen") {
            $0.contains("FAKE BROWSER https://example.org/maps?a=1&b=$(id);x") && $0.contains("press Enter")
        }
        #expect(!browsing.contains("river map"), "folio's screen is gone while the browser runs")
        #expect(try tmux.format("#{alternate_on}") == "0", "folio left its alternate screen")
        let folio = try Self.pid(pidFile)
        #expect(Self.children(of: folio).count == 1, "the browser runs as folio's child")

        try tmux.send("Enter")
        let back = try tmux.waitFor("folio drawn again") { $0.contains("river map[1]") && !$0.contains("FAKE BROWSER") }
        #expect(!back.contains("failed"), "the browser ended well")
        #expect(Self.children(of: folio).isEmpty, "no zombie: the browser was waited for")
        // The keys are folio's again.
        try tmux.send("L")
        try tmux.waitFor("[1] river map")
        try tmux.send("q", "q")
    }

    @Test("Ctrl-C in the terminal browser ends the browser, not folio; its end is shown")
    func controlCGoesToTheBrowser() throws {
        let folder = try ScratchFolder()
        let browser = try folder.file("my browser/tui", Self.terminalBrowser)
        chmod(browser, 0o755)
        let (tmux, _) = try Self.start(folder, browser: ["--browser", "'\(browser)' %u", "--browser-terminal", "yes"])
        defer { tmux.kill() }
        try tmux.waitFor("river map[1]")
        try tmux.send("L")
        try tmux.waitFor("[1] river map")
        try tmux.send("Enter")
        try tmux.waitFor("press Enter to go back")
        try tmux.send("C-c")
        try tmux.waitFor("folio drawn again, the browser's end said") {
            $0.contains("river map[1]") && $0.contains("The browser tui was killed by signal 2")
        }
    }

    @Test("a graphical browser starts in the background and is reaped once it ends, without a key")
    func backgroundBrowserIsReaped() throws {
        let folder = try ScratchFolder()
        let browser = try folder.file("bin/gui", Self.backgroundBrowser)
        chmod(browser, 0o755)
        let (tmux, pidFile) = try Self.start(folder, browser: ["--browser", browser])
        defer { tmux.kill() }
        try tmux.waitFor("river map[1]")
        try tmux.send("L")
        try tmux.waitFor("[1] river map")
        try tmux.send("Enter")
        let opened = folder.path + "/bin/opened"
        #expect(eventually { FileManager.default.fileExists(atPath: opened) }, "the browser ran")
        #expect(try String(contentsOfFile: opened, encoding: .utf8) == "https://example.org/maps?a=1&b=$(id);x\n")
        // folio's screen stayed; no key is pressed, and still the ended browser is reaped.
        #expect(try tmux.capture().contains("river map"))
        let folio = try Self.pid(pidFile)
        #expect(eventually { Self.children(of: folio).isEmpty }, "zombies: \(Self.children(of: folio))")
    }
}
