#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FolioKit

/// A file as the catalog knows it: its path, size and modification time. A file whose stamp
/// changed is parsed again; one whose stamp is unchanged is taken from the catalog.
public struct FileStamp: Sendable, Hashable {
    /// The file's path; callers use absolute, standardized paths so every start agrees.
    public var path: String
    /// Size in bytes.
    public var size: Int64
    /// Modification time in nanoseconds since 1970.
    public var modifiedNanoseconds: Int64

    /// Creates a stamp from known values.
    public init(path: String, size: Int64, modifiedNanoseconds: Int64) {
        self.path = path
        self.size = size
        self.modifiedNanoseconds = modifiedNanoseconds
    }

    /// The stamp of the file at `path` now (following symbolic links), or nil when it cannot
    /// be read with `stat`.
    public init?(path: String) {
        var info = stat()
        guard PathBytes.withCString(path, { stat($0, &info) }) == 0 else { return nil }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        self.init(
            path: path, size: Int64(info.st_size),
            modifiedNanoseconds: Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec))
    }
}
