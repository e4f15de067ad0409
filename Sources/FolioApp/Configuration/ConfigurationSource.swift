import FolioKit

/// Which configuration file is read: the standard one (`$XDG_CONFIG_HOME/folio/config.toml`,
/// default `~/.config/folio/config.toml`, when it exists), the one `--config FILE` names, or
/// none (`--no-config`).
public enum ConfigurationSource: Sendable, Equatable {
    /// The standard file, when there is one.
    case standard
    /// This file, which must exist (`--config FILE`).
    case file(String)
    /// No file: folio's defaults (`--no-config`).
    case none

    /// The file's name in the configuration folder.
    public static let fileName = "config.toml"

    /// The file read, as `environment` locates the standard one; nil for none.
    public func path(environment: [String: String]) -> String? {
        switch self {
        case .standard: return ConfigFolder.path(in: environment).map { $0 + "/" + ConfigurationSource.fileName }
        case .file(let path): return path
        case .none: return nil
        }
    }

    /// The configuration from the file (folio's defaults when there is none, or the standard
    /// one does not exist). A file that cannot be read, or has a mistake, is the error; with
    /// `themes`, so is a theme it names that does not load from them.
    public func load(environment: [String: String], themes: ThemeCatalog? = nil) throws(ConfigurationError) -> Configuration {
        guard let path = path(environment: environment) else { return Configuration() }
        switch RegularFileText.read(path) {
        case .success(let text):
            return try ConfigurationFile.parse(text, file: path, themes: themes)
        case .failure(let failure):
            if failure.isMissing, self == .standard { return Configuration() }
            throw ConfigurationError(file: path, place: nil, message: "cannot read the configuration: \(failure.reason)")
        }
    }

    /// The configuration from the file, for a command about to start: a file that cannot be
    /// read or has a mistake is said on standard error (with its line and column), exit status
    /// 2. With `themes`, a theme the file names must load from them.
    public func loadForCommand(environment: [String: String], themes: ThemeCatalog? = nil) throws(ExitStatus) -> Configuration {
        do {
            return try load(environment: environment, themes: themes)
        } catch {
            StandardOutput.error(error.description)
            throw ExitStatus(2)
        }
    }
}
