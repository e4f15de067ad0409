import Foundation

/// Where folio keeps its per-user state database.
public enum StoreLocation {
    /// The database's file name inside the state folder.
    public static let fileName = "library.sqlite"

    /// `$XDG_STATE_HOME/folio/library.sqlite`, or `$HOME/.local/state/folio/library.sqlite` when
    /// `XDG_STATE_HOME` is unset, empty or relative (as the XDG spec asks); nil without either.
    public static func databaseURL(environment: [String: String]) -> URL? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return URL(fileURLWithPath: state).appendingPathComponent("folio").appendingPathComponent(fileName)
        }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".local/state/folio").appendingPathComponent(fileName)
    }
}
