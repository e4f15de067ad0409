/// How many colours the terminal can show, from none to any RGB value.
public enum ColorCapability: Sendable, Hashable {
    /// No colour: `NO_COLOR` is set or the terminal has none. Attributes still work.
    case none
    /// The 8 basic ANSI colours; bright foregrounds are shown bold.
    case ansi8
    /// The 16 ANSI colours.
    case ansi16
    /// The xterm 256-colour palette.
    case indexed256
    /// Any RGB value (an ncurses direct-colour terminal description, such as `xterm-direct`).
    case direct

    /// The capability of a terminal.
    /// - Parameters:
    ///   - hasColors: what ncurses' `has_colors()` says.
    ///   - colors: ncurses' `COLORS` after `start_color()`.
    ///   - environment: the process environment; a non-empty `NO_COLOR` turns colour off.
    ///     `COLORTERM=truecolor` is not trusted: ncurses can only send RGB when the terminal
    ///     description says so, so a 256-colour description stays at 256 colours.
    public static func detect(hasColors: Bool, colors: Int, environment: [String: String])
        -> ColorCapability
    {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        guard hasColors else { return .none }
        switch colors {
        case 0x100_0000...: return .direct
        case 256...: return .indexed256
        case 16...: return .ansi16
        case 8...: return .ansi8
        default: return .none
        }
    }
}
