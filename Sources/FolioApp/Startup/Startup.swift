import Foundation
import FolioKit
import FolioStore
import FolioUI
import Terminal

/// The one start-up of the reader, for every command that opens articles in it: `folio
/// PATH...` in the terminal (`TerminalReader`), and `folio key-timing` and the tests without
/// one (`HeadlessReader`). In order:
/// 1. `init`: the configuration file must read without a mistake, and a theme given must load;
///    the state database starts opening on another core while the first files are listed and
///    looked up in its catalog (`LibrarySession.open`).
/// 2. `makeState()`: the app state of the first paint, with the theme and the sort order (given,
///    else picked last time while the file's setting stays as it was, else the file's, else the
///    default), the file's keys, measure and dates, the divider kept, and the first problem on
///    the status line;
///    the session prepares the background work that reads the rest.
/// 3. `makeWiring(terminal:)`: what performs the state's effects.
/// 4. `openFirstArticle`: once the screen's size is known, a lone article opens, as `less FILE`
///    does; else the article open at the last quit, when it is among those opened.
final class Startup {
    /// What was asked for.
    let options: ReaderOptions
    /// The process's environment (or a test's).
    let environment: [String: String]
    /// The themes `T` cycles through.
    let themes: ThemeCatalog
    /// The configuration file's settings over the defaults.
    let configuration: Configuration
    /// The theme given with `--theme`, loaded.
    private let givenTheme: Theme?
    /// The state database, opening.
    let opening: StoreOpening
    /// The library's state and background work.
    let session: LibrarySession
    /// The articles opened, and the paths that could not be.
    let library: Library
    /// The store path of the article open at the last quit, and the articles marked read.
    let starting: (lastArticle: String?, readPaths: Set<String>)
    /// The warning of the state database's opening when the first paint waits for it (a
    /// damaged database moved aside); else it comes to the status line later.
    let warning: String?

    /// Checks the theme asked for, starts opening the state database and lists the library.
    /// `environment`: nil for the process's, read after the state database has started opening
    /// (it needs only where it lives). `listed` is called with the first files found, before
    /// the start waits for the state database (the terminal starts meanwhile). Standard input
    /// is read from `input`. A mistake in the configuration file, or a theme that cannot be
    /// loaded, is said on standard error: exit status 2, before anything starts.
    init(
        _ options: ReaderOptions, environment: [String: String]? = nil, input: Int32 = STDIN_FILENO,
        listed: (Library.Listing, StoreOpening) -> Void = { _, _ in }
    ) throws(ExitStatus) {
        self.options = options
        // The configuration file and the user's themes are where XDG_CONFIG_HOME or HOME says.
        let catalog = ThemeCatalog(environment: environment ?? ProcessEnvironment.variables("XDG_CONFIG_HOME", StoreLocation.home))
        configuration = try options.configuration.loadForCommand(
            environment: environment ?? ProcessEnvironment.variables("XDG_CONFIG_HOME", StoreLocation.home), themes: catalog)
        var givenTheme: Theme?
        if let theme = options.theme {
            let (loaded, error) = catalog.resolve(theme)
            if let error {
                StandardOutput.error(error.description)
                throw ExitStatus(2)
            }
            givenTheme = loaded
        }
        // The bundled samples are not files and keep no marks, but the choices made in them
        // (theme, sort order) are kept.
        let opening = StoreOpening(
            environment: environment ?? ProcessEnvironment.variables(StoreLocation.stateHome, StoreLocation.home),
            keepsState: options.keepsState)
        let environment = environment ?? ProcessEnvironment.variables()
        self.environment = environment
        self.themes = catalog
        self.givenTheme = givenTheme
        self.opening = opening
        (session, library, starting) = LibrarySession.open(
            options.paths, home: HomeLibrary(environment: environment), with: opening, limit: options.sizeLimit, input: input
        ) { listed($0, opening) }
        warning = opening.warningBeforePaint
        session.fileSettings = RememberedChoices.FileSettings(configuration)
    }

    /// True when nothing at all could be read: there is nothing to show.
    var hasNothingToShow: Bool { library.entries.isEmpty && !library.errors.isEmpty }

    /// The app state of the first paint, the session's background work prepared.
    func makeState() -> AppState {
        let preferences = opening.preferences()
        let remembered = RememberedChoices(preferences, over: configuration)
        let (theme, themeNote) = startTheme(remembered: remembered.theme)
        var state = AppState(entries: library.entries, today: SimpleDate(Date()), theme: theme, themeNames: themes.names)
        state.keyMap = configuration.keyMap
        state.split.measure = configuration.measure
        state.dates = configuration.dates
        if let order = remembered.sort ?? configuration.sort, order != state.list.sort {
            state.list.sort = order
            state.list.selected = state.shownEntries.first.map { state.entries[$0].id }
        }
        if let shift = preferences[.divider].flatMap({ Int($0) }) { state.split.shift = shift }
        // What went wrong before the screen started is on the status line too (the screen
        // hides the lines on standard error until it ends).
        if let message = warning ?? library.errors.first?.description ?? themeNote {
            state.message = StatusMessage(message, isError: true)
        } else if let note = library.note {
            state.message = StatusMessage(note)
        }
        session.start(library, readPaths: starting.readPaths, in: &state)
        return state
    }

    /// The wiring that performs the state's effects; `terminal` is the screen a browser that
    /// needs one takes over (nil: none).
    func makeWiring(terminal: TerminalSession?) -> ReaderWiring {
        var runner = EffectRunner(
            catalog: themes, session: session,
            browser: BrowserLauncher(settings: options.browser(over: configuration.browser), environment: environment),
            terminal: terminal)
        runner.standardInput = library.standardInput
        runner.pageSaver = ReaderPageSaver(environment: environment, fetch: configuration.fetch)
        runner.feeds = ReaderFeeds(environment: environment, fetch: configuration.fetch)
        runner.feeds.loadErrors(for: session)
        return ReaderWiring(session: session, runner: runner, standardInput: library.standardInput)
    }

    /// Opens the article to read first, once the screen's size is in the state: the only one,
    /// as `less FILE` does, else the one open at the last quit when it is among those opened,
    /// as vim goes back to its last position. `.quit` when opening it asked to quit.
    func openFirstArticle(_ state: inout AppState, with wiring: ReaderWiring) -> LoopControl {
        guard library.entries.count == 1 && library.walk == nil || reopen(starting.lastArticle, in: &state) else {
            return .continue
        }
        return wiring.runner.perform(state.reduce(.openSelected), on: &state)
    }

    /// The theme to start with: the one given on the command line, else the one picked with
    /// `T` last time (while the file's setting stays as it was), else the configuration's (which
    /// loaded when it was read), else the default; with a note when the remembered theme cannot
    /// be loaded any more (the configuration's or the default is used).
    private func startTheme(remembered: String?) -> (Theme, String?) {
        if let givenTheme { return (givenTheme, nil) }
        let configured = configuration.theme.map { themes.resolve($0).theme } ?? themes.theme(named: ThemeCatalog.defaultName).theme
        guard let remembered else { return (configured, nil) }
        let (theme, error) = themes.theme(named: remembered)
        guard let error else { return (theme, nil) }
        return (configured, "The theme picked last time cannot be loaded: \(error)")
    }

    /// Selects the article that was open at the last quit (`last`, by its store path), when it
    /// is in the library.
    private func reopen(_ last: String?, in state: inout AppState) -> Bool {
        guard let last, let entry = state.entries.first(where: { $0.source.path.map(StorePath.key) == last }) else {
            return false
        }
        state.list.selected = entry.id
        return true
    }
}
