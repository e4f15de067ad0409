import Foundation
import Testing

/// folio stopped from an interactive shell with job control (Ctrl-Z, or SIGTSTP sent with
/// `kill`), then resumed with `fg`: while stopped the terminal is the shell's again (modes,
/// main screen, cursor); after `fg` folio redraws and carries on, and quits cleanly.
@Suite("suspend and resume in tmux", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
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
        try shell.waitFor(timeout: 15, "folio") { $0.contains("Putin’s Conditions") && $0.contains(" § ") }

        switch stop {
        case .controlZ: try shell.send("C-z")
        case .sigtstp:
            let pid = try #require(pid_t((try String(contentsOfFile: pidFile, encoding: .utf8)).trimmingCharacters(in: .whitespacesAndNewlines)))
            #expect(kill(pid, SIGTSTP) == 0)
        }
        try shell.waitFor(timeout: 10, "the shell's prompt") { $0.contains("Stopped") }
        #expect(try WatchedFolio.flagsRestored(in: shell), "terminal while folio is stopped")
        try shell.send("stty -a > \(folder.path)/stopped", literal: true)
        try shell.send("Enter")
        let stopped = folder.path + "/stopped"
        let deadline = Date().addingTimeInterval(10)
        while (try? String(contentsOfFile: stopped, encoding: .utf8))?.isEmpty != false, Date() < deadline { usleep(50_000) }
        #expect(try String(contentsOfFile: folder.path + "/before", encoding: .utf8) == String(contentsOfFile: stopped, encoding: .utf8))

        try shell.send("fg", literal: true)
        try shell.send("Enter")
        try shell.waitFor(timeout: 10, "folio again") { $0.contains("Putin’s Conditions") && $0.contains(" § ") && !$0.contains("READY$") }
        try shell.send("]")
        try shell.waitFor("§ 2/5")
        try shell.send("q")
        #expect(try WatchedFolio.flagsRestored(in: shell), "terminal after q")
    }
}
