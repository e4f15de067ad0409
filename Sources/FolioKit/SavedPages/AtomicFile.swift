import Foundation

/// Writes files so that no reader ever sees one half-written: the bytes go to a hidden
/// temporary file in the same folder (`.folio-tmp-PID-…`), are flushed to disk, and the file
/// then takes its name in one step. A process killed on the way leaves at most a hidden
/// temporary file, which `removeStale(in:)` clears once its process is gone.
public enum AtomicFile {
    /// The start of every temporary file's name.
    static let temporaryPrefix = ".folio-tmp-"

    /// Writes `bytes` to `path`. With `replacing`, an existing file is replaced in one rename;
    /// without it, the name must be free, or `SaveError.exists` is thrown and nothing changes.
    public static func write(_ bytes: [UInt8], to path: String, replacing: Bool) throws(SaveError) {
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = (folder.isEmpty ? "" : folder + "/") + temporaryPrefix + "\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: ArticleLoader.systemReason(errno)) }
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
        if failure == 0, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == 0 { failure = errno }
        defer { unlink(temporary) }
        if failure != 0 { throw .cannotWrite(path: path, reason: ArticleLoader.systemReason(failure)) }
        if replacing {
            guard rename(temporary, path) == 0 else { throw .cannotWrite(path: path, reason: ArticleLoader.systemReason(errno)) }
        } else {
            // link() gives the name only when it is free, atomically; the temporary name goes.
            guard link(temporary, path) == 0 else {
                if errno == EEXIST { throw .exists(path: path) }
                throw .cannotWrite(path: path, reason: ArticleLoader.systemReason(errno))
            }
        }
        syncFolder(folder.isEmpty ? "." : folder)
    }

    /// Removes the temporary files in `folder` whose writing process has ended (killed on the
    /// way, say).
    public static func removeStale(in folder: String) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        var stale: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.bindMemory(to: UInt8.self).prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name.hasPrefix(temporaryPrefix) else { continue }
            let pidText = name.dropFirst(temporaryPrefix.count).prefix { $0 != "-" }
            guard let pid = Int32(pidText), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            stale.append(name)
        }
        for name in stale { unlink(folder + "/" + name) }
    }

    /// Flushes a folder's entries, so that a rename survives a crash of the machine.
    private static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}
