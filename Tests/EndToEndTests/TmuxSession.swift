import Foundation

/// A folio process running in its own tmux session, for end-to-end tests: keys in,
/// `capture-pane` out, waiting for markers instead of sleeping.
final class TmuxSession {
    let name: String
    private(set) var isRunning = false

    /// Starts `command` (a shell command line) in a new detached session of the given size.
    init(command: String, width: Int = 120, height: Int = 40, environment: [String: String] = [:]) throws {
        name = "folio-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        var env = ["LANG": "C.UTF-8", "TERM": "tmux-256color"]
        env.merge(environment) { $1 }
        let exports = env.map { "\($0.key)=\(TmuxSession.quote($0.value))" }.sorted().joined(separator: " ")
        try TmuxSession.tmux(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)",
                              "env \(exports) \(command)"])
        isRunning = true
    }

    deinit { kill() }

    /// Sends keys as tmux names them (`"]"`, `"Enter"`, `"C-c"`); `literal` sends text as typed.
    func send(_ keys: String..., literal: Bool = false) throws {
        try TmuxSession.tmux(["send-keys", "-t", name] + (literal ? ["-l"] : []) + keys)
    }

    /// The screen as text lines; with `escapes` the SGR sequences that show styles.
    func capture(escapes: Bool = false) throws -> String {
        try TmuxSession.tmux(["capture-pane", "-t", name, "-p"] + (escapes ? ["-e"] : []))
    }

    /// Waits until the screen satisfies `condition`, or fails after `timeout` seconds.
    @discardableResult
    func waitFor(timeout: Double = 10, escapes: Bool = false, _ what: String = "", _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try capture(escapes: escapes)
            if condition(screen) { return screen }
            usleep(50_000)
        }
        throw TmuxError.timeout(what: what, screen: screen)
    }

    /// Waits until `text` shows on the screen.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10) throws -> String {
        try waitFor(timeout: timeout, text) { $0.contains(text) }
    }

    /// Changes the window size.
    func resize(width: Int, height: Int) throws {
        try TmuxSession.tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Ends the session.
    func kill() {
        guard isRunning else { return }
        isRunning = false
        _ = try? TmuxSession.tmux(["kill-session", "-t", name])
    }

    /// Runs a tmux command and returns what it printed. Output goes through a file, not a
    /// pipe: the first command starts the tmux server, which would hold a pipe open for good.
    @discardableResult
    static func tmux(_ arguments: [String]) throws -> String {
        let outputPath = NSTemporaryDirectory() + "folio-tmux-\(UUID().uuidString)"
        guard FileManager.default.createFile(atPath: outputPath, contents: nil),
            let output = FileHandle(forWritingAtPath: outputPath)
        else { throw TmuxError.failed(arguments.joined(separator: " ")) }
        defer {
            try? output.close()
            try? FileManager.default.removeItem(atPath: outputPath)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux"] + arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw TmuxError.failed(arguments.joined(separator: " "))
        }
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }

    static func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    static var isAvailable: Bool { (try? tmux(["-V"])) != nil }
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
