import Foundation
import TestProcesses
import Testing

/// folio run by a shell in tmux that records what a test needs to judge how it ended: the
/// terminal modes (`stty -a`) before and after, folio's pid (to send it signals) and its exit
/// status. The shell stays after folio ends, so tmux's view of the terminal can be read.
final class WatchedFolio {
    let tmux: TmuxSession
    private let folder = NSTemporaryDirectory() + "folio-watch-\(UUID().uuidString)"

    /// What tmux says of the terminal when no program has changed it: alternate screen off,
    /// cursor shown, cursor and keypad keys in normal mode, no mouse reports.
    static let restoredFlags = "0 1 0 0 0"
    static let flagsFormat = "#{alternate_on} #{cursor_flag} #{keypad_cursor_flag} #{keypad_flag} #{mouse_any_flag}"

    /// Starts folio (or another program, `binary`) with `arguments` in a tmux session of the
    /// given size; `environment` adds to the session's.
    init(
        _ arguments: [String], binary: String = FolioBinary.path, width: Int = 100, height: Int = 30,
        environment: [String: String] = [:], setup: [[String]] = []
    ) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let folio = ([binary] + arguments).map(TmuxSession.quote).joined(separator: " ")
        let inner = "echo $$ > \(folder)/pid; exec \(folio)"
        let script = "stty -a > \(folder)/before; sh -c \(TmuxSession.quote(inner)); echo $? > \(folder)/status.tmp; "
            + "stty -a > \(folder)/after; mv \(folder)/status.tmp \(folder)/status; sleep 60"
        tmux = try TmuxSession(
            command: "sh -c \(TmuxSession.quote(script))", width: width, height: height, environment: environment, setup: setup)
    }

    deinit {
        tmux.kill()
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// folio's process id, once it has started.
    func pid() throws -> pid_t {
        var pid: pid_t?
        let started = eventually {
            pid = (try? String(contentsOfFile: folder + "/pid", encoding: .utf8)).flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            return pid != nil
        }
        guard started, let pid else { throw TmuxError.failed("folio did not start within \(Int(generousDeadline)) s") }
        return pid
    }

    /// Sends a signal to folio.
    func send(signal: Int32) throws {
        #expect(kill(try pid(), signal) == 0, "kill \(signal)")
    }

    /// folio's exit status, or nil when it is still running after `timeout` seconds.
    func exitStatus(timeout: Double = generousDeadline) -> Int32? {
        var status: Int32?
        eventually(timeout: timeout) {
            status = (try? String(contentsOfFile: folder + "/status", encoding: .utf8)).flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            return status != nil
        }
        return status
    }

    /// True while folio runs.
    var isRunning: Bool { !FileManager.default.fileExists(atPath: folder + "/status") && (try? pid()).map { kill($0, 0) == 0 } == true }

    /// True once tmux sees the terminal as the shell had it (tmux may not have read folio's
    /// last bytes yet).
    static func flagsRestored(in tmux: TmuxSession) throws -> Bool {
        try eventually(every: 0.05) { try tmux.format(flagsFormat) == restoredFlags }
    }

    /// Expects folio to have ended with `status` and the terminal to be as it was before
    /// folio started: the same `stty -a`, the alternate screen left, the cursor shown, keypad
    /// and mouse modes off.
    func expectEndedCleanly(status expected: Int32, _ what: String) throws {
        let status = exitStatus()
        #expect(status == expected, "exit status after \(what)")
        guard status != nil else { return }
        // The size may have changed (a resize test); the modes must not.
        let modes = { (file: String) in
            try String(contentsOfFile: self.folder + file, encoding: .utf8)
                .replacingOccurrences(of: #"rows \d+; columns \d+;"#, with: "", options: .regularExpression)
        }
        #expect(try modes("/before") == modes("/after"), "terminal modes after \(what)")
        #expect(try Self.flagsRestored(in: tmux), "terminal state after \(what)")
    }
}
