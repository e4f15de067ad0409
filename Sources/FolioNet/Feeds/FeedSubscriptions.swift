import Foundation
import FolioKit

/// `folio feed add`, `remove`, `import`, `export` and `list` on a home library's
/// subscriptions. Each change holds the library's lock (`LibraryLock`).
public struct FeedSubscriptions: Sendable {
    /// The library.
    public let library: HomeLibrary
    /// How feeds are fetched (by `add`).
    public let settings: FetchSettings

    /// The subscriptions of `library`, fetched with `settings`.
    public init(library: HomeLibrary, settings: FetchSettings = FetchSettings()) {
        self.library = library
        self.settings = settings
    }

    // MARK: - Adding

    /// What `add` subscribed to.
    public struct Added: Sendable, Equatable {
        /// The subscription.
        public var subscription: Subscription
        /// The web page the feed was found on, when a page's address was given.
        public var foundOn: String?
        /// The items stored from the first fetch.
        public var items: Int
        /// Those of them whose page (their full text) could not be fetched or read.
        public var fullTextFailed = 0
    }

    /// Subscribes to the feed at `url` (or the first feed the web page at `url` names), after
    /// fetching it once to check that it is a feed; its items are stored at once.
    public func add(
        _ url: String, name: String? = nil, fullText: Bool = false, now: Date = Date(), waiting: (Int32?) -> Void = { _ in }
    ) async throws(FeedError) -> Added {
        guard let address = PageAddress(url) else { throw .fetch(.invalidAddress) }
        guard address.isWeb else { throw .fetch(.unsupportedScheme(address.scheme)) }
        let lock = try Self.lock(library, waiting: waiting)
        defer { withExtendedLifetime(lock) {} }
        var subscriptions = try load()
        if let existing = subscriptions.first(where: { $0.url == address.text }) { throw .alreadySubscribed(existing.displayName) }
        let fetcher: PageFetcher
        do {
            fetcher = try PageFetcher(settings: settings)
        } catch {
            throw .fetch(error)
        }
        let found: (page: FetchedPage, content: FeedContent, foundOn: String?)
        do {
            found = try await Self.feed(at: address, fetcher: fetcher)
        } catch {
            await fetcher.shutdown()
            throw error
        }
        let feedAddress = found.page.permanentAddress ?? (found.foundOn == nil ? address : found.page.address)
        if let existing = subscriptions.first(where: { $0.url == feedAddress.text }) {
            await fetcher.shutdown()
            throw .alreadySubscribed(existing.displayName)
        }
        var subscription = Subscription(url: feedAddress.text, name: name, fullText: fullText)
        subscription.title = found.content.title
        subscription.folder = HomeLibrary.folderName(for: subscription.displayName, taken: takenFolders(subscriptions))
        subscription.etag = found.page.etag
        subscription.lastModified = found.page.lastModified
        let channel = FeedItemFolder.Channel(title: subscription.title, url: subscription.url, siteLink: found.content.siteLink)
        let stored: FeedItemFolder.Stored
        do {
            stored = try library.items(of: subscription).store(found.content.items, channel: channel)
        } catch {
            await fetcher.shutdown()
            throw .save(error)
        }
        var fullTextFailed = 0
        if fullText { fullTextFailed = await FeedRefresh.pages(of: stored.newItems, in: library.items(of: subscription), fetcher: fetcher) }
        await fetcher.shutdown()
        subscription.succeeded(at: now)
        subscriptions.append(subscription)
        try save(subscriptions)
        return Added(subscription: subscription, foundOn: found.foundOn, items: stored.new, fullTextFailed: fullTextFailed)
    }

    /// The feed at `address`, or the first one the web page there names.
    private static func feed(at address: PageAddress, fetcher: PageFetcher) async throws(FeedError) -> (FetchedPage, FeedContent, String?) {
        let page = try await fetchPage(address, fetcher: fetcher)
        switch FeedContent.read(page.body, source: address.text) {
        case .success(let content): return (page, content, nil)
        case .failure(let failure): if let refusal = failure.refusal { throw .refused(refusal) }
        }
        guard FormatDetector.looksLikeHTML(page.body) || WantedContent.mediaType(page.contentType) == "text/html" else {
            throw .notAFeed(WantedContent.mediaType(page.contentType) ?? "no content type")
        }
        let links = FeedLinks.find(in: page.body, base: page.finalAddress.text)
        guard let first = links.first, let linked = PageAddress(first) else { throw .noFeedOnPage }
        let feedPage = try await fetchPage(linked, fetcher: fetcher)
        switch FeedContent.read(feedPage.body, source: linked.text) {
        case .success(let content): return (feedPage, content, page.finalAddress.text)
        case .failure(let failure): throw failure.refusal.map(FeedError.refused) ?? .notAFeed(WantedContent.mediaType(feedPage.contentType) ?? "no content type")
        }
    }

    private static func fetchPage(_ address: PageAddress, fetcher: PageFetcher) async throws(FeedError) -> FetchedPage {
        do {
            switch try await fetcher.fetch(FetchRequest(address, wanted: .feed)) {
            case .page(let page): return page
            case .notModified: throw FeedError.fetch(.other("not modified, though nothing was asked conditionally"))
            }
        } catch let error as FeedError {
            throw error
        } catch {
            throw .fetch(error as? FetchError ?? .other("\(error)"))
        }
    }

    // MARK: - Removing

