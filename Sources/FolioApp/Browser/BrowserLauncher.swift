import FolioKit
import Foundation
import Terminal

/// Starts the user's browser on an address: the `--browser` command when given (`%u` stands
/// for the address), else `$BROWSER` (its first `:`-separated command; `%s` stands for the
/// address), else `xdg-open`. Commands are split into words as a shell splits quoted words
/// (`ShellWords`) and started with `posix_spawnp`: the address is one argument, never seen by
/// a shell.
///
/// A browser that needs the terminal (w3m, lynx, links, elinks, browsh, or any with
/// `--browser-terminal yes`) runs in the foreground, as newsboat runs it: folio leaves the
/// screen to it, waits for it to end and draws itself again. Any other starts in the
/// background with /dev/null for its standard streams and a session of its own, so it cannot
/// draw over folio or take its keys; folio does not wait for it, and reaps it (`reap()`, at
/// every key and idle tick) once it has ended, so no zombie is left.
final class BrowserLauncher {
    /// The command words the address is put into.
    let command: [String]
    /// True when the browser runs in the foreground with the terminal.
    let needsTerminal: Bool
    /// The word in `command` that stands for the address.
    private let placeholder: String
    /// Where `command` comes from, for messages: `--browser`, `$BROWSER`, or nil (xdg-open).
    private let origin: String?
    /// The browsers started in the background and not yet reaped.
    private var running: [pid_t] = []

    /// Browsers that draw in the terminal they are started from.
    static let terminalBrowsers: Set<String> = ["w3m", "lynx", "links", "links2", "elinks", "browsh"]
    /// glibc's `POSIX_SPAWN_SETSID` (a GNU extension the Glibc module leaves out): the child
    /// starts a session of its own, away from folio's terminal.
    private static let newSession: Int32 = 0x80

    /// A launcher for the browser `settings` and `environment` name.
    init(settings: BrowserSettings = BrowserSettings(), environment: [String: String]) {
        let fromBrowser = environment["BROWSER"]?.split(separator: ":").first { !$0.allSatisfy { $0 == " " } }
        if let line = settings.command, let words = try? ShellWords.split(line), !words.isEmpty {
            (command, placeholder, origin) = (words, "%u", "--browser")
        } else if let fromBrowser, let words = try? ShellWords.split(String(fromBrowser)), !words.isEmpty {
            (command, placeholder, origin) = (words, "%s", "$BROWSER")
        } else {
            (command, placeholder, origin) = (["xdg-open"], "%u", nil)
        }
        switch settings.terminal {
        case .yes: needsTerminal = true
        case .no: needsTerminal = false
        case .auto: needsTerminal = Self.terminalBrowsers.contains(Self.name(of: command[0]))
        }
    }

    /// The program's name: the last part of its path.
    private static func name(of program: String) -> String {
        program.split(separator: "/").last.map(String.init) ?? program
    }

    /// The browser's arguments for `url`: the placeholder replaced in every word that has it,
    /// else the address added as the last word.
    func arguments(for url: String) -> [String] {
        guard command.contains(where: { $0.contains(placeholder) }) else { return command + [url] }
        return command.map { $0.replacingOccurrences(of: placeholder, with: url) }
    }

    /// Opens `url`; returns why it could not be opened, or nil. A terminal browser takes
    /// `terminal`'s screen until it ends (without a terminal session it just runs to its end).
    func open(_ url: String, in terminal: TerminalSession?) -> String? {
        let arguments = arguments(for: url)
        guard needsTerminal else {
            switch spawn(arguments, inForeground: false) {
            case .success(let child): running.append(child)
            case .failure(let failure): return failure.message
            }
            return nil
        }
        var failure: SpawnFailure?
        let start = { [self] () -> pid_t? in
            switch spawn(arguments, inForeground: true) {
            case .success(let child): return child
            case .failure(let reason):
                failure = reason
                return nil
            }
        }
        let status = terminal.map { $0.runInForeground(start) } ?? start().map(TerminalSession.waitForChild)
        if let failure { return failure.message }
        return status.flatMap { problem($0) }
    }

    /// Reaps the background browsers that have ended; returns a message for each that failed.
    func reap() -> [String] {
        var failures: [String] = []
        running.removeAll { pid in
            var status: Int32 = 0
            guard waitpid(pid, &status, WNOHANG) == pid else { return false }
            if let problem = problem(status) { failures.append(problem) }
            return true
        }
        return failures
    }

    /// What went wrong in a browser that ended with wait status `status`, or nil.
    private func problem(_ status: Int32) -> String? {
        let signal = status & 0x7F
        let code = (status >> 8) & 0xFF
        let name = PathBytes.escaped(Self.name(of: command[0]))
        if signal != 0 { return "The browser \(name) was killed by signal \(signal)" }
        if code != 0 { return "The browser \(name) failed (exit status \(code))" }
        return nil
    }

    // MARK: - Starting

    /// Why the browser did not start.
    private struct SpawnFailure: Error {
        var message: String
    }

    /// Starts the browser with `arguments`: in the foreground with the terminal for its
    /// standard input and output, or in the background in a session of its own with /dev/null.
    private func spawn(_ arguments: [String], inForeground: Bool) -> Result<pid_t, SpawnFailure> {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if inForeground {
            // `folio -` reads the article from a pipe and keys from /dev/tty: so does the browser.
            if isatty(0) != 1 { posix_spawn_file_actions_addopen(&actions, 0, "/dev/tty", O_RDONLY, 0) }
            if isatty(1) != 1 { posix_spawn_file_actions_addopen(&actions, 1, "/dev/tty", O_WRONLY, 0) }
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        // The terminal session blocks and catches signals; the browser starts with none of that.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        var allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        let flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | (inForeground ? 0 : Self.newSession)
        posix_spawnattr_setflags(&attributes, Int16(flags))
        let argv = arguments.map { word in PathBytes.withCString(word) { strdup($0) } } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let result = PathBytes.withCString(arguments[0]) { posix_spawnp(&child, $0, &actions, &attributes, argv, environ) }
        guard result == 0 else {
            let reason = result == ENOENT ? "not found" : String(cString: strerror(result))
            let hint = origin.map { " (from \($0))" } ?? "; set $BROWSER or --browser to your browser"
            return .failure(SpawnFailure(message: "Cannot start the browser \(PathBytes.escaped(Self.name(of: arguments[0]))): \(reason)\(hint)"))
        }
        return .success(child)
    }
}
