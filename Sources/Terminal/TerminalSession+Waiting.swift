import CNcursesw

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension TerminalSession {
    /// What ended a wait for input.
    enum Waited {
        /// A key (or a hang-up) is there to read.
        case input
        /// Background work has news (`LoopWakeup`).
        case news
        /// A signal came (its handler noted it).
        case signal
        /// Nothing came in time.
        case timedOut
    }

    /// Waits up to `milliseconds` for a key, a signal or a wake from background work: one
    /// `poll` on the terminal and both pipes, so neither a signal that reached another thread
    /// nor background news waits for the timeout.
    func waitForInput(milliseconds: Int, wakeup: LoopWakeup?) -> Waited {
        var descriptors = [
            pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0),
            pollfd(fd: SignalGuard.wakeDescriptor, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wakeup?.readEnd ?? -1, events: Int16(POLLIN), revents: 0),
        ]
        let ready = poll(&descriptors, nfds_t(descriptors.count), Int32(clamping: milliseconds))
        // Interrupted by a signal that reached this thread: its handler noted it.
        guard ready > 0 else { return ready < 0 && errno == EINTR ? .signal : .timedOut }
        if descriptors[1].revents != 0 {
            SignalGuard.drainWakes()
            return .signal
        }
        if descriptors[0].revents != 0 { return .input }
        wakeup?.drain()
        return .news
    }

    /// After SIGCONT: puts the terminal back in folio's modes (raw, no echo, keypad keys) and
    /// repaints everything, whatever was done to the terminal while folio was stopped (a
    /// `stty sane` from another shell, a program that drew over it).
    func resumeAfterStop() {
        guard isActive else { return }
        reset_prog_mode()
        redrawAll()
    }
}
