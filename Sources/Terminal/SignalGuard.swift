#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The signal handling of a terminal session.
///
/// Termination signals (SIGTERM, SIGHUP, SIGINT, SIGQUIT) only record themselves: the read
/// they interrupt returns, and the event loop restores the terminal and ends. Fatal signals
/// (SIGSEGV, SIGABRT, SIGILL, SIGTRAP, SIGBUS, SIGFPE) and `exit` restore the terminal's
/// modes and leave the alternate screen with async-signal-safe calls only (`tcsetattr`,
/// `write`), then the signal goes on to the handler that was there before (Swift's
/// backtracer, or the default action).
enum SignalGuard {
    /// Signals that end folio cleanly.
    static let terminationSignals: [Int32] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT]
    /// Signals after which folio cannot go on.
    static let fatalSignals: [Int32] = [SIGSEGV, SIGABRT, SIGILL, SIGTRAP, SIGBUS, SIGFPE]

    /// Installs the handlers. `modes` are the terminal's modes to restore on a crash.
    static func install(terminal fd: Int32, modes: termios) {
        let state = SignalState.shared
        state.pending.pointee = 0
        state.fd.pointee = fd
        state.modes.pointee = modes
        state.resetCount.pointee = 0
        for signal in terminationSignals { state.handle(signal, with: recordSignal) }
        for signal in fatalSignals { state.handle(signal, with: restoreAndForward) }
        if state.exitHookInstalled.pointee == 0 {
            state.exitHookInstalled.pointee = 1
            atexit { SignalGuard.restoreTerminal() }
        }
    }

    /// Arms the crash restore with the bytes that put the terminal back (leave the
    /// alternate screen, show the cursor, reset attributes, stop mouse reports).
    static func arm(reset bytes: [UInt8]) {
        let state = SignalState.shared
        let count = min(bytes.count, SignalState.resetCapacity)
        for index in 0..<count { state.reset[index] = bytes[index] }
        state.resetCount.pointee = count
        state.armed.pointee = 1
    }

    /// Stops restoring on a crash (the session restored the terminal itself).
    static func disarm() { SignalState.shared.armed.pointee = 0 }

    /// Puts the previous handlers back.
    static func uninstall() {
        disarm()
        let state = SignalState.shared
        for signal in terminationSignals + fatalSignals { state.restoreHandler(signal) }
    }

    /// The termination signal received since the last call, if any.
    static func takePending() -> Int32? {
        let pending = SignalState.shared.pending
        let signal = pending.pointee
        guard signal != 0 else { return nil }
        pending.pointee = 0
        return signal
    }

    /// The termination signal received and not yet taken, if any; it stays for `takePending`.
    static func peekPending() -> Int32? {
        let signal = SignalState.shared.pending.pointee
        return signal == 0 ? nil : signal
    }

    /// Forgets a pending SIGINT or SIGQUIT: while an external program runs in the
    /// foreground, Ctrl-C is meant for it, not for folio.
    static func discardInterrupts() {
        let pending = SignalState.shared.pending
        if pending.pointee == SIGINT || pending.pointee == SIGQUIT { pending.pointee = 0 }
    }

    /// Restores the terminal with async-signal-safe calls, once.
    static func restoreTerminal() {
        let state = SignalState.shared
        guard state.armed.pointee != 0 else { return }
        state.armed.pointee = 0
        let fd = state.fd.pointee
        _ = write(fd, state.reset, state.resetCount.pointee)
        _ = tcsetattr(fd, TCSANOW, state.modes)
    }
}

/// Records a termination signal for the event loop.
private func recordSignal(_ signal: Int32) {
    SignalState.shared.pending.pointee = signal
}

/// Restores the terminal, then hands a fatal signal to the previous handler.
private func restoreAndForward(_ signal: Int32) {
    SignalGuard.restoreTerminal()
    SignalState.shared.restoreHandler(signal)
    raise(signal)
}

/// What the signal handlers read and write. Allocated once, before any handler is
/// installed, and never freed; handlers touch only these aligned words, which is what
/// `sig_atomic_t` promises in C.
private final class SignalState: @unchecked Sendable {
    static let shared = SignalState()
    static let resetCapacity = 256

    let pending = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    let armed = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    let exitHookInstalled = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    let fd = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    let modes = UnsafeMutablePointer<termios>.allocate(capacity: 1)
    let reset = UnsafeMutablePointer<UInt8>.allocate(capacity: resetCapacity)
    let resetCount = UnsafeMutablePointer<Int>.allocate(capacity: 1)
    /// The handler before ours, per signal number; `installed` says which are saved.
    let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
    let installed = UnsafeMutablePointer<Bool>.allocate(capacity: 65)

    private init() {
        pending.initialize(to: 0)
        armed.initialize(to: 0)
        exitHookInstalled.initialize(to: 0)
        fd.initialize(to: -1)
        modes.initialize(to: termios())
        reset.initialize(repeating: 0, count: SignalState.resetCapacity)
        resetCount.initialize(to: 0)
        previous.initialize(repeating: sigaction(), count: 65)
        installed.initialize(repeating: false, count: 65)
    }

    /// Installs a handler, saving the previous one. No `SA_RESTART`: a blocked read
    /// returns so the event loop sees the signal.
    func handle(_ signal: Int32, with handler: @convention(c) (Int32) -> Void) {
        guard signal > 0, signal < 65, !installed[Int(signal)] else { return }
        var action = sigaction()
        #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = handler
        #else
            action.__sigaction_u.__sa_handler = handler
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        if sigaction(signal, &action, previous + Int(signal)) == 0 { installed[Int(signal)] = true }
    }

    /// Puts back the handler saved for a signal.
    func restoreHandler(_ signal: Int32) {
        guard signal > 0, signal < 65, installed[Int(signal)] else { return }
        installed[Int(signal)] = false
        sigaction(signal, previous + Int(signal), nil)
    }
}
