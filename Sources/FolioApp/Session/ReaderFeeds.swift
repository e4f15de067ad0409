import Dispatch
import FolioKit
import FolioNet
import FolioStore
import FolioUI

/// The home library's feeds for the reader: `F` fetches an item's full text, `r` the
/// subscriptions, as `folio fetch` does, each in a task of its own, so that the reader never
/// waits for the network (nor for a `folio fetch` holding the library: the fetch waits for it
/// in the background, and the status line says so). What they bring goes to the session's
/// inbox: the item files read again, then the outcome.
struct ReaderFeeds: Sendable {
    /// The home library; nil when there is none (neither `XDG_DATA_HOME` nor `HOME` is an
    /// absolute path).
    let library: HomeLibrary?
    /// How pages and feeds are fetched, as `folio add` and `folio fetch` fetch them.
    let settings: FetchSettings
    /// The configuration's `full-text`: the pages of every feed's new items are fetched too.
    let fullText: Bool

    /// The feeds of the home library `environment` names, fetched as `fetch` says.
    init(environment: [String: String], fetch: FetchConfiguration? = nil) {
        library = HomeLibrary(environment: environment)
        settings = FetchSettings.reader(environment: environment, fetch: fetch)
        fullText = fetch?.fullText ?? false
    }

    /// Reads each feed's last error from the subscriptions, in the background, for the feeds'
    /// headers in the list; and when `session` lists the feeds folder, each subscription's
    /// name, for the header of a failed feed without items.
    func loadErrors(for session: LibrarySession) {
        guard let library else { return }
        let inbox = session.inbox, named = session.isWatched(library.feedsFolder)
        DispatchQueue.global(qos: .utility).async {
            guard let subscriptions = try? library.subscriptions.load(), !subscriptions.isEmpty else { return }
            let (errors, names) = Self.headers(of: subscriptions, named: named)
            inbox.post(.feedErrors(errors, names: names))
        }
    }

    /// What the list's feed headers show of `subscriptions`: the last error of each that has
    /// one, and when `named`, each one's name, by address.
    static func headers(of subscriptions: [Subscription], named: Bool) -> (errors: [String: String], names: [String: String]) {
        var errors: [String: String] = [:]
        var names: [String: String] = [:]
        for subscription in subscriptions {
            if let error = subscription.lastError { errors[subscription.url] = error }
            if named, names[subscription.url] == nil { names[subscription.url] = subscription.displayName }
        }
        return (errors, names)
    }

    // MARK: - Full text

    /// Fetches the page behind `link` and keeps it as the full text of the item file at `path`,
    /// then reads the item again (laid out `width` columns wide for the reader); `session`
    /// hears how it went.
    func fetchFullText(
        path: String, link: String?, width: Int, today: SimpleDate, dates: DateStyle, for session: LibrarySession
    ) {
        let inbox = session.inbox, opening = session.opening, limit = session.sizeLimit, settings = settings
        let source = ArticleSource.file(path)
        Task(executorPreference: NetworkExecutor.pageSaving) {
            do throws(AddError) {
                try await FeedItemFullText.fetch(itemPath: path, link: link, settings: settings)
            } catch {
                inbox.post(.fullTextFetched(source, .failed(AddOutput.failure(link ?? path, error)), stamp: nil))
                return
            }
            let readPaths = (try? opening.wait().store.readPaths()) ?? []
            let reading = FileReading.details(of: path, readPaths: readPaths, limit: limit)
            let layout = reading.file.entries.first?.article.map { ArticleLayout(article: $0, width: width, today: today, dates: dates) }
            inbox.post(.fullTextFetched(source, .fetched(reading.file, layout), stamp: FileStamp(path: StorePath.key(path))))
        }
    }

    // MARK: - Subscriptions

    /// Fetches the subscriptions (only the one at `address`, when given), reporting progress;
    /// then, when the feeds folder is among the library's paths, reads its item files new or
    /// changed since the session saw them (the new items join the list, unread), and reports
    /// the outcome as `folio fetch` sums it up.
    func fetch(only address: String?, for session: LibrarySession) {
        let inbox = session.inbox
        guard let library else {
            inbox.post(.feedsFetched(FeedFetchReport(summary: CommandRun.noHomeLibrary, isError: true), stamps: [:]))
            return
        }
        let folder = library.feedsFolder
        let known = session.isWatched(folder) ? session.stamps : nil
        let opening = session.opening, limit = session.sizeLimit, fullText = fullText
        let fetch = FeedFetch(library: library, settings: settings)
        Task(executorPreference: NetworkExecutor.feedFetching) {
            let outcomes: [FeedOutcome]
            do throws(FeedError) {
                outcomes = try await fetch.fetchAll(
                    fullText: fullText, only: { address == nil || $0.url == address },
                    waiting: { inbox.post(.feedFetchProgress(.waiting(process: $0))) }
                ) { progress in
                    inbox.post(.feedFetchProgress(.fetching(done: progress.done, total: progress.total, failed: progress.failed)))
                }
            } catch {
                inbox.post(.feedsFetched(FeedFetchReport(summary: error.description, isError: true), stamps: [:]))
                return
            }
            var fresh: [String: FileStamp] = [:]
            if let known {
                let store = opening.wait().store
                let changed: [String]
                (fresh, changed) = LibrarySession.stamps(of: [folder], against: known)
                let readPaths = (try? store.readPaths()) ?? []
                LibrarySession.read(changed, stamped: fresh, readPaths: readPaths, limit: limit, cachedBy: store, inbox: inbox)
            }
            let headers = (try? library.subscriptions.load()).map { Self.headers(of: $0, named: known != nil) }
            inbox.post(.feedsFetched(Self.report(outcomes, only: address, headers: headers), stamps: fresh))
        }
    }

    /// What a fetch came to, for the status line: `folio fetch`'s summary and the first failure
    /// (the feeds' headers show the rest); how to subscribe when there was nothing to fetch.
    static func report(
        _ outcomes: [FeedOutcome], only address: String?, headers: (errors: [String: String], names: [String: String])?
    ) -> FeedFetchReport {
        guard !outcomes.isEmpty else {
            let summary =
                address.map { "Not subscribed to \($0) any more" }
                ?? String(FeedSubscribing.noSubscriptions.prefix { $0 != "\n" })
            return FeedFetchReport(summary: summary, isError: address != nil, errors: headers?.errors, names: headers?.names)
        }
        var summary = FeedOutput.summaryText(outcomes)
        let failed = outcomes.filter { $0.status == .failed }
        if let first = failed.first { summary += " — \(first.title): \(first.error ?? "failed")" }
        return FeedFetchReport(summary: summary, isError: !failed.isEmpty, errors: headers?.errors, names: headers?.names)
    }
}
