import Glibc
import FolioUI

extension TerminalSession {
    /// Runs the app until it quits or a termination signal arrives, then restores the
    /// terminal (also when `render`, `handle` or `idle` throw).
    ///
    /// Before the first frame `handle` gets the screen's size as a `.resize`: the state
    /// scrolls by the rows the screen has, not by a size it was made with. Each turn renders
    /// the state at the screen's size, draws what changed, reads the keys that came (one, or
    /// all that came together: typed ahead, or a paste) and hands them to `handle` at once, so
    /// they are drawn once. The loop itself deals with Ctrl-Z (suspends; the app never sees it)
    /// and resizes (repaints everything; `handle` still gets `.resize`). Ctrl-C arrives as
    /// `.control("c")`: the app decides to quit.
    ///
    /// - Parameters:
    ///   - state: the app's state, changed by `handle` and `idle`.
    ///   - idleInterval: how often, in milliseconds, to call `idle` for background work;
    ///     nil never calls it.
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
            let wait = interval.map { max(.zero, $0 - (clock.now - lastIdle)) }
            var keys = readKeys(timeout: wait.map(TerminalSession.milliseconds) ?? 1000)[...]
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
            if let interval, clock.now - lastIdle >= interval {
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
