import ArgumentParser
import Foundation
import FolioKit
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

    func run() throws {
        let catalog = ThemeCatalog(environment: ProcessInfo.processInfo.environment)
        let (startTheme, themeError) = catalog.resolve(theme ?? "default")
        if let themeError { StandardOutput.error(themeError.description) }

        let library = paths.isEmpty ? Library.samples() : Library.open(paths)
        for error in library.errors { StandardOutput.error(error.description) }
        // A path that cannot be opened is reported before the screen starts; when nothing at
        // all could be read there is nothing to show.
        if library.entries.isEmpty, !library.errors.isEmpty { throw ExitCode(2) }

        var state = AppState(
            entries: library.entries, today: SimpleDate(Date()), theme: startTheme,
            themeNames: catalog.names)
        let runner = EffectRunner(catalog: catalog)
        // One article opens straight into the reader, as `less FILE` does.
        if library.entries.count == 1, runner.perform(state.reduce(.openSelected), on: &state) == .quit {
            return
        }
        let end = try TerminalSession().run(
            &state,
            render: { state, width, height in render(state, width: width, height: height) },
            handle: { state, key in runner.perform(state.handle(key: key), on: &state) })
        if end.exitStatus != 0 { throw ExitCode(end.exitStatus) }
        if !library.errors.isEmpty { throw ExitCode(2) }
    }
}
