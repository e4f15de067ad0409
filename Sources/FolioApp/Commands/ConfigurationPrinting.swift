import FolioKit

/// `folio config`: prints the configuration in force as a commented TOML file.
public enum ConfigurationPrinting {
    /// Reads the configuration `source` names and prints it, defaults included, as
    /// `ConfigurationText` writes it. A file that cannot be read or has a mistake is said on
    /// standard error: exit status 2.
    public static func run(_ source: ConfigurationSource) throws(ExitStatus) {
        let environment = ProcessEnvironment.variables("XDG_CONFIG_HOME", "HOME")
        let configuration = try source.loadForCommand(environment: environment, themes: ThemeCatalog(environment: environment))
        var output = StandardOutput()
        output.write(ConfigurationText.text(configuration))
        output.flush()
    }
}
