import Foundation

/// Files written so that no reader ever sees one half-written: the bytes go to a hidden
/// temporary file in the same folder (`.folio-tmp-PID-…`) and are flushed to disk
/// (`TemporaryFile`), and the file then takes its name in one step. A process killed on the way
/// leaves at most a hidden temporary file, which `removeStale(in:)` clears once its process is
/// gone.
public enum AtomicFile {
    /// The start of every temporary file's name.
    static let temporaryPrefix = ".folio-tmp-"

    /// Removes the temporary files in `folder` whose writing process has ended (killed on the
    /// way, say).
    public static func removeStale(in folder: String) {
        var stale: [String] = []
        for name in FolderNames.names(in: folder) {
            guard name.hasPrefix(temporaryPrefix) else { continue }
            let pidText = name.dropFirst(temporaryPrefix.count).prefix { $0 != "-" }
            guard let pid = Int32(pidText), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            stale.append(name)
        }
        for name in stale { unlink(folder + "/" + name) }
    }

    /// Flushes everything written to the file system that holds `folder` to disk: once, after
    /// many files were written without flushing each (`TemporaryFile`'s `durable: false`).
    public static func syncFileSystem(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        // syncfs(2) is Linux's, hidden from Swift behind _GNU_SOURCE: looked up once; without
        // it, everything is flushed.
        if let syncfs = AtomicFile.syncfs { _ = syncfs(descriptor) } else { sync() }
        close(descriptor)
    }

    private static let syncfs: (@convention(c) (Int32) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
    }()

    /// Flushes a folder's entries to disk, so that the names given in it survive a crash of the
    /// machine. One call after many files took their names does for all of them.
    public static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}

/// Bytes written to a hidden temporary file and flushed to disk, waiting to take their name
/// (`commit`). Writing and flushing is the slow part and can happen anywhere, concurrently;
/// taking the name is one system call. The temporary name goes with the object.
public final class TemporaryFile: Sendable {
    /// The temporary file's path.
    let path: String
    /// The path the file is meant for, for error messages.
    private let destination: String

    /// Writes `bytes` to a new temporary file in `folder`, meant for `destination`, flushed to
    /// disk unless `durable` is false (many small files whose folder is flushed once after:
    /// `AtomicFile.syncFileSystem`).
    public init(_ bytes: [UInt8], in folder: String, for destination: String, durable: Bool = true) throws(SaveError) {
        path = folder + "/" + AtomicFile.temporaryPrefix + "\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        self.destination = destination
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .cannotWrite(path: destination, reason: ArticleLoader.systemReason(errno)) }
        var failure: Int32 = 0
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Foundation.write(descriptor, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 {
                    failure = written < 0 ? errno : EIO
                    return
                }
                offset += written
            }
        }
        // The data reaches the disk before the name does: after a crash of the machine a named
        // file is never empty.
        if failure == 0, durable, fdatasync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == 0 { failure = errno }
        if failure != 0 {
            unlink(path)
            throw .cannotWrite(path: destination, reason: ArticleLoader.systemReason(failure))
        }
    }

    deinit { unlink(path) }

    /// Gives the file the name `target`. With `replacing`, an existing file is replaced in one
    /// rename; without it, the name must be free (`link`, which fails rather than replace), or
    /// `SaveError.exists` is thrown and the file can take another name.
    public func commit(to target: String, replacing: Bool) throws(SaveError) {
        if replacing {
            guard rename(path, target) == 0 else { throw .cannotWrite(path: target, reason: ArticleLoader.systemReason(errno)) }
        } else {
            guard link(path, target) == 0 else {
                if errno == EEXIST { throw .exists(path: target) }
                throw .cannotWrite(path: target, reason: ArticleLoader.systemReason(errno))
            }
        }
    }
}
