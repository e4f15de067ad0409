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

    @Argument(help: "Article files or folders to open; - reads standard input.")
    var paths: [String] = []

    @Option(name: .long, help: "A theme name (see `folio themes`) or the path of a theme file.")
    var theme: String?

    @Flag(name: .long, help: "Keep no reading state: read nothing from and write nothing to the state database.")
    var noState = false

    @Option(help: "The largest file (or standard input) to read, e.g. 100M, 1G.")
    var maxFileSize = SizeLimit.standard

    func run() throws { try OpenCommand.run(paths: paths, theme: theme, keepsState: !noState, limit: maxFileSize) }

    /// Opens the articles under `paths` (none: the bundled samples) in the reader, with the
    /// theme named `theme` (nil: the default), reading and keeping reading state when
    /// `keepsState`; files of more than `limit` bytes are refused.
    static func run(paths: [String], theme: String?, keepsState: Bool, limit: SizeLimit = .standard) throws {
        // The state database starts opening first (it only needs where it lives), on the way
        // to the first paint; the bundled samples are not files: they keep no state.
        let opening = StoreOpening(
            environment: ProcessEnvironment.variables(StoreLocation.stateHome, StoreLocation.home),
            keepsState: keepsState && !paths.isEmpty)
        let environment = ProcessEnvironment.variables()
        let catalog = ThemeCatalog(environment: environment)
        let (startTheme, themeError) = catalog.resolve(theme ?? "default")
        if let themeError { StandardOutput.error(themeError.description) }
        // When the list will show anyway, curses starts while the state database opens.
        let terminal = TerminalSession()
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

        var state = AppState(
            entries: library.entries, today: SimpleDate(Date()), theme: startTheme,
            themeNames: catalog.names)
        if let warning { state.message = StatusMessage(warning, isError: true) }
        session.start(library, readPaths: starting.readPaths, in: &state)
        var runner = EffectRunner(catalog: catalog, session: paths.isEmpty ? nil : session)
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
            handle: { state, key in
                let effects = state.handle(key: key)
                guard !effects.contains(.quit) else {
                    leaving = effects
                    return .quit
                }
                return runner.perform(effects, on: &state)
            },
            idle: { state in runner.idle(&state) })
        // A signal ended the loop: keep the place as quitting would.
        if end != .quit { leaving = state.reduce(.forceQuit) }
        session.stopBackgroundWrites()
        _ = runner.perform(leaving, on: &state)
        session.finishKeeping()
        if end.exitStatus != 0 { throw ExitCode(end.exitStatus) }
        // Standard input that outgrew the limit (or failed) while the reader showed it.
        if let failure = library.standardInput?.snapshot.failure {
            StandardOutput.error(failure.description)
            throw ExitCode(2)
        }
        if !library.errors.isEmpty { throw ExitCode(2) }
    }

    /// Selects the article that was open at the last quit (`last`, by its store path), when it
    /// is in the library.
    private static func reopen(_ last: String?, in state: inout AppState) -> Bool {
        guard let last, let index = state.entries.firstIndex(where: { StorePath.key($0.path) == last }) else { return false }
        state.list.selected = index
        return true
    }
}
