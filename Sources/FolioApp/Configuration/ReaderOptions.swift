import FolioKit

/// What the reader is asked to open and how, as the command line gives it today (a
/// configuration file takes some of it over later): the paths, the theme, whether reading
/// state is kept, how links open, the largest file read and whether the mouse is folio's.
public struct ReaderOptions: Sendable, Equatable {
    /// Article files or folders, `-` for standard input; none opens the home library (the
    /// bundled samples while it has no article).
    public var paths: [String]
    /// A theme name or the path of a theme file; nil: the one picked last time, else the default.
    public var theme: String?
    /// False for `--no-state`: nothing is read from or written to the state database.
    public var keepsState: Bool
    /// How links are opened.
    public var browser: BrowserSettings
    /// The largest file (or standard input) read.
    public var sizeLimit: SizeLimit
    /// False for `--no-mouse`: the mouse is left to the terminal (its own text selection).
    public var mouse: Bool

    /// Options for `paths`, everything else as `folio PATH...` has it.
    public init(
        paths: [String], theme: String? = nil, keepsState: Bool = true, browser: BrowserSettings = BrowserSettings(),
        sizeLimit: SizeLimit = .standard, mouse: Bool = true
    ) {
        self.paths = paths
        self.theme = theme
        self.keepsState = keepsState
        self.browser = browser
        self.sizeLimit = sizeLimit
        self.mouse = mouse
    }
}
