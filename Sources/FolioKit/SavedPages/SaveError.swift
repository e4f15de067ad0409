/// Why a page could not be kept in the home library. The description is the line shown to the
/// user, e.g. `cannot write '/home/a/.local/share/folio/pages/x.html': no space left on device`.
public enum SaveError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A folder of the library could not be made.
    case cannotCreate(path: String, reason: String)
    /// A file could not be written; `reason` is the system's.
    case cannotWrite(path: String, reason: String)
    /// A file of the library could not be read; `reason` says why.
    case cannotRead(path: String, reason: String)
    /// A new file's name was taken by another file while it was being saved.
    case exists(path: String)

    public var description: String {
        switch self {
        case .cannotCreate(let path, let reason): return "cannot create '\(path)': \(reason)"
        case .cannotWrite(let path, let reason): return "cannot write '\(path)': \(reason)"
        case .cannotRead(let path, let reason): return "cannot read '\(path)': \(reason)"
        case .exists(let path): return "'\(path)' already exists"
        }
    }
}
