import Foundation
import TestProcesses
import Testing

/// folio stopped from an interactive shell with job control (Ctrl-Z, or SIGTSTP sent with
/// `kill`), then resumed with `fg`: while stopped the terminal is the shell's again (modes,
/// main screen, cursor); after `fg` folio redraws and carries on, and quits cleanly.
@Suite("suspend and resume in tmux", .serialized)
struct SuspendTests {
    enum Stop: String, CaseIterable, CustomTestStringConvertible {
        case controlZ, sigtstp
        var testDescription: String { rawValue }
    }

    @Test("stopped, the terminal is the shell's; after fg folio redraws and q ends it cleanly", arguments: Stop.allCases)
    func stopAndResume(stop: Stop) throws {
        let folder = try ScratchFolder()
        let pidFile = folder.path + "/pid"
        let shell = try TmuxSession(command: "bash --norc --noprofile -i", width: 100, height: 30, environment: ["PS1": "READY$ "])
        defer { shell.kill() }
        try shell.waitFor("READY$")
        try shell.send("stty -a > \(folder.path)/before; clear", literal: true)
        try shell.send("Enter")
        try shell.send("sh -c 'echo $$ > \(pidFile); exec \(ReaderScreenTests.folio(ReaderScreenTests.seed))'", literal: true)
        try shell.send("Enter")
        try shell.waitFor("folio") { $0.contains("Putin’s Conditions") && $0.contains(" § ") }

        switch stop {
        case .controlZ: try shell.send("C-z")
        case .sigtstp:
            let pid = try #require(pid_t((try String(contentsOfFile: pidFile, encoding: .utf8)).trimmingCharacters(in: .whitespacesAndNewlines)))
            #expect(kill(pid, SIGTSTP) == 0)
        }
        try shell.waitFor("the shell's prompt") { $0.contains("Stopped") }
        #expect(try WatchedFolio.flagsRestored(in: shell), "terminal while folio is stopped")
        try shell.send("stty -a > \(folder.path)/stopped", literal: true)
        try shell.send("Enter")
        let stopped = folder.path + "/stopped"
        eventually(every: 0.05) { (try? String(contentsOfFile: stopped, encoding: .utf8))?.isEmpty == false }
        #expect(try String(contentsOfFile: folder.path + "/before", encoding: .utf8) == String(contentsOfFile: stopped, encoding: .utf8))

        try shell.send("fg", literal: true)
        try shell.send("Enter")
        try shell.waitFor("folio again") { $0.contains("Putin’s Conditions") && $0.contains(" § ") && !$0.contains("READY$") }
        try shell.send("]")
        try shell.waitFor("§ 2/5")
        try shell.send("q")
        #expect(try WatchedFolio.flagsRestored(in: shell), "terminal after q")
    }

    /// `stty ARGUMENTS` run on the terminal `tty` from outside; what it printed.
    private func stty(_ tty: String, _ arguments: String...) throws -> String {
        let output = try ScratchFile()
        let child = try ChildProcess("stty", ["-F", tty] + arguments, output: output.path)
        #expect(child.wait(timeout: generousDeadline) == 0, "stty \(arguments.joined(separator: " "))")
        return output.text
    }

    @Test("SIGSTOP, a stty sane from outside, SIGCONT: folio puts its modes back and redraws, keys do not echo")
    func continueAfterSane() throws {
        let (folder, folio) = try SignalTests.folio(at: .reader)
        defer { _ = folder }
        let tty = try folio.tmux.format("#{pane_tty}")
        let pid = try folio.pid()
        try folio.send(signal: SIGSTOP)
        #expect(eventually { processState(pid) == "T" }, "folio stopped")
        _ = try stty(tty, "sane")
        #expect(try stty(tty, "-a").contains(" echo "), "stty sane turned echo on")
        try folio.send(signal: SIGCONT)
        var modes = ""
        try eventually(every: 0.05) {
            modes = try stty(tty, "-a")
            return modes.contains("-echo ") && modes.contains("-icanon")
        }
        #expect(modes.contains("-echo ") && modes.contains("-icanon"), "folio's modes are back: \(modes)")
        try folio.tmux.send("zz", literal: true)
        try folio.tmux.send("]")
        let screen = try folio.tmux.waitFor("§ 2/5")
        #expect(!screen.contains("zz"), "keys do not echo")
        try folio.tmux.send("q")
        try folio.expectEndedCleanly(status: 0, "q after a stop, stty sane and continue")
    }
}
