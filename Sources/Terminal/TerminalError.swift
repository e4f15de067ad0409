/// Why the terminal could not be used.
public enum TerminalError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Standard input or output is not a terminal and `/dev/tty` cannot be opened.
    case noTerminal
    /// ncurses does not know the terminal type in `TERM`.
    case unknownTerminal(String)

    /// A message that tells the user what to change.
    public var description: String {
        switch self {
        case .noTerminal:
            "folio needs a terminal: standard input or output is redirected and /dev/tty cannot be opened"
        case .unknownTerminal(let name):
            "folio cannot drive the terminal type '\(name)': set TERM to one this system knows (e.g. xterm-256color)"
        }
    }
}
