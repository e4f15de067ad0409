import FolioKit
import FolioNet
import FolioStore

/// `folio feed add/list/remove/import/export`: the subscriptions kept in the home library.
public enum FeedSubscribing {
    /// Subscribes to the feed at `url` (or the feed the page at `url` names), shown as `name` when
    /// given, its items' full text fetched when `fullText` (or the configuration file's
    /// `full-text`); the fetch settings the environment and the file give are adjusted by `adjust`.
    /// Exit status 2 when not subscribed.
    public static func add(
        _ url: String, name: String?, fullText: Bool, adjust: (inout FetchSettings) -> Void = { _ in }
    ) throws(ExitStatus) {
        let environment = ProcessEnvironment.variables()
        let fetching = try CommandRun.fetching(environment, adjust: adjust)
        let fullText = fullText || fetching.file.fullText
        let subscriptions = FeedSubscriptions(library: fetching.library, settings: fetching.settings)
        switch CommandRun.wait({ () async throws(FeedError) in
            try await subscriptions.add(url, name: name, fullText: fullText, waiting: CommandRun.sayWaiting)
        }) {
        case .success(let added):
            var output = StandardOutput()
            output.write(FeedOutput.added(added))
            output.flush()
        case .failure(let error):
            StandardOutput.error("\(url): \(error.description)")
            throw ExitStatus(2)
        }
    }

    /// Lists the subscriptions (with `json`, one JSON object each), with their unread counts
    /// unless `noState`.
    public static func list(json: Bool, noState: Bool) throws(ExitStatus) {
        let environment = ProcessEnvironment.variables()
        let library = try CommandRun.homeLibrary(environment)
        let listings: [FeedSubscriptions.Listing]
        do {
            listings = try FeedSubscriptions(library: library).list()
        } catch {
            StandardOutput.error(error.description)
            throw ExitStatus(2)
        }
        var readPaths: Set<String>?
        if !noState, !listings.isEmpty {
            let (store, warning) = LibraryStore.open(environment: environment)
            if let warning { StandardOutput.error(warning) }
            readPaths = try? store.readPaths()
        }
        var output = StandardOutput()
        for listing in listings {
            let unread = readPaths.map { read in listing.itemPaths.filter { !read.contains($0) }.count }
            output.write(json ? FeedOutput.listingLine(listing, unread: unread) : FeedOutput.listing(listing, unread: unread))
        }
        if listings.isEmpty && !json { output.write(noSubscriptions) }
        output.flush()
    }

    /// Ends the subscription `feed` names (its address or name), deleting its items when
    /// `deleteItems`. Exit status 2 when none has that address or name.
    public static func remove(_ feed: String, deleteItems: Bool) throws(ExitStatus) {
        let library = try CommandRun.homeLibrary(ProcessEnvironment.variables())
        do {
            let removed = try FeedSubscriptions(library: library).remove(feed, deleteItems: deleteItems, waiting: CommandRun.sayWaiting)
            var output = StandardOutput()
            output.write(FeedOutput.removed(removed, deletedItems: deleteItems, library: library))
            output.flush()
        } catch {
            StandardOutput.error(error.description)
            throw ExitStatus(2)
        }
    }

    /// Imports the subscriptions of the OPML or newsboat `urls` file at `file` (`-`: standard
    /// input) of at most `limit` bytes. Exit status 2 when it cannot be read or is not OPML.
    public static func importFile(_ file: String, limit: SizeLimit) throws(ExitStatus) {
        let library = try CommandRun.homeLibrary(ProcessEnvironment.variables())
        do {
            let bytes = try ArticleLoader.bytes(of: file, limit: limit)
            let imported = try FeedSubscriptions(library: library).importFile(bytes, path: file, waiting: CommandRun.sayWaiting)
            for note in imported.notes { StandardOutput.error("\(file): \(note)") }
            var output = StandardOutput()
            output.write(FeedOutput.imported(imported))
            output.flush()
        } catch let error as LoadError {
            StandardOutput.error(error.description)
            throw ExitStatus(2)
        } catch let error as FeedError {
            StandardOutput.error(error.description)
            throw ExitStatus(2)
        } catch {
            StandardOutput.error("\(file): \(error)")
            throw ExitStatus(2)
        }
    }

    /// Prints the subscriptions as OPML 2.0.
    public static func export() throws(ExitStatus) {
        let library = try CommandRun.homeLibrary(ProcessEnvironment.variables())
        do {
            var output = StandardOutput()
            output.write(try FeedSubscriptions(library: library).export())
            output.flush()
        } catch {
            StandardOutput.error(error.description)
            throw ExitStatus(2)
        }
    }

    /// What `feed list` and `fetch` say when there is nothing to list or fetch.
    static let noSubscriptions = "No subscriptions: add one with `folio feed add URL` or `folio feed import FILE`.\n"
}
