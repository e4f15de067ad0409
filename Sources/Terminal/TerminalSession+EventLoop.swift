import Glibc
import Screen

extension TerminalSession {
    /// Runs the app until it quits or a termination signal arrives, then restores the
    /// terminal (also when `render`, `handle` or `idle` throw).
    ///
    /// First `handle` gets a `.resize` with the screen's size, so the app lays out for it
    /// before the first frame: the state scrolls by the rows the screen has. Each turn renders
    /// the state at the screen's size, draws what changed, waits for keys, a signal or news from
    /// background work (`wakeup`), and hands the keys that came (one, or all that came together:
    /// typed ahead, or a paste) to `handle` at once, so they are drawn once. The loop itself
    /// deals with Ctrl-Z (suspends; the app never sees it), resizes (repaints everything;
    /// `handle` still gets `.resize`) and SIGCONT (puts the terminal back in folio's modes and
    /// repaints). Ctrl-C arrives as `.control("c")`: the app decides to quit. The app's work must
    /// not hold the loop: a termination signal is answered by the loop, or after
    /// `SignalGuard.graceMilliseconds` by a watchdog that restores the terminal and ends the
    /// process.
    ///
    /// - Parameters:
    ///   - state: the app's state, changed by `handle` and `idle`.
    ///   - idleInterval: how often, in milliseconds, to call `idle` for background work;
    ///     nil never calls it.
    ///   - wakeup: woken by background work that has news: `idle` is then called at once.
    ///   - render: draws a state into a buffer of the given size. Called only after the
    ///     state may have changed.
    ///   - handle: applies keys, in order, to the state.
    ///   - idle: called right after the first frame is drawn, then about every
    ///     `idleInterval` milliseconds, keys or not; `.unchanged` skips the render. Work that
    ///     can wait for the first frame starts there, so it does not share the cores with it.
    /// - Returns: why the loop ended; exit with `exitStatus`.
    @discardableResult
    public func run<State>(
        _ state: inout State,
        idleInterval: Int? = nil,
        wakeup: LoopWakeup? = nil,
        render: (State, _ width: Int, _ height: Int) throws -> ScreenBuffer,
        handle: (inout State, [Key]) throws -> LoopControl,
        idle: (inout State) throws -> LoopControl = { _ in .continue }
    ) throws -> LoopEnd {
        try start()
        defer { end() }
        let (width, height) = size
        if try handle(&state, [.resize(width: width, height: height)]) == .quit { return .quit }
        let clock = ContinuousClock()
        let interval = idleInterval.map { Duration.milliseconds(max(1, $0)) }
        var lastIdle = clock.now - (interval ?? .zero)
        var needsRender = true
        while true {
            if needsRender {
                let (width, height) = size
                draw(try render(state, width, height))
                needsRender = false
            }
            // Checked after drawing, right before the wait: a signal that came while drawing
            // would otherwise wait for the read's timeout.
            if let signal = SignalGuard.takePending() { return .signal(signal) }
            if SignalGuard.takeContinued() {
                resumeAfterStop()
                needsRender = true
            }
            let wait = interval.map { max(.zero, $0 - (clock.now - lastIdle)) }
            var woken = false
            var keys = readKeys(timeout: 0)[...]
            if keys.isEmpty {
                switch waitForInput(milliseconds: wait.map(TerminalSession.milliseconds) ?? 1000, wakeup: wakeup) {
                case .input: keys = readKeys(timeout: 0)[...]
                case .news: woken = true
                case .signal, .timedOut: break
                }
            }
            if !keys.isEmpty {
                while !keys.isEmpty {
                    let suspension = keys.firstIndex(of: .control("z")) ?? keys.endIndex
                    if suspension > keys.startIndex {
                        switch try handle(&state, Array(keys[..<suspension])) {
                        case .quit: return .quit
                        case .redraw: redrawAll()
                        case .continue, .unchanged: break
                        }
                    }
                    if suspension < keys.endIndex { suspend() }
                    keys = keys[min(suspension + 1, keys.endIndex)...]
                }
                needsRender = true
            } else if inputHungUp {
                return .signal(SIGHUP)
            }
            if let interval, woken || clock.now - lastIdle >= interval {
                lastIdle = clock.now
                switch try idle(&state) {
                case .quit: return .quit
                case .unchanged: break
                case .continue: needsRender = true
                case .redraw:
                    redrawAll()
                    needsRender = true
                }
            }
        }
    }

    private static func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }
}
