import Foundation
import TestProcesses

/// A folio process running in its own tmux session, for end-to-end tests: keys in,
/// `capture-pane` out, waiting for markers instead of sleeping. Each session has a tmux server
/// of its own (its own socket), ended with the session: no server outlives the tests, and the
/// user's tmux is never touched.
final class TmuxSession {
    let name: String
    /// The socket path (`tmux -S`) of this session's server.
    private let socket: String
    private(set) var isRunning = false
    /// The session's own `XDG_STATE_HOME`, removed with the session (its `config` folder,
    /// never made unless a test does, is `XDG_CONFIG_HOME`: no user's configuration file is read).
    private let scratchState: String

    /// Starts `command` (a shell command line) in a new detached session of the given size.
    /// `setup` holds tmux commands (e.g. `["set", "-s", "set-clipboard", "on"]`) run in the same
    /// tmux call, right after the session is made and before the server reads the command's output.
    init(
        command: String, width: Int = 120, height: Int = 40, environment: [String: String] = [:],
        setup: [[String]] = []
    ) throws {
        guard TmuxSession.isAvailable else {
            throw TmuxError.failed("-V: tmux is not installed, and the tests of folio in a terminal need it (scripts/deps installs it)")
        }
        name = "folio-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        socket = NSTemporaryDirectory() + name
        // A state folder of its own unless the test shares one between sessions: a reading
        // position left by one test must not move the next.
        scratchState = socket + "-state"
        // The home library too: `folio` with no path opens it.
        var env = [
            "LANG": "C.UTF-8", "TERM": "tmux-256color", "XDG_STATE_HOME": scratchState, "XDG_CONFIG_HOME": scratchState + "/config",
            "XDG_DATA_HOME": scratchState + "/data",
        ]
        env.merge(environment) { $1 }
        let exports = env.map { "\($0.key)=\(TmuxSession.quote($0.value))" }.sorted().joined(separator: " ")
        try TmuxSession.tmux(socket: socket, ["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)",
                              "env \(exports) \(command)"] + setup.flatMap { [";"] + $0 })
        isRunning = true
    }

    deinit { kill() }

    /// Sends keys as tmux names them (`"]"`, `"Enter"`, `"C-c"`); `literal` sends text as typed.
    func send(_ keys: String..., literal: Bool = false) throws {
        try TmuxSession.tmux(socket: socket, ["send-keys", "-t", name] + (literal ? ["-l"] : []) + keys)
    }

    /// Sends bytes as the terminal would send them (`send-keys -H`), e.g. a mouse report.
    func send(bytes: [UInt8]) throws {
        try TmuxSession.tmux(socket: socket, ["send-keys", "-t", name, "-H"] + bytes.map { String($0, radix: 16) })
    }

    /// Pastes `text` as a terminal does: through a tmux buffer, bracketed (`ESC [200~` …
    /// `ESC [201~`) when the program asked for bracketed paste, line feeds sent as carriage
    /// returns.
    func paste(_ text: String) throws {
        try TmuxSession.tmux(socket: socket, ["set-buffer", "-b", "folio-e2e", "--", text])
        try TmuxSession.tmux(socket: socket, ["paste-buffer", "-p", "-d", "-b", "folio-e2e", "-t", name])
    }

    /// The screen as text lines; with `escapes` the SGR sequences that show styles.
    func capture(escapes: Bool = false) throws -> String {
        try TmuxSession.tmux(socket: socket, ["capture-pane", "-t", name, "-p"] + (escapes ? ["-e"] : []))
    }

    /// A tmux format expanded for the session's pane, e.g. `#{pane_title}`, `#{window_name}`,
    /// `#{pane_pid}`, `#{alternate_on}`, `#{cursor_flag}` (`display-message -p`).
    func format(_ format: String) throws -> String {
        let text = try TmuxSession.tmux(socket: socket, ["display-message", "-p", "-t", name, format])
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }

    /// The server's paste buffers, one `name: sample` line each: what a clipboard escape
    /// (OSC 52) would add to when `set-clipboard` is on.
    func buffers() throws -> String {
        try TmuxSession.tmux(socket: socket, ["list-buffers", "-F", "#{buffer_name}: #{buffer_sample}"])
    }

    /// Waits until the screen satisfies `condition` and has settled (two captures 50 ms apart
    /// agree), or fails after `timeout` seconds (by default a generous deadline). Settling matters: tmux can be caught between two
    /// chunks of one frame, e.g. with the text scrolled but the status line not yet redrawn. A
    /// screen that satisfies `condition` but never settles is returned at the deadline.
    @discardableResult
    func waitFor(timeout: Double = generousDeadline, escapes: Bool = false, _ what: String = "", _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        var previous: String?
        while Date() < deadline {
            screen = try capture(escapes: escapes)
            let holds = condition(screen)
            if holds, screen == previous { return screen }
            previous = holds ? screen : nil
            usleep(50_000)
        }
        if previous == screen, previous != nil { return screen }
        throw TmuxError.timeout(what: what, screen: screen)
    }

    /// Waits until `text` shows on the screen.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = generousDeadline) throws -> String {
        try waitFor(timeout: timeout, text) { $0.contains(text) }
    }

    /// Changes the window size.
    func resize(width: Int, height: Int) throws {
        try TmuxSession.tmux(socket: socket, ["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Ends the session and its server.
    func kill() {
        guard isRunning else { return }
        isRunning = false
        _ = try? TmuxSession.tmux(socket: socket, ["kill-server"])
        try? FileManager.default.removeItem(atPath: socket)
        try? FileManager.default.removeItem(atPath: scratchState)
    }

    /// Runs a tmux command on the server at `socket` and returns what it printed. Output goes
    /// through a file, not a pipe: the first command starts the server, which would hold a pipe
    /// open for good. A command that does not end within a generous deadline fails.
    @discardableResult
    static func tmux(socket: String, _ arguments: [String]) throws -> String {
        let output = try ScratchFile()
        let child = try ChildProcess("tmux", ["-S", socket] + arguments, output: output.path)
        guard let status = child.wait(timeout: generousDeadline) else {
            child.signal(SIGKILL)
            throw TmuxError.failed(arguments.joined(separator: " ") + " (no answer within \(Int(generousDeadline)) s)")
        }
        guard status == 0 else { throw TmuxError.failed(arguments.joined(separator: " ")) }
        return output.text
    }

    static func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// True when tmux runs (asked once).
    static let isAvailable: Bool = (try? tmux(socket: NSTemporaryDirectory() + "folio-e2e-version", ["-V"])) != nil
}

enum TmuxError: Error, CustomStringConvertible {
    case timeout(what: String, screen: String)
    case failed(String)
    var description: String {
        switch self {
        case .timeout(let what, let screen): return "timed out waiting for \(what); screen:\n\(screen)"
        case .failed(let command): return "tmux \(command) failed"
        }
    }
}
