import FolioKit
import FolioUI
import Terminal

/// `folio [PATH...]`: the reader in the terminal.
public enum TerminalReader {
    /// Opens the articles `options` names (none: the bundled samples) in the reader, until
    /// the user quits or a signal ends it. A theme given that cannot be loaded, or paths none
    /// of which can be read, are said on standard error before the screen starts: exit status
    /// 2. So is a path, a folder found unreadable or standard input that failed while the
    /// screen showed (once it has ended); a signal gives 128 plus its number.
    public static func run(_ options: ReaderOptions) throws {
        // When the list will show anyway, curses starts while the state database opens.
        let terminal = TerminalSession(mouse: options.mouse)
        let startup = try Startup(options) { listing, opening in
            if !opening.isFresh, listing.showsList { try? terminal.start() }
        }
        let library = startup.library, session = startup.session
        // Errors found on the way (walking on to the last article) end the early screen: they
        // are reported before it starts again. When the first paint waited for the full
        // opening of the saved state (a damaged database is moved aside), its warning goes to
        // standard error too when the screen has not started.
        if !library.errors.isEmpty { terminal.end() }
        if let warning = startup.warning, !terminal.isActive { StandardOutput.error(warning) }
        for error in library.errors { StandardOutput.error(error.description) }
        if startup.hasNothingToShow { throw ExitStatus(2) }

        var state = startup.makeState()
        let wiring = startup.makeWiring(terminal: terminal)
        // Background work wakes the event loop when it has news.
        let wakeup = LoopWakeup()
        wiring.wake(with: wakeup.wake)
        // The screen starts before the first article opens: it is laid out for the screen's
        // size, and an article that takes long to load leaves keys and signals answered.
        try terminal.start()
        let (width, height) = terminal.size
        _ = state.handle(key: .resize(width: width, height: height))
        if startup.openFirstArticle(&state, with: wiring) == .quit { return }
        let end = try terminal.run(
            &state, idleInterval: 50, wakeup: wakeup,
            render: { state, width, height in render(state, width: width, height: height) },
            handle: { state, keys in wiring.handle(keys, in: &state) },
            idle: { state in wiring.idle(&state) })
        // What quitting keeps is kept once the terminal is restored.
        wiring.finish(&state, signalled: end != .quit)
        // Folders found unreadable while folio ran were named on the status line; now that the
        // screen has ended they go to standard error too.
        for error in session.unreadable where !library.errors.contains(error) { StandardOutput.error(error.description) }
        if end.exitStatus != 0 { throw ExitStatus(end.exitStatus) }
        // Standard input that outgrew the limit (or failed) while the reader showed it.
        if let failure = library.standardInput?.snapshot.failure {
            StandardOutput.error(failure.description)
            throw ExitStatus(2)
        }
        if !library.errors.isEmpty || !session.unreadable.isEmpty { throw ExitStatus(2) }
    }
}
