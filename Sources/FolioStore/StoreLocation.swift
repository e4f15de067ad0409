/// Where folio keeps its per-user state database.
public enum StoreLocation {
    /// The database's file name inside the state folder.
    public static let fileName = "library.sqlite"
    /// The environment variables that locate the database.
    public static let stateHome = "XDG_STATE_HOME", home = "HOME"

    /// `$XDG_STATE_HOME/folio/library.sqlite`, or `$HOME/.local/state/folio/library.sqlite` when
    /// `XDG_STATE_HOME` is unset, empty or relative (as the XDG spec asks); nil without either.
    /// Plain string joining: this is worked out on the way to the first paint.
    public static func databasePath(environment: [String: String]) -> String? {
        if let state = environment[stateHome], state.hasPrefix("/") {
            return folder(state) + "folio/" + fileName
        }
        guard let homeFolder = environment[home], homeFolder.hasPrefix("/") else { return nil }
        return folder(homeFolder) + ".local/state/folio/" + fileName
    }

    /// `path` with one `/` at its end.
    private static func folder(_ path: String) -> String {
        path.hasSuffix("/") ? path : path + "/"
    }
}
