import Foundation

/// The text of a small file of settings (a theme, the configuration), read only when it is a
/// regular file: a FIFO, which would wait for a writer, a folder or a device is refused before
/// it is opened.
public enum RegularFileText {
    /// Why the file could not be read.
    public struct Failure: Error, Sendable, Equatable {
        /// The reason, in words (`No such file or directory`, `not a regular file`).
        public var reason: String
        /// True when there is no such file to be seen: none there, or a folder on the way that
        /// cannot be searched (a `HOME` of another user's).
        public var isMissing: Bool
    }

    /// The UTF-8 text of the file at `path`.
    public static func read(_ path: String) -> Result<String, Failure> {
        func failure(_ reason: String, missing: Bool = false) -> Result<String, Failure> {
            .failure(Failure(reason: reason, isMissing: missing))
        }
        var status = stat()
        guard PathBytes.withCString(path, { stat($0, &status) }) == 0 else {
            return failure(ArticleLoader.systemReason(errno), missing: [ENOENT, ENOTDIR, EACCES].contains(errno))
        }
        guard status.st_mode & S_IFMT == S_IFREG else { return failure("not a regular file") }
        // Non-blocking: should the file have become a FIFO since, the open does not wait.
        let descriptor = PathBytes.withCString(path) { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        guard descriptor >= 0 else { return failure(ArticleLoader.systemReason(errno)) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return failure("not a regular file") }
        guard let data = try? handle.readToEnd() ?? Data() else { return failure("cannot read the file") }
        guard let text = String(data: data, encoding: .utf8) else { return failure("not UTF-8 text") }
        return .success(text)
    }
}
