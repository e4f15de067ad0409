import FolioKit

/// What the reader is asked to open and how, as the command line gives it: the paths, the
/// configuration file to read, and the options that win over it for this run (the theme, how
/// links open), whether reading state is kept, the largest file read and whether the mouse is
/// folio's.
public struct ReaderOptions: Sendable, Equatable {
    /// Article files or folders, `-` for standard input; none opens the home library (the
    /// bundled samples while it has no article).
    public var paths: [String]
    /// A theme name or the path of a theme file; nil: the one picked last time, else the
    /// configuration's, else the default.
    public var theme: String?
    /// False for `--no-state`: nothing is read from or written to the state database.
    public var keepsState: Bool
    /// The browser's command line (`--browser`); nil: the configuration's, else `$BROWSER`,
    /// else xdg-open.
    public var browserCommand: String?
    /// Whether the browser needs the terminal (`--browser-terminal`); nil: as the
    /// configuration says, else decided by the browser's name.
    public var browserTerminal: BrowserSettings.TerminalUse?
    /// The largest file (or standard input) read.
    public var sizeLimit: SizeLimit
    /// The configuration file read (`--config FILE`, `--no-config`).
    public var configuration: ConfigurationSource
    /// False for `--no-mouse`: the mouse is left to the terminal (its own text selection).
    public var mouse: Bool

    /// Options for `paths`, everything else as `folio PATH...` has it.
    public init(
        paths: [String], theme: String? = nil, keepsState: Bool = true, browserCommand: String? = nil,
        browserTerminal: BrowserSettings.TerminalUse? = nil, sizeLimit: SizeLimit = .standard,
        configuration: ConfigurationSource = .standard, mouse: Bool = true
    ) {
        self.paths = paths
        self.theme = theme
        self.keepsState = keepsState
        self.browserCommand = browserCommand
        self.browserTerminal = browserTerminal
        self.sizeLimit = sizeLimit
        self.configuration = configuration
        self.mouse = mouse
    }

    /// How links open: the command line's choices over the configuration's.
    func browser(over configured: BrowserSettings) -> BrowserSettings {
        var settings = configured
        if let browserCommand {
            settings.command = browserCommand
            settings.origin = "--browser"
        }
        if let browserTerminal { settings.terminal = browserTerminal }
        return settings
    }
}
