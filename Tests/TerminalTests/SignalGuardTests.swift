import Testing

@testable import Terminal

#if canImport(Glibc)
    import Glibc
#endif

/// The signal handlers only record a termination signal for the event loop, and the crash
/// restore writes its bytes once. (One test: handlers are process-wide.)
@Suite(.serialized) struct SignalGuardTests {
    @Test func terminationSignalsAreRecordedAndTheTerminalRestoredOnce() throws {
        var pipeEnds: [Int32] = [0, 0]
        try #require(pipe(&pipeEnds) == 0)
        defer { close(pipeEnds[0]); close(pipeEnds[1]) }
        let before = currentHandler(SIGTERM)

        SignalGuard.install(terminal: pipeEnds[1], modes: termios())
        #expect(SignalGuard.takePending() == nil)
        // Unblocked in this thread (test threads may block signals), `raise` runs the handler
        // before it returns.
        var unblocked = sigset_t(), saved = sigset_t()
        sigemptyset(&unblocked)
        for signal in SignalGuard.terminationSignals { sigaddset(&unblocked, signal) }
        pthread_sigmask(SIG_UNBLOCK, &unblocked, &saved)
        defer { pthread_sigmask(SIG_SETMASK, &saved, nil) }
        raise(SIGTERM)
        #expect(SignalGuard.takePending() == SIGTERM, "the handler recorded SIGTERM")
        #expect(SignalGuard.takePending() == nil, "taken once")
        raise(SIGHUP)
        raise(SIGINT)
        #expect(SignalGuard.takePending() == SIGINT, "the last signal wins")
        raise(SIGINT)
        SignalGuard.discardInterrupts()
        #expect(SignalGuard.takePending() == nil, "Ctrl-C meant for an external program is forgotten")

        SignalGuard.arm(reset: Array("\u{1B}[?1049l\u{1B}[?25h".utf8))
        SignalGuard.restoreTerminal()
        SignalGuard.restoreTerminal()
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = read(pipeEnds[0], &buffer, buffer.count)
        #expect(Array(buffer.prefix(max(0, count))) == Array("\u{1B}[?1049l\u{1B}[?25h".utf8), "written once")

        SignalGuard.uninstall()
        #expect(currentHandler(SIGTERM) == before, "the previous handler is back")
    }

    /// The address of the handler installed for a signal.
    private func currentHandler(_ signal: Int32) -> Int {
        var action = sigaction()
        sigaction(signal, nil, &action)
        return unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self)
    }
}
