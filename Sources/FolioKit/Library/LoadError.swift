/// Why an article file could not be loaded. The description is the line shown to the user,
/// e.g. `cannot read 'x.txt': permission denied`, the path in it escaped (`PathBytes.escaped`).
public enum LoadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be opened or read; `reason` is the system's, e.g.
    /// `no such file or directory` or `permission denied`.
    case unreadable(path: String, reason: String)
    /// The file holds binary data (NUL bytes in its first 8 KiB).
    case binary(path: String)
    /// The file has nothing but white space.
    case empty(path: String)
    /// The file (or standard input) holds more than `limit` bytes; no more than that was read.
    case tooLarge(path: String, limit: SizeLimit)
    /// The file declares XML entities that would expand without bound (see `EntityExpansion`).
    case entityBomb(path: String)

    /// The path the error is about.
    public var path: String {
        switch self {
        case .unreadable(let path, _), .binary(let path), .empty(let path), .tooLarge(let path, _), .entityBomb(let path): return path
        }
    }

    /// What is wrong, without the path (for a line that names the file already), e.g.
    /// `no such file or directory`, `binary file`, `empty`.
    public var reason: String {
        switch self {
        case .unreadable(_, let reason): return reason
        case .binary: return "binary file"
        case .empty: return "empty"
        case .tooLarge(_, let limit): return "larger than \(limit) (--max-file-size)"
        case .entityBomb: return EntityExpansion.refusal
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): return "cannot read '\(PathBytes.escaped(path))': \(reason)"
        case .binary(let path): return "'\(PathBytes.escaped(path))' is a binary file"
        case .empty(let path): return "'\(PathBytes.escaped(path))' is empty"
        case .tooLarge(let path, let limit):
            return "'\(PathBytes.escaped(path))' is larger than \(limit): not read (a larger --max-file-size reads it)"
        case .entityBomb(let path): return "'\(PathBytes.escaped(path))' \(EntityExpansion.refusal)"
        }
    }
}
