import FolioKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What is at the state database's path before it is opened, looked at without changing it.
///
/// The path is the user's: folio creates the file when nothing is there (empty, mode 0600,
/// before SQLite first writes it, so its -wal and -shm files get that mode too) and changes
/// nothing it finds. A symbolic link is looked through (its target is the database) but never
/// followed to change anything; a folder, a FIFO, a device or a link to nothing is refused.
struct DatabaseFile {
    /// The database's path.
    let path: String
    /// True when the path is a symbolic link (to a regular file).
    let isLink: Bool
    /// False when the database must be opened read-only: the user took every write bit away
    /// from the file (which root could still write), or may not write it.
    let isWritable: Bool

    /// Looks at `path`, creating the file when there is nothing there; throws when what is
    /// there cannot be a database.
    init(_ path: String) throws(StoreError) {
        self.path = path
        var link = stat()
        if PathBytes.withCString(path, { lstat($0, &link) }) != 0 {
            guard errno == ENOENT else { throw .cannotOpen(path: path, reason: Self.reason(errno)) }
            let descriptor = PathBytes.withCString(path) { open($0, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600) }
            if descriptor >= 0 {
                close(descriptor)
                (isLink, isWritable) = (false, true)
                return
            }
            // Made meanwhile by another folio: look at it as it is.
            guard errno == EEXIST, PathBytes.withCString(path, { lstat($0, &link) }) == 0 else {
                throw .cannotOpen(path: path, reason: Self.reason(errno))
            }
        }
        isLink = link.st_mode & S_IFMT == S_IFLNK
        var status = link
        if isLink, PathBytes.withCString(path, { stat($0, &status) }) != 0 {
            throw .cannotOpen(path: path, reason: "it is a symbolic link to nothing (\(Self.reason(errno)))")
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .cannotOpen(path: path, reason: "a folder is in its place")
        default: throw .cannotOpen(path: path, reason: "it is not a regular file")
        }
        isWritable = status.st_mode & 0o222 != 0 && PathBytes.withCString(path, { access($0, W_OK) }) == 0
    }

    /// The system's message for an error number.
    private static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}
