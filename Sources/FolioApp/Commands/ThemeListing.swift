import FolioKit
import Foundation

/// `folio themes`: lists the themes folio knows, with a sample of each.
public enum ThemeListing {
    /// The names of the themes folio knows, bundled and the user's: what `--theme` completes to.
    public static var names: [String] { ThemeCatalog(environment: ProcessEnvironment.variables()).names }

    /// Prints every theme in the order `T` cycles through them, with a sample in its styles
    /// (coloured as `colour` says), then where the user's own themes go. Exit status 1 when a
    /// theme could not be loaded (it is listed with the problem).
    public static func run(colour: ColorChoice) throws(ExitStatus) {
        let environment = ProcessEnvironment.variables()
        let catalog = ThemeCatalog(environment: environment)
        let colour = colour.isOn(isTerminal: StandardOutput.isTerminal, environment: environment)
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
        if broken { throw ExitStatus(1) }
    }

    /// `text` with control characters (escape sequences in a file name, say) and bidi
    /// overrides made harmless.
    private static func clean(_ text: String) -> String { SafeText.string(text) }
}
