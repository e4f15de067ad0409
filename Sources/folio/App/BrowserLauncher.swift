import Foundation

/// Starts the user's browser on an address: `$BROWSER` when set (its first `:`-separated
/// command; a `%s` word is replaced by the address), else `xdg-open`. The address is one
/// argument of `posix_spawnp`, never seen by a shell; the browser gets /dev/null for its
/// standard streams and a session of its own, so it cannot draw over folio or take its keys.
/// folio does not wait for it: children that ended are reaped (`waitpid` with `WNOHANG`) the
/// next time `reap()` is called.
final class BrowserLauncher {
    /// The command words the address is added to.
    let command: [String]
    /// glibc's `POSIX_SPAWN_SETSID` (a GNU extension the Glibc module leaves out): the child
    /// starts a session of its own, away from folio's terminal.
    private static let newSession: Int32 = 0x80
    /// The browsers started and not yet reaped.
    private var running: [pid_t] = []

    /// A launcher for the browser `environment` names.
    init(environment: [String: String]) {
        let chosen = environment["BROWSER"]?.split(separator: ":").first { !$0.allSatisfy { $0 == " " } }
        let words = chosen.map { $0.split(separator: " ").map(String.init) } ?? []
        command = words.isEmpty ? ["xdg-open"] : words
    }

    /// Starts the browser on `url`; returns why it could not be started, or nil.
    func open(_ url: String) -> String? {
        var arguments = command
        if let placeholder = arguments.firstIndex(where: { $0.contains("%s") }) {
            arguments[placeholder] = arguments[placeholder].replacingOccurrences(of: "%s", with: url)
        } else {
            arguments.append(url)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
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
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | Self.newSession))
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let result = posix_spawnp(&child, arguments[0], &actions, &attributes, argv, environ)
        guard result == 0 else {
            let reason = result == ENOENT ? "not found" : String(cString: strerror(result))
            let name = arguments[0].split(separator: "/").last.map(String.init) ?? arguments[0]
            let hint = command == ["xdg-open"] ? "; set $BROWSER to your browser" : " (from $BROWSER)"
            return "Cannot start the browser \(name): \(reason)\(hint)"
        }
        running.append(child)
        return nil
    }

    /// Reaps the browsers that have ended; returns a message for each that failed.
    func reap() -> [String] {
        var failures: [String] = []
        running.removeAll { pid in
            var status: Int32 = 0
            guard waitpid(pid, &status, WNOHANG) == pid else { return false }
            let signal = status & 0x7F
            let code = (status >> 8) & 0xFF
            if signal != 0 {
                failures.append("The browser \(command[0]) was killed by signal \(signal)")
            } else if code != 0 {
                failures.append("The browser \(command[0]) failed (exit status \(code))")
            }
            return true
        }
        return failures
    }
}