    /// Removes the subscription whose address or name is `given`; its items stay readable in
    /// the library unless `deleteItems`. Returns it.
    @discardableResult
    public func remove(_ given: String, deleteItems: Bool, waiting: (Int32?) -> Void = { _ in }) throws(FeedError) -> Subscription {
        let lock = try Self.lock(library, waiting: waiting)
        defer { withExtendedLifetime(lock) {} }
        var subscriptions = try load()
        let removed = try Self.find(given, in: subscriptions)
        subscriptions.removeAll { $0.url == removed.url }
        try save(subscriptions)
        if deleteItems, !removed.folder.isEmpty { library.items(of: removed).delete() }
        return removed
    }

    /// The subscription whose address (in any spelling) or name (or title) is `given`.
    public static func find(_ given: String, in subscriptions: [Subscription]) throws(FeedError) -> Subscription {
        if let address = PageAddress(given), let match = subscriptions.first(where: { $0.url == address.text }) { return match }
        var named = subscriptions.filter { $0.name == given }
        if named.isEmpty { named = subscriptions.filter { $0.name == nil && $0.title == given } }
        if named.isEmpty { named = subscriptions.filter { $0.displayName.lowercased() == given.lowercased() } }
        guard let first = named.first else { throw .unknown(given) }
        guard named.count == 1 else { throw .ambiguous(given, count: named.count) }
        return first
    }

    // MARK: - Import and export

    /// What `importFile` did.
    public struct Imported: Sendable, Equatable {
        /// The subscriptions added.
        public var added: [Subscription] = []
        /// Addresses already subscribed to, left as they were.
        public var existing: [String] = []
        /// Notes on lines and outlines skipped.
        public var notes: [String] = []
    }

    /// Adds the subscriptions of an OPML file or a newsboat `urls` file (told apart by their
    /// content), without fetching them: `folio fetch` does.
    public func importFile(_ bytes: [UInt8], path: String, waiting: (Int32?) -> Void = { _ in }) throws(FeedError) -> Imported {
        let outlines: OutlineImport
        switch OutlineImport.read(bytes) {
        case .success(let read): outlines = read
        case .failure(let error): throw .importFile(path: path, reason: "not an OPML file (\(error.reason))")
        }
        let lock = try Self.lock(library, waiting: waiting)
        defer { withExtendedLifetime(lock) {} }
        var subscriptions = try load()
        var result = Imported(notes: outlines.notes)
        var folders = takenFolders(subscriptions)
        for outline in outlines.outlines {
            guard let address = PageAddress(outline.url), address.isWeb else {
                result.notes.append("\(outline.url): not a web address; skipped")
                continue
            }
            if subscriptions.contains(where: { $0.url == address.text }) {
                result.existing.append(address.text)
                continue
            }
            var subscription = Subscription(url: address.text, name: outline.name, categories: outline.categories, fullText: outline.fullText)
            subscription.title = outline.title
            subscription.folder = HomeLibrary.folderName(for: outline.name ?? outline.title ?? address.host + address.pathForName, taken: folders)
            folders.insert(subscription.folder)
            subscriptions.append(subscription)
            result.added.append(subscription)
        }
        if !result.added.isEmpty { try save(subscriptions) }
        return result
    }

    /// The subscriptions as an OPML 2.0 document.
    public func export() throws(FeedError) -> [UInt8] {
        let outlines = try load().map { subscription in
            SubscriptionOutline(
                url: subscription.url, name: subscription.name, title: subscription.title,
                categories: subscription.categories, fullText: subscription.fullText)
        }
        return OPMLDocument.bytes(outlines, title: "folio subscriptions")
    }

    // MARK: - Listing

    /// A subscription as `folio feed list` shows it.
    public struct Listing: Sendable, Equatable {
        /// The subscription.
        public var subscription: Subscription
        /// The paths of its stored items.
        public var itemPaths: [String]
    }

    /// Every subscription with its items' paths (for counting those unread).
    public func list() throws(FeedError) -> [Listing] {
        try load().map { subscription in
            let folder = library.items(of: subscription)
            return Listing(subscription: subscription, itemPaths: subscription.folder.isEmpty ? [] : folder.items().map(folder.itemPath))
        }
    }

    // MARK: - Files

    /// Takes the library's lock, waiting for another process (told through `waiting`).
    static func lock(_ library: HomeLibrary, waiting: (Int32?) -> Void) throws(FeedError) -> LibraryLock {
        do throws(SaveError) {
            if let lock = try LibraryLock.take(library, waiting: waiting) { return lock }
        } catch {
            throw .save(error)
        }
        throw .save(.cannotWrite(path: library.folder + "/.lock", reason: "held by another process"))
    }

    private func load() throws(FeedError) -> [Subscription] {
        do {
            return try library.subscriptions.load()
        } catch {
            throw .save(error)
        }
    }

    private func save(_ subscriptions: [Subscription]) throws(FeedError) {
        do {
            try library.subscriptions.save(subscriptions)
        } catch {
            throw .save(error)
        }
    }

    /// The item folders in use: the subscriptions', and those left on disk by removed ones.
    private func takenFolders(_ subscriptions: [Subscription]) -> Set<String> {
        let onDisk = (try? FileManager.default.contentsOfDirectory(atPath: library.feedsFolder)) ?? []
        return Set(subscriptions.map(\.folder) + onDisk)
    }
}

extension PageAddress {
    /// The path, for naming a folder: ` /feed.xml` → `feed.xml`, nothing for `/`.
    var pathForName: String {
        let path = URLComponents(string: text)?.path ?? ""
        return path == "/" ? "" : " " + path
    }
}
