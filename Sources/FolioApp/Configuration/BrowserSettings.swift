/// How links are opened, as the configuration file's `[browser]` sets it, or the command line
/// (`--browser`, `--browser-terminal`).
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
    /// Where `command` was set, for messages about it: `--browser`, or the configuration file.
    public var origin = "--browser"

    /// Settings for `command` (nil: `$BROWSER`, else xdg-open) and `terminal`.
    public init(command: String? = nil, terminal: TerminalUse = .auto) {
        self.command = command
        self.terminal = terminal
    }
}
