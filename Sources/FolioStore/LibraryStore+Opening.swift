import Foundation
import GRDB
import FolioKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension LibraryStore {
    /// Opens the user's store at the place `environment` names (see `StoreLocation`). Never
    /// fails: when no database can be used the store is `disabled()` and `warning` says why.
    /// `warning` is also set when a damaged or foreign file was moved aside.
    public static func open(environment: [String: String], now: Date = Date()) -> (store: LibraryStore, warning: String?) {
        guard let path = StoreLocation.databasePath(environment: environment) else {
            return (disabled(), "reading state will not be saved: neither XDG_STATE_HOME nor HOME is set")
        }
        do {
            return try open(at: path, now: now)
        } catch {
            return (disabled(), "reading state will not be saved: \(error)")
        }
    }

    /// Opens (creating when missing) the store at `path`. A file that is not folio's database
    /// (garbage, another program's tables, an unknown schema) is renamed to
    /// `library.sqlite.damaged-<time>` (never deleted) and a fresh database made; `warning` then
    /// says so. Throws when the folder or file cannot be created or opened at all.
    ///
    /// The path is the user's: folio changes the mode of nothing it finds there. A file the
    /// user made read-only (or may not write) is opened read-only: the state is read, nothing is
    /// written (`isReadOnly`), and `warning` says so. A symbolic link is used as the file it
    /// points to, never moved aside; a folder, a FIFO or a link to nothing in the database's
    /// place is an error (the caller runs without state).
    public static func open(at path: String, now: Date = Date()) throws(StoreError) -> (store: LibraryStore, warning: String?) {
        // SQLite takes the path as UTF-8 text: bytes that are not would name another file.
        guard PathBytes.text(path) == path else { throw .cannotOpen(path: path, reason: "its name is not UTF-8") }
        try makePrivateFolder(parent(of: path))
        let file = try DatabaseFile(path)
        if !file.isWritable { return try openReadOnly(file) }
        do {
            return (LibraryStore(writer: try connect(path), path: path), nil)
        } catch where isDamage(error) {
            guard !file.isLink else {
                throw .cannotOpen(path: path, reason: "the database the link points to is damaged or not folio's; it was left as it is")
            }
            let aside = try moveAside(path, now: now)
            _ = try DatabaseFile(path)
            do {
                let store = LibraryStore(writer: try connect(path), path: path)
                return (store, "state database was damaged; moved it to '\(PathBytes.escaped(aside))' and rebuilt the catalog")
            } catch {
                throw .cannotOpen(path: path, reason: message(of: error))
            }
        } catch {
            throw .cannotOpen(path: path, reason: message(of: error))
        }
    }

    /// Opens a database the user keeps read-only: folio reads its state and writes nothing.
    private static func openReadOnly(_ file: DatabaseFile) throws(StoreError) -> (store: LibraryStore, warning: String?) {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.label = "folio.state"
        configuration.busyMode = .timeout(10)
        let unusable = "it is read-only and not a usable folio database; it was left as it is"
        do {
            let queue = try DatabaseQueue(path: file.path, configuration: configuration)
            guard try queue.read(StoreSchema.contents) == .folio else { throw StoreError.cannotOpen(path: file.path, reason: unusable) }
            let warning = "the state database is read-only: reading state is read but not saved ('\(PathBytes.escaped(file.path))')"
            return (LibraryStore(writer: queue, path: file.path, isReadOnly: true), warning)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .cannotOpen(path: file.path, reason: isDamage(error) ? unusable : message(of: error))
        }
    }

    /// A read-only look at the existing store at `path`, for what a second start's first screen
    /// needs: the read marks, the last article, the first files' catalog entries. It opens
    /// without the pool's set-up, which checks the journal mode and, after a clean quit (when
    /// SQLite has removed the WAL file), writes to make a new WAL file, with two `fsync`s: 2 to
    /// 5 ms on the way to the first paint. nil when the file cannot be read, is not folio's or
    /// needs a migration: `open` then decides what to do with it.
    public static func peek(at path: String) -> LibraryStore? {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.label = "folio.peek"
        configuration.busyMode = .timeout(1)
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            let usable = try queue.read { db in
                try StoreSchema.contents(of: db) == .folio && StoreSchema.migrator.hasCompletedMigrations(db)
            }
            return usable ? LibraryStore(writer: queue, path: path) : nil
        } catch {
            return nil
        }
    }

    // MARK: - Connecting

    /// A file that holds something other than folio's tables.
    private struct ForeignDatabase: Error {}

    /// Opens the pool, checks the file is folio's (or empty) and brings the schema up to date.
    private static func connect(_ path: String) throws -> DatabasePool {
        var configuration = Configuration()
        configuration.label = "folio.state"
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        let pool = try DatabasePool(path: path, configuration: configuration)
        do {
            guard try pool.writeWithoutTransaction(StoreSchema.contents) != .foreign else { throw ForeignDatabase() }
            let upgrades = try pool.read { db in try !StoreSchema.migrator.hasCompletedMigrations(db) }
            try StoreSchema.migrator.migrate(pool)
            if upgrades { try StoreSchema.compactIfMostlyFree(pool) }
            return pool
        } catch {
            try? pool.close()
            throw error
        }
    }

    /// True for errors that mean the file is not a usable folio database (as opposed to one
    /// that cannot be reached: permissions, a full disk, a lock held too long).
    private static func isDamage(_ error: any Error) -> Bool {
        if error is ForeignDatabase { return true }
        guard let error = error as? DatabaseError else { return false }
        return error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT
    }

    // MARK: - Files

    /// Renames the database and its -wal, -shm and -journal companions to
    /// `<name>.damaged-<UTC time>` (plus a counter when taken); returns the new database path.
    private static func moveAside(_ path: String, now: Date) throws(StoreError) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        let base = "\(path).damaged-\(formatter.string(from: now))"
        var aside = base
        var counter = 1
        while FileManager.default.fileExists(atPath: aside) {
            counter += 1
            aside = "\(base)-\(counter)"
        }
        for suffix in ["", "-wal", "-shm", "-journal"] where FileManager.default.fileExists(atPath: path + suffix) {
            guard PathBytes.withCString(path + suffix, { from in PathBytes.withCString(aside + suffix) { rename(from, $0) } }) == 0 else {
                throw .cannotOpen(path: path, reason: "cannot move the damaged file aside: \(String(cString: strerror(errno)))")
            }
        }
        return aside
    }

    /// Creates `path` and missing parents with mode 0700; leaves existing folders alone.
    private static func makePrivateFolder(_ path: String) throws(StoreError) {
        var status = stat()
        if PathBytes.withCString(path, { stat($0, &status) }) == 0 {
            guard status.st_mode & S_IFMT == S_IFDIR else { throw .cannotCreateFolder(path: path, reason: "a file is in the way") }
            return
        }
        let parent = parent(of: path)
        if parent != path, !parent.isEmpty { try makePrivateFolder(parent) }
        guard PathBytes.withCString(path, { mkdir($0, 0o700) }) == 0 || errno == EEXIST else {
            throw .cannotCreateFolder(path: path, reason: String(cString: strerror(errno)))
        }
    }

}

/// The folder `path` is in: `/a/b` for `/a/b/c` (and for `/a/b/c/`), `/` for `/a`, `""` for a
/// bare name.
func parent(of path: String) -> String {
    var path = Substring(path)
    while path.count > 1, path.hasSuffix("/") { path.removeLast() }
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return slash == path.startIndex ? "/" : String(path[..<slash])
}
