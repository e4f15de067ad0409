#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension TerminalSession {
    /// Runs a program that needs the terminal (a terminal web browser such as w3m) in the
    /// foreground, as a shell runs a job and as newsboat runs its browser: leaves curses mode,
    /// starts the program with `start` (which returns its process id, or nil when it could not
    /// start it), waits for it to end, then takes the terminal back and redraws everything.
    ///
    /// While it runs, the keys are its own: Ctrl-C goes to it (folio does not end), and Ctrl-Z
    /// stops it and folio together, as one job, until the shell's `fg`. A termination signal
    /// folio gets meanwhile (SIGTERM, SIGHUP) is passed on to the program, and ends folio once
    /// the program has ended. Returns the program's wait status; nil when it did not start.
    public func runInForeground(_ start: () -> pid_t?) -> Int32? {
        withSuspended {
            // ncurses's own SIGTSTP handler would draw folio over the program when resumed.
            Self.withDefaultAction(for: SIGTSTP) { start().map(Self.waitForChild) }
        }
    }

    /// Runs `body` with `signal`'s default action (stopping, for SIGTSTP) in place of its
    /// handler, which is put back after.
    static func withDefaultAction<Result>(for signal: Int32, _ body: () -> Result) -> Result {
        var previous = sigaction()
        var defaultAction = SignalGuard.action(SIG_DFL)
        sigaction(signal, &defaultAction, &previous)
        defer { sigaction(signal, &previous, nil) }
        return body()
    }

    /// Waits for the child `child` to end and returns its wait status. A termination signal
    /// that arrives meanwhile is passed on to it; should it still run two seconds later, it
    /// is killed.
    public static func waitForChild(_ child: pid_t) -> Int32 {
        var status: Int32 = 0
        var forwarded = false
        var polls = 0
        while true {
            let result = waitpid(child, &status, forwarded ? WNOHANG : 0)
            if result == child { return status }
            if result < 0, errno != EINTR { return status }
            if !forwarded, let signal = SignalGuard.peekPending(), signal == SIGTERM || signal == SIGHUP {
                kill(child, signal)
                forwarded = true
            }
            if forwarded {
                polls += 1
                if polls == 200 { kill(child, SIGKILL) }
                usleep(10_000)
            }
        }
    }
}
