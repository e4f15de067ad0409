/// Where folio keeps its per-user state database.
public enum StoreLocation {
    /// The database's file name inside the state folder.
    public static let fileName = "library.sqlite"

    /// `$XDG_STATE_HOME/folio/library.sqlite`, or `$HOME/.local/state/folio/library.sqlite` when
    /// `XDG_STATE_HOME` is unset, empty or relative (as the XDG spec asks); nil without either.
    /// Plain string joining: this is worked out on the way to the first paint.
    public static func databasePath(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return folder(state) + "folio/" + fileName
        }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return folder(home) + ".local/state/folio/" + fileName
    }

    /// `path` with one `/` at its end.
    private static func folder(_ path: String) -> String {
        path.hasSuffix("/") ? path : path + "/"
    }
}
