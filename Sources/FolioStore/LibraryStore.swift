import Foundation
import GRDB

/// folio's memory between runs: the catalog of parsed articles, what was read and where,
/// bookmarks, the last article open, and a full-text index that narrows library searches.
///
/// One SQLite database per user (see `StoreLocation`), in WAL mode with a busy timeout so two
/// folio processes can share it; every write is one transaction, so a killed process leaves the
/// last committed state. `disabled()` gives the same API backed by memory only (`--no-state`).
///
/// How `folio` uses it:
/// 1. `open(environment:)` (or `disabled()` for `--no-state`); print `warning` to standard error.
/// 2. Stamp the library's files (`FileStamp(path:)`), call `cachedEntries(for:)`, parse only the
///    `stale` files and `update` the catalog with them; `pruneMissing()` now and then.
/// 3. In the background, `index` the `unindexed` files a few hundred per call, then
///    `purgeOrphans` (the index rows of files changed or gone).
/// 4. For a search over the library, `narrowed(_:for:)` gives the files to scan (nil: all).
/// 5. While reading: `readPaths`/`setRead`, `position(for:)` then `ReadingAnchor.resolve(in:)`,
///    `savePosition`, bookmarks, and `setLastArticle` on quit.
///
/// Every method is synchronous and safe to call from any thread; writes wait (up to 10 s) for
/// another folio process's transaction instead of failing.
public final class LibraryStore: Sendable {
    /// The database file's path, or nil for a store that writes nothing to disk.
    public let path: String?
    /// True for a database the user keeps read-only: its state is read, and every write fails
    /// (the opening's warning has said so; there is no need to say it again).
    public let isReadOnly: Bool
    let writer: any DatabaseWriter

    init(writer: any DatabaseWriter, path: String?, isReadOnly: Bool = false) {
        self.writer = writer
        self.path = path
        self.isReadOnly = isReadOnly
    }

    /// A store that keeps everything in memory and forgets it on exit (`--no-state`).
    public static func disabled() -> LibraryStore {
        do {
            let queue = try DatabaseQueue()
            try StoreSchema.migrator.migrate(queue)
            return LibraryStore(writer: queue, path: nil)
        } catch {
            preconditionFailure("SQLite cannot create an in-memory database: \(error)")
        }
    }

    /// Stops the database work under way on other threads at its next step (it fails, and its
    /// transaction is rolled back): for a process about to end, whose last writes must not
    /// wait for a long one.
    public func interrupt() {
        writer.interrupt()
    }

    /// Runs `body` in one write transaction.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.write(body)
        } catch {
            throw .database(Self.message(of: error))
        }
    }

    /// Runs `body` with a consistent view of the database.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.read(body)
        } catch {
            throw .database(Self.message(of: error))
        }
    }

    /// Runs `body` on the writer's connection, outside a transaction (no writer can come in
    /// between: the connection is held for `body`). For the reads before the first paint:
    /// they then need no reader connection opened, which takes about a millisecond. Later
    /// reads take `read`, which does not wait for writes.
    func readOnWriter<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.writeWithoutTransaction(body)
        } catch {
            throw .database(Self.message(of: error))
        }
    }

    /// SQLite's message for a database error, or the error's description.
    static func message(of error: any Error) -> String {
        (error as? DatabaseError)?.message ?? "\(error)"
    }
}
