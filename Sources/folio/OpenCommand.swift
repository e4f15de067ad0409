import ArgumentParser
import FolioApp
import FolioKit

/// `folio [PATH...]`: the reader. Opens files and folders (recursively), `-` for standard
/// input, or the home library when no path is given (the bundled sample articles while it is
/// empty).
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Read articles in the terminal (the default command).",
        discussion: """
            With no PATH, opens the home library ($XDG_DATA_HOME/folio, default \
            ~/.local/share/folio: the pages saved with `folio add` or `a`), or folio's bundled \
            sample articles while it has none. A folder opens every article \
            file under it, recursively; `-` reads one article from standard input while keys \
            still come from the terminal. Press ? inside folio for all keys.

            Settings (theme, keys, reader measure, list order, dates, browser, fetching) come \
            from the configuration file, $XDG_CONFIG_HOME/folio/config.toml (see folio \
            config); an option here wins over it for this run. A mistake in the file stops \
            folio before the screen opens, naming its line and column (exit status 2).
            """
    )

    @Argument(help: "Article files or folders to open; - reads standard input.", completion: .file())
    var paths: [String] = []

    @Option(
        name: .long, help: "A theme name (see `folio themes`) or the path of a theme file.",
        completion: .custom { _, _, _ in ThemeListing.names })
    var theme: String?

    @Flag(name: .long, help: "Keep no reading state: read nothing from and write nothing to the state database.")
    var noState = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The browser that opens links: a command line, %u for the address (else it is added last).",
            discussion: "Split into words as a shell splits quoted words, never run by a shell. Default: $BROWSER, else xdg-open.",
            valueName: "command"))
    var browser: String?

    @Option(
        name: .long,
        help: "Whether the browser needs the terminal: yes, no or auto (w3m, lynx, links, elinks, browsh; the default).")
    var browserTerminal: BrowserSettings.TerminalUse?

    @OptionGroup var config: ConfigurationOptions

    func validate() throws {
        guard let browser else { return }
        let words: [String]
        do throws(ShellWords.Failure) {
            words = try ShellWords.split(browser)
        } catch {
            throw ValidationError("--browser cannot be read: \(error).")
        }
        if words.isEmpty { throw ValidationError("--browser names no command.") }
    }

    @Option(help: "The largest file (or standard input) to read, e.g. 100M, 1G.")
    var maxFileSize = SizeLimit.standard

    @Flag(name: .long, help: "Leave the mouse to the terminal: its own text selection, no clicks or wheel in folio.")
    var noMouse = false

    func run() throws {
        try exiting {
            try TerminalReader.run(
                ReaderOptions(
                    paths: paths, theme: theme, keepsState: !noState, browserCommand: browser, browserTerminal: browserTerminal,
                    sizeLimit: maxFileSize, configuration: config.source, mouse: !noMouse))
        }
    }
}
