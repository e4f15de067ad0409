import FolioKit

/// Why the library store could not do what was asked.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The folder for the state database could not be created.
    case cannotCreateFolder(path: String, reason: String)
    /// The database file could not be created, opened or moved aside.
    case cannotOpen(path: String, reason: String)
    /// A read or write failed; the message is SQLite's.
    case database(String)

    public var description: String {
        switch self {
        case .cannotCreateFolder(let path, let reason):
            return "cannot create the state folder '\(PathBytes.escaped(path))': \(reason)"
        case .cannotOpen(let path, let reason): return "cannot open the state database '\(PathBytes.escaped(path))': \(reason)"
        case .database(let message): return "state database error: \(message)"
        }
    }
}
