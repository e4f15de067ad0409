import Foundation
import TestProcesses
import Testing

/// SIGTERM, SIGHUP and SIGINT sent to folio (with `kill`, not typed) at different moments:
/// folio ends at once with status 128 + the signal, and the terminal is as it was.
@Suite("signals in tmux", .serialized)
struct SignalTests {
    /// Where folio is when the signal comes.
    enum Moment: String, CaseIterable, CustomTestStringConvertible {
        case list, reader, searchBar, resize, help

        var testDescription: String { rawValue }

        /// Brings folio (showing the list of the seed and another article) to this moment.
        func reach(_ folio: WatchedFolio) throws {
            try folio.tmux.waitFor("the list") { $0.contains("2 articles") }
            switch self {
            case .list:
                return
            case .reader:
                try folio.tmux.send("Enter")
                try folio.tmux.waitFor("min read")
            case .searchBar:
                try folio.tmux.send("Enter")
                try folio.tmux.send("/")
                try folio.tmux.send("nat", literal: true)
                try folio.tmux.waitFor("nat")
            case .resize:
                try folio.tmux.send("Enter")
                try folio.tmux.waitFor("min read")
                // The signal follows the resize at once, while folio redraws.
                try folio.tmux.resize(width: 50, height: 15)
            case .help:
                try folio.tmux.send("?")
                try folio.tmux.waitFor("show this help")
            }
        }
    }

    /// folio on a folder of two articles (the folder lives as long as the result), brought
    /// to a moment.
    static func folio(at moment: Moment, environment: [String: String] = [:]) throws -> (folder: ScratchFolder, folio: WatchedFolio) {
        let folder = try ScratchFolder()
        try folder.file("seed.txt", try String(contentsOfFile: ReaderScreenTests.seed, encoding: .utf8))
        try folder.file("other.md", "# Another article\n\nWith a paragraph about NATO and nothing else.\n")
        let folio = try WatchedFolio([folder.path], environment: environment)
        try moment.reach(folio)
        return (folder, folio)
    }

    @Test("a termination signal ends folio cleanly", arguments: [SIGTERM, SIGHUP, SIGINT, SIGQUIT], Moment.allCases)
    func terminationSignal(signal: Int32, moment: Moment) throws {
        let (folder, folio) = try Self.folio(at: moment)
        defer { _ = folder }
        try folio.send(signal: signal)
        try folio.expectEndedCleanly(status: 128 + signal, "signal \(signal) in the \(moment)")
    }

    /// Every other signal whose default action ends the process: each ended folio with the
    /// terminal left raw, on the alternate screen, mouse reports on.
    static let otherEndingSignals: [Int32] = [
        SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ, SIGPOLL, SIGPWR, SIGSTKFLT, 34, 50, 64,
    ]

    @Test("every other signal that ends a program ends folio cleanly", arguments: otherEndingSignals)
    func otherEndingSignal(signal: Int32) throws {
        let (folder, folio) = try Self.folio(at: .reader)
        defer { _ = folder }
        try folio.send(signal: signal)
        try folio.expectEndedCleanly(status: 128 + signal, "signal \(signal) in the reader")
    }

    @Test("SIGTRAP, a crash signal, still restores the terminal first")
    func crashSignal() throws {
        // The signal goes on to the handler that was there before. Swift's backtracer would be
        // that handler; whether it can attach depends on the machine (a container may refuse it,
        // and it then ends the process with its own status), so it is turned off here and the
        // default action, which the status names, comes next.
        let (folder, folio) = try Self.folio(at: .reader, environment: ["SWIFT_BACKTRACE": "enable=no"])
        defer { _ = folder }
        try folio.send(signal: SIGTRAP)
        try folio.expectEndedCleanly(status: 128 + SIGTRAP, "SIGTRAP in the reader")
    }

