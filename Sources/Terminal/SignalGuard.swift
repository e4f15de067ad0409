#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The signal handling of a terminal session.
///
/// Every signal whose default action ends the process and that can be caught ends folio with
/// the terminal restored. Termination signals (SIGTERM, SIGHUP, SIGINT, SIGUSR1, SIGALRM and
/// the rest of `terminationSignals`) only record themselves and wake the event loop through a
/// pipe (whichever thread they reach); the loop restores the terminal, keeps the reading place
/// and ends. Should the loop not answer within `graceMilliseconds` (busy on the main thread), a
/// watchdog thread restores the terminal itself and ends the process; once the terminal is
/// restored, the loop has `savingMilliseconds` to keep the reading state before the watchdog
/// ends the process anyway. Fatal signals (faults and aborts) and `exit` restore the terminal's
/// modes and leave the alternate screen with async-signal-safe calls only (`tcsetattr`,
/// `write`), then the signal goes on to the handler that was there before (Swift's backtracer,
/// or the default action).
///
/// SIGPIPE is ignored while the session runs (a write to a terminal that went away fails
/// instead). SIGCONT is noted for the loop, which puts the terminal back in folio's modes and
/// redraws, as less does: after a SIGSTOP, a `stty sane` from outside must not leave keys
/// echoing. A signal the process inherited as ignored (`nohup`, a shell's `trap '' USR1`) stays
/// ignored.
enum SignalGuard {
    /// Signals that end folio cleanly: those whose default action ends the process, other than
    /// faults, and that can be caught.
    static let terminationSignals: [Int32] = {
        var signals: [Int32] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ]
        #if os(Linux)
            signals += [SIGPOLL, SIGPWR, SIGSTKFLT]
            signals += Array(__libc_current_sigrtmin()...__libc_current_sigrtmax())
        #endif
        return signals
    }()
    /// Signals after which folio cannot go on.
    static let fatalSignals: [Int32] = [SIGSEGV, SIGABRT, SIGILL, SIGTRAP, SIGBUS, SIGFPE, SIGSYS]
    /// How long the event loop has to restore the terminal after a termination signal before
    /// the watchdog does it and ends the process.
    static let graceMilliseconds = 60
    /// How long the loop then has to keep the reading state and exit.
    static let savingMilliseconds = 2_000

    /// Installs the handlers. `modes` are the terminal's modes to restore on a crash.
    static func install(terminal fd: Int32, modes: termios) {
        let state = SignalState.shared
        state.pending.pointee = 0
        state.continued.pointee = 0
        state.fd.pointee = fd
        state.modes.pointee = modes
        state.resetCount.pointee = 0
        for signal in terminationSignals { state.handle(signal, with: recordSignal) }
        for signal in fatalSignals { state.handle(signal, with: restoreAndForward) }
        state.handle(SIGCONT, with: noteContinue)
        state.ignore(SIGPIPE)
        if state.exitHookInstalled.pointee == 0 {
            state.exitHookInstalled.pointee = 1
            atexit { SignalGuard.restoreTerminal() }
            startWatchdog()
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
        for signal in terminationSignals + fatalSignals + [SIGCONT, SIGPIPE] { state.restoreHandler(signal) }
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

    /// True once after a SIGCONT: the terminal's modes may have been changed while folio was
    /// stopped.
    static func takeContinued() -> Bool {
        let continued = SignalState.shared.continued
        guard continued.pointee != 0 else { return false }
        continued.pointee = 0
        return true
    }

    /// The descriptor that becomes readable when a signal came: the event loop waits on it
    /// beside the terminal, and drains it with `drainWakes`.
    static var wakeDescriptor: Int32 { SignalState.shared.wakeRead }

    /// Empties the signal pipe.
    static func drainWakes() { LoopWakeup.drain(SignalState.shared.wakeRead) }

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

    // MARK: - Watchdog

    /// Starts the watchdog thread, with every signal blocked in it (so signals reach the
    /// threads that wait for them).
    private static func startWatchdog() {
        var all = sigset_t(), saved = sigset_t()
        sigfillset(&all)
        pthread_sigmask(SIG_SETMASK, &all, &saved)
        #if canImport(Glibc)
            var thread = pthread_t()
        #else
            var thread: pthread_t?
        #endif
        if pthread_create(&thread, nil, { _ in
            SignalGuard.watch()
            return nil
        }, nil) == 0 {
            pthread_detach(thread)
        }
        pthread_sigmask(SIG_SETMASK, &saved, nil)
    }

    /// The watchdog: waits for a termination signal that came while the terminal was in
    /// folio's modes, gives the event loop `graceMilliseconds` to restore it and then
    /// `savingMilliseconds` to exit; what the loop does not do in time, the watchdog does.
    private static func watch() {
        let state = SignalState.shared
        var byte: UInt8 = 0
        while true {
            let count = read(state.watchRead, &byte, 1)
            if count < 0, errno == EINTR { continue }
            guard count == 1 else { return }
            let signal = state.ending.pointee
            guard signal != 0 else { continue }
            if !wait(milliseconds: graceMilliseconds, until: { state.armed.pointee == 0 }) {
                restoreTerminal()
                _exit(128 + signal)
            }
            _ = wait(milliseconds: savingMilliseconds, until: { false })
            _exit(128 + signal)
        }
    }

    #if canImport(Glibc)
        typealias Handler = __sighandler_t
    #else
        typealias Handler = sig_t
    #endif

    /// The action that calls `handler` (or `SIG_DFL`, `SIG_IGN`), no signal blocked meanwhile
    /// but its own, no flags.
    static func action(_ handler: Handler?) -> sigaction {
        var action = sigaction()
        #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = handler
        #else
            action.__sigaction_u.__sa_handler = handler
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        return action
    }

    /// The plain handler an action calls.
    static func handler(of action: sigaction) -> Handler? {
        #if canImport(Glibc)
            action.__sigaction_handler.sa_handler
        #else
            action.__sigaction_u.__sa_handler
        #endif
    }

    /// Waits up to `milliseconds` for `condition`, looking every millisecond; true once it holds.
    private static func wait(milliseconds: Int, until condition: () -> Bool) -> Bool {
        var pause = timespec(tv_sec: 0, tv_nsec: 1_000_000)
        for _ in 0..<milliseconds {
            if condition() { return true }
            nanosleep(&pause, nil)
        }
        return condition()
    }
}

/// Records a termination signal for the event loop and wakes it; while the terminal is in
/// folio's modes, also tells the watchdog. Only async-signal-safe calls; `errno` is kept.
private func recordSignal(_ signal: Int32) {
    let saved = errno
    let state = SignalState.shared
    state.pending.pointee = signal
    var byte: UInt8 = 1
    _ = write(state.wakeWrite, &byte, 1)
    if state.armed.pointee != 0, state.ending.pointee == 0 {
        state.ending.pointee = signal
        _ = write(state.watchWrite, &byte, 1)
    }
    errno = saved
}

/// Notes a SIGCONT for the event loop and wakes it.
private func noteContinue(_ signal: Int32) {
    let saved = errno
    let state = SignalState.shared
    state.continued.pointee = 1
    var byte: UInt8 = 1
    _ = write(state.wakeWrite, &byte, 1)
    errno = saved
}

/// Restores the terminal, then hands a fatal signal to the previous handler, at once (the
/// signal is unblocked and raised again). Should that handler return (Swift's crash report
/// does, for a signal sent with `kill`), the default action ends the process.
private func restoreAndForward(_ signal: Int32) {
    SignalGuard.restoreTerminal()
    let state = SignalState.shared
    state.restoreHandler(signal)
    var this = sigset_t()
    sigemptyset(&this)
    sigaddset(&this, signal)
    pthread_sigmask(SIG_UNBLOCK, &this, nil)
    raise(signal)
    state.setDefault(signal)
    raise(signal)
}

/// What the signal handlers read and write. Allocated once, before any handler is
/// installed, and never freed; handlers touch only these aligned words, which is what
/// `sig_atomic_t` promises in C, and the pipes.
private final class SignalState: @unchecked Sendable {
    static let shared = SignalState()
    static let resetCapacity = 256

    let pending = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    /// The first termination signal that came while armed: the watchdog acts on it.
    let ending = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    let continued = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    let armed = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    let exitHookInstalled = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    let fd = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    let modes = UnsafeMutablePointer<termios>.allocate(capacity: 1)
    let reset = UnsafeMutablePointer<UInt8>.allocate(capacity: resetCapacity)
    let resetCount = UnsafeMutablePointer<Int>.allocate(capacity: 1)
    /// The handler before ours, per signal number; `installed` says which are saved.
    let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
    let installed = UnsafeMutablePointer<Bool>.allocate(capacity: 65)
    /// The pipe that wakes the event loop (non-blocking at both ends).
    let wakeRead: Int32, wakeWrite: Int32
    /// The pipe that wakes the watchdog (its read end blocks).
    let watchRead: Int32, watchWrite: Int32

    private init() {
        pending.initialize(to: 0)
        ending.initialize(to: 0)
        continued.initialize(to: 0)
        armed.initialize(to: 0)
        exitHookInstalled.initialize(to: 0)
        fd.initialize(to: -1)
        modes.initialize(to: termios())
        reset.initialize(repeating: 0, count: SignalState.resetCapacity)
        resetCount.initialize(to: 0)
        previous.initialize(repeating: sigaction(), count: 65)
        installed.initialize(repeating: false, count: 65)
        (wakeRead, wakeWrite) = Self.makePipe(blocking: false)
        (watchRead, watchWrite) = Self.makePipe(blocking: true)
    }

    /// A pipe closed on exec; unless `blocking`, neither end blocks. The write end never
    /// blocks: a full pipe has woken its reader already.
    private static func makePipe(blocking: Bool) -> (Int32, Int32) {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return (-1, -1) }
        for (index, end) in ends.enumerated() {
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            if !blocking || index == 1 { _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK) }
        }
        return (ends[0], ends[1])
    }

    /// Installs a handler, saving the previous one, unless the signal is ignored (inherited
    /// so). No `SA_RESTART`: a blocked read returns so the event loop sees the signal.
    func handle(_ signal: Int32, with handler: @convention(c) (Int32) -> Void) {
        var current = sigaction()
        sigaction(signal, nil, &current)
        if current.sa_flags & SA_SIGINFO == 0, let ignored = SignalGuard.handler(of: current),
            unsafeBitCast(ignored, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
        {
            return
        }
        install(signal, SignalGuard.action(handler))
    }

    /// Ignores a signal, saving its previous handler.
    func ignore(_ signal: Int32) {
        install(signal, SignalGuard.action(SIG_IGN))
    }

    private func install(_ signal: Int32, _ action: sigaction) {
        guard signal > 0, signal < 65, !installed[Int(signal)] else { return }
        var action = action
        if sigaction(signal, &action, previous + Int(signal)) == 0 { installed[Int(signal)] = true }
    }

    /// Gives a signal its default action.
    func setDefault(_ signal: Int32) {
        var action = SignalGuard.action(SIG_DFL)
        sigaction(signal, &action, nil)
    }

    /// Puts back the handler saved for a signal.
    func restoreHandler(_ signal: Int32) {
        guard signal > 0, signal < 65, installed[Int(signal)] else { return }
        installed[Int(signal)] = false
        sigaction(signal, previous + Int(signal), nil)
    }
}
