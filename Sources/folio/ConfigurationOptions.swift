import ArgumentParser
import FolioApp

/// `--config FILE` and `--no-config`: which configuration file is read.
struct ConfigurationOptions: ParsableArguments {
    @Option(
        name: .customLong("config"),
        help: ArgumentHelp(
            "Read this configuration file instead of $XDG_CONFIG_HOME/folio/config.toml (default ~/.config/folio/config.toml).",
            valueName: "file"))
    var file: String?

    @Flag(name: .customLong("no-config"), help: "Read no configuration file: folio's defaults.")
    var none = false

    func validate() throws {
        if file != nil && none { throw ValidationError("--config and --no-config cannot be used together.") }
    }

    /// The configuration these options name.
    var source: ConfigurationSource {
        if none { return .none }
        return file.map(ConfigurationSource.file) ?? .standard
    }
}
