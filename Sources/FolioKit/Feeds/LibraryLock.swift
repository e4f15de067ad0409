import Foundation

/// The home library's lock: one process at a time changes its subscriptions and items
/// (`folio fetch`, `folio feed add`, …). An exclusive `flock` on `.lock` in the library, which
/// the system lets go when the process ends however it ends (`kill -9` included); the holder
/// writes its process id in the file, so that one waiting can say who it waits for.
public final class LibraryLock: Sendable {
    private let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Takes the lock of `library` (creating the library's folder when missing). When another
    /// process holds it, `waiting` is called with that process's id (when known), and the lock
    /// is waited for; with `wait` false, nil is returned instead.
    public static func take(
        _ library: HomeLibrary, wait: Bool = true, waiting: (Int32?) -> Void = { _ in }
    ) throws(SaveError) -> LibraryLock? {
        try HomeLibrary.makeFolder(library.folder, private: true)
        let path = library.folder + "/.lock"
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: ArticleLoader.systemReason(errno)) }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK else {
                let reason = ArticleLoader.systemReason(errno)
                close(descriptor)
                throw .cannotWrite(path: path, reason: reason)
            }
            var bytes = [UInt8](repeating: 0, count: 32)
            let count = pread(descriptor, &bytes, bytes.count, 0)
            waiting(count > 0 ? Int32(String(decoding: bytes.prefix(count), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) : nil)
            guard wait else {
                close(descriptor)
                return nil
            }
            while flock(descriptor, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    let reason = ArticleLoader.systemReason(errno)
                    close(descriptor)
                    throw .cannotWrite(path: path, reason: reason)
                }
            }
        }
        let pid = Array("\(getpid())\n".utf8)
        if ftruncate(descriptor, 0) == 0 { _ = pwrite(descriptor, pid, pid.count, 0) }
        return LibraryLock(descriptor: descriptor)
    }
}
