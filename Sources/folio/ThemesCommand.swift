import ArgumentParser
import FolioApp

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
        try exiting { try ThemeListing.run(colour: color) }
    }
}
