import ArgumentParser
import Foundation
import FolioKit
import FolioStore
import FolioUI
import Terminal

/// `folio [PATH...]`: the reader. Opens files and folders (recursively), `-` for standard
/// input, or the bundled sample articles when no path is given.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Read articles in the terminal (the default command).",
        discussion: """
            With no PATH, opens folio's bundled sample articles. A folder opens every article \
            file under it, recursively; `-` reads one article from standard input while keys \
            still come from the terminal. Press ? inside folio for all keys.
            """
    )

    @Argument(help: "Article files or folders to open; - reads standard input.", completion: .file())
    var paths: [String] = []

    @Option(
        name: .long, help: "A theme name (see `folio themes`) or the path of a theme file.",
        completion: .custom { _, _, _ in ThemeCatalog(environment: ProcessEnvironment.variables()).names })
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

    @Option(name: .long, help: "Whether the browser needs the terminal: yes, no or auto (w3m, lynx, links, elinks, browsh).")
    var browserTerminal = BrowserSettings.TerminalUse.auto

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
        try OpenCommand.run(
            paths: paths, theme: theme, keepsState: !noState,
            browser: BrowserSettings(command: browser, terminal: browserTerminal), limit: maxFileSize, mouse: !noMouse)
    }

    /// Opens the articles under `paths` (none: the bundled samples) in the reader, with the
    /// theme named `theme` (nil: the one picked with `T` last time, else the default), reading
    /// and keeping reading state when `keepsState`, opening links as `browser` says; files of
    /// more than `limit` bytes are refused; the mouse is folio's when `mouse`. A theme given
    /// that cannot be loaded is an error before anything starts (exit status 2).
    static func run(
        paths: [String], theme: String?, keepsState: Bool, browser: BrowserSettings = BrowserSettings(),
        limit: SizeLimit = .standard, mouse: Bool = true
    ) throws {
        // A theme asked for must be usable before the screen starts.
        var catalog: ThemeCatalog?
        var givenTheme: Theme?
        if let theme {
            let found = ThemeCatalog(environment: ProcessEnvironment.variables())
            let (loaded, error) = found.resolve(theme)
            if let error {
                StandardOutput.error(error.description)
                throw ExitCode(2)
            }
            (catalog, givenTheme) = (found, loaded)
        }
        // The state database starts opening (it only needs where it lives), on the way to the
        // first paint. The bundled samples are not files and keep no marks, but the choices
        // made in them (theme, sort order) are kept.
        let opening = StoreOpening(
            environment: ProcessEnvironment.variables(StoreLocation.stateHome, StoreLocation.home), keepsState: keepsState)
        let environment = ProcessEnvironment.variables()
        let themes = catalog ?? ThemeCatalog(environment: environment)
        // When the list will show anyway, curses starts while the state database opens.
        let terminal = TerminalSession(mouse: mouse)
        let (session, library, starting) = LibrarySession.open(paths, with: opening, limit: limit) { listing in
            if !opening.isFresh, listing.showsList { try? terminal.start() }
        }
        // When the first paint waited for the full opening of the saved state (its read-only
        // look failed: a damaged database is moved aside), its warning is known: it goes to
        // the status line, and to standard error when the screen has not started. Otherwise
        // it comes to the status line when the opening is done.
        let warning = opening.warningBeforePaint
        // Errors found on the way (walking on to the last article) end the early screen: they
        // are reported before it starts again.
        if !library.errors.isEmpty { terminal.end() }
        if let warning, !terminal.isActive { StandardOutput.error(warning) }
        for error in library.errors { StandardOutput.error(error.description) }
        // A path that cannot be opened is reported before the screen starts; when nothing at
        // all could be read there is nothing to show.
        if library.entries.isEmpty, !library.errors.isEmpty { throw ExitCode(2) }

        let preferences = opening.preferences()
        let (startTheme, themeNote) = Self.startTheme(given: givenTheme, remembered: preferences[.theme], in: themes)
        var state = AppState(
            entries: library.entries, today: SimpleDate(Date()), theme: startTheme,
            themeNames: themes.names)
        if let order = preferences[.sortOrder].flatMap(SortOrder.init(rawValue:)), order != state.list.sort {
            state.list.sort = order
            state.list.selected = state.shownEntries.first
        }
        if let shift = preferences[.divider].flatMap({ Int($0) }) { state.split.shift = shift }
        // Also on the status line: what went wrong before the screen started (the screen
        // hides the lines on standard error until it ends).
        if let message = warning ?? library.errors.first?.description ?? themeNote {
            state.message = StatusMessage(message, isError: true)
        }
        session.start(library, readPaths: starting.readPaths, in: &state)
        var runner = EffectRunner(
            catalog: themes, session: session, browser: BrowserLauncher(settings: browser, environment: environment),
            terminal: terminal)
        runner.standardInput = library.standardInput
        // Background work wakes the event loop when it has news.
        let wakeup = LoopWakeup()
        runner.jobs.actions.wake = wakeup.wake
        session.inbox.wake = wakeup.wake
        library.standardInput?.wake(with: wakeup.wake)
        // The screen starts before the first article opens: it is laid out for the screen's
        // size, and an article that takes long to load leaves keys and signals answered.
        try terminal.start()
        let (width, height) = terminal.size
        _ = state.handle(key: .resize(width: width, height: height))
        // One article opens straight into the reader, as `less FILE` does; else the article
        // open at the last quit opens again when it is among those opened, like vim's last
        // position.
        if library.entries.count == 1 && library.walk == nil || reopen(starting.lastArticle, in: &state),
            runner.perform(state.reduce(.openSelected), on: &state) == .quit
        {
            return
        }
        // What quitting keeps (the reading place, the last article) is kept once the terminal
        // is restored, with background writes to the state database stopped first.
        var leaving: [Effect] = []
        let end = try terminal.run(
            &state, idleInterval: 50, wakeup: wakeup,
            render: { state, width, height in render(state, width: width, height: height) },
            handle: { state, keys in
                var control = LoopControl.continue
                let goesOn = state.handle(keys: keys) { state, effects in
                    guard !effects.contains(.quit) else {
                        leaving = effects
                        return false
                    }
                    let asked = runner.perform(effects, on: &state)
                    if asked == .redraw { control = .redraw }
                    return asked != .quit
                }
                return goesOn ? control : .quit
            },
            idle: { state in runner.idle(&state) })
        // A signal ended the loop: keep the place as quitting would.
        if end != .quit { leaving = state.reduce(.forceQuit) }
        session.stopBackgroundWrites()
        _ = runner.perform(leaving, on: &state)
        session.finishKeeping()
        // Folders found unreadable while folio ran were named on the status line; now that the
        // screen has ended they go to standard error too.
        for error in session.unreadable where !library.errors.contains(error) { StandardOutput.error(error.description) }
        if end.exitStatus != 0 { throw ExitCode(end.exitStatus) }
        // Standard input that outgrew the limit (or failed) while the reader showed it.
        if let failure = library.standardInput?.snapshot.failure {
            StandardOutput.error(failure.description)
            throw ExitCode(2)
        }
        if !library.errors.isEmpty || !session.unreadable.isEmpty { throw ExitCode(2) }
    }

    /// The theme to start with: the one given on the command line, else the one picked with
    /// `T` last time, else the default; with a note when the remembered theme cannot be
    /// loaded any more (the default is used).
    private static func startTheme(given: Theme?, remembered: String?, in catalog: ThemeCatalog) -> (Theme, String?) {
        if let given { return (given, nil) }
        guard let remembered else { return (catalog.theme(named: ThemeCatalog.defaultName).theme, nil) }
        let (theme, error) = catalog.theme(named: remembered)
        guard let error else { return (theme, nil) }
        return (catalog.theme(named: ThemeCatalog.defaultName).theme, "The theme picked last time cannot be loaded: \(error)")
    }

    /// Selects the article that was open at the last quit (`last`, by its store path), when it
    /// is in the library.
    private static func reopen(_ last: String?, in state: inout AppState) -> Bool {
        guard let last, let index = state.entries.firstIndex(where: { StorePath.key($0.path) == last }) else { return false }
        state.list.selected = index
        return true
    }
}
