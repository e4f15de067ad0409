import ArgumentParser
import FolioKit
import Foundation

/// `folio themes`: lists the themes folio knows, with a sample of each.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List the themes, with a sample of each.",
        discussion: """
            Shows every theme in the order T cycles through them in folio: the shipped ones, \
            and your own from $XDG_CONFIG_HOME/folio/themes/*.toml (default \
            ~/.config/folio/themes), which are marked "user" and replace a shipped theme of \
            the same name. A theme that cannot be loaded is shown with the file and line of \
            the problem; an entry of that folder that is not a file (a FIFO, a folder) is \
            skipped, with a note on standard error. Samples are in colour when standard \
            output is a terminal and NO_COLOR is not set. Pick a theme with folio --theme \
            NAME, or --theme PATH for a file anywhere.

            Exit status: 0, or 1 when a theme could not be loaded.
            """
    )

    @Option(help: "When to show the samples in colour: auto (on a terminal, unless NO_COLOR is set), always or never.")
    var color = ColorChoice.auto

    func run() throws {
        let environment = ProcessEnvironment.variables()
        let catalog = ThemeCatalog(environment: environment)
        let colour = color.isOn(isTerminal: StandardOutput.isTerminal, environment: environment)
        let width = catalog.names.map(\.count).max() ?? 0
        let hasUserThemes = catalog.names.contains { catalog.origin(of: $0) != .bundled }
        var broken = false
        var output = ""
        for name in catalog.names {
            var line = "  " + clean(name).padding(toLength: width + 2, withPad: " ", startingAt: 0)
            if hasUserThemes { line += catalog.origin(of: name) == .bundled ? "      " : "user  " }
            do {
                line += ThemeSample.line(try catalog.load(named: name), colour: colour)
            } catch {
                broken = true
                line += "cannot load: " + clean(error.description)
            }
            output += line + "\n"
        }
        if let directory = catalog.userDirectory {
            output += "\nYour own themes go in \(clean(directory))/NAME.toml\n"
        }
        FileHandle.standardOutput.write(Data(output.utf8))
        for note in catalog.skipped { StandardOutput.error(note) }
        if broken { throw ExitCode(1) }
    }

    /// `text` with control characters (escape sequences in a file name, say) and bidi
    /// overrides made harmless.
    private func clean(_ text: String) -> String { SafeText.string(text) }
}
