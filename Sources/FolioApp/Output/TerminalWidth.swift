import Foundation

/// The width to lay text out for when none is given.
enum TerminalWidth {
    /// The terminal's width in columns when standard output is a terminal, else 80.
    static var current: Int {
        guard StandardOutput.isTerminal else { return 80 }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}
