import Foundation
import FolioKit

/// The subscriptions of a home library and their fetching: what `folio fetch` and `folio
/// feed` do, and what the reader calls to fetch in the background.
///
/// - `fetchAll(progress:)`: every subscription (or those `only` picks), concurrently within the
///   `FetchSettings` limits (32 requests at once, 2 per host), with conditional requests;
///   `progress` is called after each feed.
/// - `fetch(_:)`: one subscription, by address or name.
/// - The items are files in `feeds/FOLDER/` (`FeedItemFolder`): `items(of:)` gives a
///   subscription's folder, whose `items()` are the stored items, `itemPath(_:)` an item's
///   file and `pagePath(forItem:)` where the full text of its link belongs.
///
/// Each call that changes the library holds its lock (`LibraryLock`) throughout: a second
/// process waits, and is told whom it waits for through `waiting`. Subscriptions are saved once
/// the fetches end; items are written as each feed arrives, each file by a rename, so a fetch
/// killed on the way leaves whole files only, and the next fetch completes it (the items'
/// identities keep it from storing any twice).
public struct FeedFetch: Sendable {
    /// The library.
    public let library: HomeLibrary
    /// How feeds are fetched.
    public let settings: FetchSettings

    /// Fetching for `library` with `settings`.
    public init(library: HomeLibrary, settings: FetchSettings) {
        self.library = library
        self.settings = settings
    }

    /// Fetches every subscription `only` accepts (all by default), reporting progress after
    /// each; returns one outcome per subscription, in the subscriptions' order. The pages of
    /// new items are fetched too (their full text) for subscriptions added with it, or for all
    /// when `fullText`. `waiting` is called when another process holds the library, with its
    /// process id.
    public func fetchAll(
        now: Date = Date(), fullText: Bool = false, only: @Sendable (Subscription) -> Bool = { _ in true },
        waiting: (Int32?) -> Void = { _ in }, progress: @Sendable (FeedProgress) -> Void = { _ in }
    ) async throws(FeedError) -> [FeedOutcome] {
        let lock = try FeedSubscriptions.lock(library, waiting: waiting)
        defer { withExtendedLifetime(lock) {} }
        var subscriptions: [Subscription]
        do {
            subscriptions = try library.subscriptions.load()
        } catch {
            throw .save(error)
        }
        let chosen = subscriptions.indices.filter { only(subscriptions[$0]) }
        guard !chosen.isEmpty else { return [] }
        // A fetch killed on the way (kill -9) left at most hidden temporary files: cleared while
        // the library is ours (those of a process still running stay).
        AtomicFile.removeStale(in: library.folder)
        for index in chosen {
            let folder = library.items(of: subscriptions[index]).path
            AtomicFile.removeStale(in: folder)
            AtomicFile.removeStale(in: folder + "/.pages")
        }
        let fetcher: PageFetcher
        do {
            fetcher = try PageFetcher(settings: settings)
        } catch {
            throw .fetch(error)
        }
        var outcomes: [Int: FeedOutcome] = [:]
        var failed = 0
        progress(FeedProgress(done: 0, total: chosen.count, failed: 0))
        let library = library
        let snapshot = subscriptions
        await withTaskGroup(of: (Int, Subscription, FeedOutcome).self) { group in
            for index in chosen {
                group.addTask {
                    let (after, outcome) = await FeedRefresh.run(snapshot[index], library: library, fetcher: fetcher, now: now, fullText: fullText)
                    return (index, after, outcome)
                }
            }
            for await (index, after, outcome) in group {
                subscriptions[index] = after
                outcomes[index] = outcome
                if outcome.status == .failed { failed += 1 }
                progress(FeedProgress(done: outcomes.count, total: chosen.count, failed: failed))
            }
        }
        await fetcher.shutdown()
        AtomicFile.syncFileSystem(library.folder)
        do {
            try library.subscriptions.save(subscriptions)
        } catch {
            throw .save(error)
        }
        return chosen.compactMap { outcomes[$0] }
    }

    /// Fetches the one subscription whose address or name is `given` (see `find`).
    public func fetch(_ given: String, now: Date = Date(), waiting: (Int32?) -> Void = { _ in }) async throws(FeedError) -> FeedOutcome {
        let subscriptions: [Subscription]
        do {
            subscriptions = try library.subscriptions.load()
        } catch {
            throw .save(error)
        }
        let url = try FeedSubscriptions.find(given, in: subscriptions).url
        let outcomes = try await fetchAll(now: now, only: { $0.url == url }, waiting: waiting)
        guard let outcome = outcomes.first else { throw .unknown(given) }
        return outcome
    }
}
