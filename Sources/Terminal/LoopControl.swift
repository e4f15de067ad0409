/// What the event loop does after a key or an idle tick.
public enum LoopControl: Sendable, Hashable {
    /// Render and wait for the next key.
    case `continue`
    /// End the loop and restore the terminal.
    case quit
    /// Nothing changed (an idle tick with no news): no need to render.
    case unchanged
    /// Repaint every cell on an erased screen: the terminal may show what other programs
    /// wrote to it (Ctrl-L).
    case redraw
}

/// Why the event loop ended.
public enum LoopEnd: Sendable, Hashable {
    /// The app asked to quit.
    case quit
    /// A termination signal (SIGTERM, SIGHUP, SIGINT, SIGQUIT) arrived.
    case signal(Int32)

    /// The process exit status for this ending: 0, or 128 plus the signal number.
    public var exitStatus: Int32 {
        switch self {
        case .quit: 0
        case .signal(let number): 128 + number
        }
    }
}
