/// How links are opened, as the command line sets it (`--browser`, `--browser-terminal`); the
/// configuration file takes these settings over later.
public struct BrowserSettings: Sendable, Equatable {
    /// Whether the browser needs the terminal.
    public enum TerminalUse: String, CaseIterable, Sendable {
        /// It does: folio leaves the screen to it and waits, as for w3m.
        case yes
        /// It does not: it starts in the background, as a graphical browser does.
        case no
        /// Decided by its name: w3m, lynx, links, elinks and browsh need the terminal.
        case auto
    }

    /// The browser's command line (`%u` stands for the address, else the address is added
    /// last), split into words as a shell splits quoted words; nil: `$BROWSER`, else xdg-open.
    public var command: String?
    /// Whether the browser needs the terminal.
    public var terminal = TerminalUse.auto

    /// Settings for `command` (nil: `$BROWSER`, else xdg-open) and `terminal`.
    public init(command: String? = nil, terminal: TerminalUse = .auto) {
        self.command = command
        self.terminal = terminal
    }
}
