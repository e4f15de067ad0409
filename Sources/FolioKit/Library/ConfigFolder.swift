/// folio's folder of the user's own settings: `$XDG_CONFIG_HOME/folio`, else
/// `$HOME/.config/folio`. It holds `config.toml` and `themes/`.
public enum ConfigFolder {
    /// The folder, whether or not it exists; nil when neither `XDG_CONFIG_HOME` (absolute) nor
    /// `HOME` is set.
    public static func path(in environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") { return config + "/folio" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.config/folio"
    }
}
