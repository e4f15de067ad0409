import ArgumentParser
import FolioApp

/// `folio config`: prints the configuration in force.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Print the configuration in force, with the defaults, as a commented TOML file.",
        discussion: """
            Reads $XDG_CONFIG_HOME/folio/config.toml (default ~/.config/folio/config.toml), or \
            the file given with --config, and prints every setting: those left at folio's \
            default as comments, those the file sets as they are, with what each does and \
            every key binding. Save it as the configuration file and edit it.

            Exit status: 0, or 2 when the file cannot be read or has a mistake (named with \
            its line and column on standard error).
            """
    )

    @OptionGroup var config: ConfigurationOptions

    func run() throws {
        try exiting { try ConfigurationPrinting.run(config.source) }
    }
}