    @Test("SIGPIPE is ignored: folio carries on, and q still ends it cleanly")
    func brokenPipeIgnored() throws {
        let (folder, folio) = try Self.folio(at: .reader)
        defer { _ = folder }
        try folio.send(signal: SIGPIPE)
        try folio.tmux.send("]")
        try folio.tmux.waitFor("§ 2/5")
        #expect(folio.isRunning)
        try folio.tmux.send("q")
        try folio.expectEndedCleanly(status: 0, "q after SIGPIPE")
    }

    @Test("a termination signal while the main thread is stuck: the terminal is restored and the process ends anyway")
    func stuckMainThread() throws {
        let probe = URL(fileURLWithPath: FolioBinary.path).deletingLastPathComponent().appendingPathComponent("TerminalProbe").path
        try #require(FileManager.default.isExecutableFile(atPath: probe), "no TerminalProbe at \(probe): run swift build --build-tests")
        let stuck = try WatchedFolio([], binary: probe)
        try stuck.tmux.waitFor("probe ready, 0 keys")
        try stuck.tmux.send("j")
        try stuck.tmux.waitFor("probe ready, 1 keys")
        try stuck.tmux.send("s")
        try stuck.send(signal: SIGTERM)
        #expect(stuck.exitStatus() == 128 + SIGTERM, "ended although the loop never saw the signal")
        try stuck.expectEndedCleanly(status: 128 + SIGTERM, "SIGTERM with the main thread stuck")
    }

    @Test("SIGKILL, which no program can catch, leaves the terminal changed: the checks above can fail")
    func uncatchableSignalIsObserved() throws {
        let (folder, folio) = try Self.folio(at: .reader)
        defer { _ = folder }
        try folio.send(signal: SIGKILL)
        #expect(folio.exitStatus() == 128 + SIGKILL)
        #expect(try folio.tmux.format(WatchedFolio.flagsFormat) != WatchedFolio.restoredFlags)
    }

    @Test("closing the terminal (its tmux server killed) ends folio: it does not linger or spin")
    func terminalClosed() throws {
        let (folder, folio) = try Self.folio(at: .reader)
        defer { _ = folder }
        let pid = try folio.pid()
        folio.tmux.kill()
        #expect(eventually { hasEnded(pid) }, "folio is still running (state \(processState(pid).map(String.init) ?? "gone"))")
    }

    @Test("two signals in a row still end folio cleanly, once")
    func repeatedSignals() throws {
        let (folder, folio) = try Self.folio(at: .reader)
        defer { _ = folder }
        let pid = try folio.pid()
        #expect(kill(pid, SIGTERM) == 0)
        _ = kill(pid, SIGINT)  // folio may already be gone
        let status = folio.exitStatus()
        #expect(status == 128 + SIGTERM || status == 128 + SIGINT)
        try folio.expectEndedCleanly(status: status ?? -1, "two signals")
    }

    @Test("SIGTSTP then SIGCONT from outside: folio carries on, redraws, and q still restores the terminal")
    func stopAndContinue() throws {
        let (folder, folio) = try Self.folio(at: .reader)
        defer { _ = folder }
        let pid = try folio.pid()
        try folio.send(signal: SIGTSTP)
        // A SIGCONT sent while SIGTSTP waits would discard it. (folio does not stop: its
        // process group has no shell to resume it, and the kernel drops a stop there.)
        #expect(eventually { !isPending(SIGTSTP, in: pid) }, "folio took SIGTSTP")
        try folio.send(signal: SIGCONT)
        try folio.tmux.send("C-l")
        try folio.tmux.waitFor("min read")
        #expect(folio.isRunning)
        try folio.tmux.send("q")
        try folio.expectEndedCleanly(status: 0, "q after a stop and continue")
    }

    @Test("Ctrl-C typed ends folio with status 0 and the terminal restored")
    func controlCKey() throws {
        let (folder, folio) = try Self.folio(at: .searchBar)
        defer { _ = folder }
        // The first Ctrl-C cancels the search, as in less and vim; the second quits.
        try folio.tmux.send("C-c")
        try folio.tmux.send("C-c")
        try folio.expectEndedCleanly(status: 0, "Ctrl-C")
    }
}
