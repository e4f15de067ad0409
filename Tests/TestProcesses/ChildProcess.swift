import Foundation

/// A child process for tests, started with `posix_spawn` and waited for with `waitpid`.
///
/// Foundation's `Process` on Linux can miss a child's exit and wait for it for ever (seen in
/// CI: a `tmux` client had exited and `waitUntilExit` never returned). Here every wait has a
/// deadline, the child's standard streams are files (never pipes another process could hold
/// open), and the child inherits no other descriptors.
public final class ChildProcess {
    /// The child's process id.
    public let pid: pid_t
    /// The exit status, or 128 + the signal number, once the child has ended.
    public private(set) var status: Int32?
    /// True when the child ended by a signal.
    public private(set) var wasSignalled = false

    /// Starts `executable` (a path, or a name looked up in `PATH`) with `arguments`. Standard
    /// input is read from `input`, output and errors written to `output` and `errors` (files
    /// created or truncated); nil means /dev/null. `environment` adds to or replaces the
    /// current environment.
    public init(
        _ executable: String, _ arguments: [String], input: String? = nil, output: String? = nil,
        errors: String? = nil, environment: [String: String] = [:]
    ) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errors ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        for descriptor in Self.openDescriptors() where descriptor > 2 {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
        // The calling thread may block signals (libdispatch's workers do), and a child inherits
        // that mask: a tmux server spawned so ignores kill-server's SIGTERM. Start it clean.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var merged = ProcessInfo.processInfo.environment
        merged.merge(environment) { $1 }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child: pid_t = 0
        let result = executable.contains("/")
            ? posix_spawn(&child, executable, &actions, &attributes, argv, envp)
            : posix_spawnp(&child, executable, &actions, &attributes, argv, envp)
        guard result == 0 else { throw ChildProcessError.spawn(executable, String(cString: strerror(result))) }
        pid = child
    }

    deinit {
        if status == nil {
            kill(pid, SIGKILL)
            _ = wait(timeout: 5)
        }
    }

    /// True while the child runs.
    public var isRunning: Bool {
        reap(blocking: false)
        return status == nil
    }

    /// Waits up to `timeout` seconds for the child to end and returns its status, or nil when
    /// it still runs.
    @discardableResult
    public func wait(timeout: Double) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while status == nil {
            reap(blocking: false)
            if status != nil || Date() >= deadline { break }
            usleep(2_000)
        }
        return status
    }

    /// Sends `signal` to the child.
    public func signal(_ signal: Int32) {
        if status == nil { kill(pid, signal) }
    }

    private func reap(blocking: Bool) {
        guard status == nil else { return }
        var raw: Int32 = 0
        let found = waitpid(pid, &raw, blocking ? 0 : WNOHANG)
        guard found == pid else { return }
        let signalNumber = raw & 0x7F
        if signalNumber == 0 {
            status = (raw >> 8) & 0xFF
        } else {
            wasSignalled = true
            status = 128 + signalNumber
        }
    }

    /// This process's open descriptors, from /proc/self/fd.
    private static func openDescriptors() -> [Int32] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        return names.compactMap { Int32($0) }.filter { fcntl($0, F_GETFD) != -1 }
    }
}

/// Why a child could not start.
public enum ChildProcessError: Error, CustomStringConvertible {
    case spawn(String, String)

    public var description: String {
        switch self {
        case .spawn(let executable, let reason): return "cannot start \(executable): \(reason)"
        }
    }
}

/// A scratch file for a child's output, removed with this object.
public final class ScratchFile {
    /// The file's path.
    public let path = NSTemporaryDirectory() + "folio-test-\(UUID().uuidString)"

    public init(_ bytes: [UInt8] = []) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// What the file holds now.
    public var bytes: [UInt8] { (try? Array(Data(contentsOf: URL(fileURLWithPath: path)))) ?? [] }

    /// What the file holds now, as text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
