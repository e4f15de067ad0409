import FolioKit
import FolioUI
import Terminal

/// The wiring behind the app state while the reader runs, with or without a terminal: keys
/// reduced and their effects performed, background news taken at idle ticks, and what quitting
/// keeps kept at the end.
final class ReaderWiring {
    /// The library's state database and background work.
    let session: LibrarySession
    /// Performs effects.
    let runner: EffectRunner
    /// Standard input still being read, if any.
    let standardInput: StandardInput?
    /// The effects of the key that quit (keeping the reading place, the last article): they
    /// are performed by `finish`, once the screen has ended.
    private var leaving: [Effect] = []

    init(session: LibrarySession, runner: EffectRunner, standardInput: StandardInput?) {
        self.session = session
        self.runner = runner
        self.standardInput = standardInput
    }

    /// Has background work call `wake` when it has news, to wake the event loop.
    func wake(with wake: @escaping @Sendable () -> Void) {
        runner.jobs.actions.wake = wake
        session.inbox.wake = wake
        standardInput?.wake(with: wake)
    }

    /// Applies keys that came together and performs their effects; `.quit` when one quits
    /// (its effects are left for `finish`), `.redraw` when one asks for a repaint.
    func handle(_ keys: [Key], in state: inout AppState) -> LoopControl {
        var control = LoopControl.continue
        let goesOn = state.handle(keys: keys) { state, effects in
            guard !effects.contains(.quit) else {
                leaving = effects
                return false
            }
            let asked = runner.perform(effects, on: &state)
            if asked == .redraw { control = .redraw }
            return asked != .quit
        }
        return goesOn ? control : .quit
    }

    /// An idle tick: takes what background work reported.
    func idle(_ state: inout AppState) -> LoopControl {
        runner.idle(&state)
    }

    /// Keeps what quitting keeps (the reading place, the last article), background writes to
    /// the state database stopped first; `signalled`: the loop ended without a quitting key,
    /// and the place is kept as quitting would keep it.
    func finish(_ state: inout AppState, signalled: Bool) {
        if signalled { leaving = state.reduce(.forceQuit) }
        session.stopBackgroundWrites()
        _ = runner.perform(leaving, on: &state)
        session.finishKeeping()
    }
}
