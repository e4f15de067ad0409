import ArgumentParser

/// How links are opened, as the command line sets it (`--browser`, `--browser-terminal`); the
/// configuration file takes these settings over later.
struct BrowserSettings: Sendable, Equatable {
    /// Whether the browser needs the terminal.
    enum TerminalUse: String, ExpressibleByArgument, CaseIterable, Sendable {
        /// It does: folio leaves the screen to it and waits, as for w3m.
        case yes
        /// It does not: it starts in the background, as a graphical browser does.
        case no
        /// Decided by its name: w3m, lynx, links, elinks and browsh need the terminal.
        case auto
    }

    /// The browser's command line (`%u` stands for the address, else the address is added
    /// last), split into words as a shell splits quoted words; nil: `$BROWSER`, else xdg-open.
    var command: String?
    /// Whether the browser needs the terminal.
    var terminal = TerminalUse.auto
}
