import Foundation
import FolioKit

/// One fetch of one subscription: a conditional request, the feed read, its items stored in
/// its folder, and the subscription's fetch state brought up to date (`ETag`, `Last-Modified`,
/// errors, backoff, `Retry-After`, a permanent redirect, 410 Gone). What `folio fetch` does for
/// each feed, callable on its own (`FeedFetch.fetch(_:)`).
enum FeedRefresh {
    /// Fetches `subscription` with `fetcher` at `now` and stores its items in `library`; the
    /// pages of its new items too (their full text) when the subscription asks for them or
    /// `fullText`. Returns the subscription as it is after the fetch, and the outcome.
    static func run(
        _ subscription: Subscription, library: HomeLibrary, fetcher: PageFetcher, now: Date, fullText: Bool = false
    ) async -> (Subscription, FeedOutcome) {
        var subscription = subscription
        switch subscription.due(at: now) {
        case .dead:
            return (subscription, outcome(subscription, .dead, error: subscription.lastError))
        case .later(let date):
            return (subscription, outcome(subscription, .deferred, error: "waiting until \(FeedTime.text(date))"
                + (subscription.lastError.map { " (\($0))" } ?? "")))
        case .now:
            break
        }
        guard let address = PageAddress(subscription.url) else {
            subscription.failed(FetchError.invalidAddress.description, at: now)
            return (subscription, outcome(subscription, .failed, error: subscription.lastError))
        }
        let result: FetchResult
        do {
            result = try await fetcher.fetch(FetchRequest(
                address, wanted: .feed, etag: subscription.etag, lastModified: subscription.lastModified))
        } catch .retryLater(let status, let reason, let header) {
            let words = FetchError.http(status: status, reason: reason).description
            let until = RetryAfter.date(header, now: now) ?? now.addingTimeInterval(Subscription.backoff(afterFailures: 2))
            subscription.deferred(words, at: now, until: until)
            return (subscription, outcome(subscription, .deferred, error: "\(words): waiting until \(FeedTime.text(until))"))
        } catch .http(410, let reason) {
            subscription.failed(FetchError.http(status: 410, reason: reason).description, at: now)
            subscription.dead = true
            return (subscription, outcome(subscription, .failed, error: "\(subscription.lastError ?? ""): the feed is gone and will not be fetched again"))
        } catch {
            subscription.failed(error.description, at: now)
            return (subscription, outcome(subscription, .failed, error: subscription.lastError))
        }
        switch result {
        case .notModified(_, let permanent):
            if let permanent { subscription.url = permanent.text }
            subscription.succeeded(at: now)
            return (subscription, outcome(subscription, .notModified))
        case .page(let page):
            switch FeedContent.read(page.body, source: page.finalAddress.text) {
            case .failure(let failure):
                subscription.failed(failure.refusal ?? "not a feed (\(WantedContent.mediaType(page.contentType) ?? "no content type"))", at: now)
                return (subscription, outcome(subscription, .failed, error: subscription.lastError))
            case .success(let content):
                if let permanent = page.permanentAddress { subscription.url = permanent.text }
                if let title = content.title, !title.isEmpty { subscription.title = title }
                let channel = FeedItemFolder.Channel(title: subscription.title, url: subscription.url, siteLink: content.siteLink)
                let stored: FeedItemFolder.Stored
                do {
                    stored = try library.items(of: subscription).store(content.items, channel: channel)
                } catch {
                    subscription.failed(error.description, at: now)
                    return (subscription, outcome(subscription, .failed, error: subscription.lastError))
                }
                subscription.etag = page.etag
                subscription.lastModified = page.lastModified
                subscription.succeeded(at: now)
                var fetched = FeedOutcome(
                    url: subscription.url, title: subscription.displayName, status: .fetched, new: stored.new,
                    updated: stored.updated, newPaths: stored.newPaths)
                if fullText || subscription.fullText {
                    fetched.fullTextFailed = await pages(of: stored.newItems, in: library.items(of: subscription), fetcher: fetcher)
                }
                return (subscription, fetched)
            }
        }
    }

    /// Fetches and keeps the pages of `items` (in `folder`) concurrently, within `fetcher`'s
    /// limits; returns how many could not be fetched or read.
    static func pages(of items: [FeedItemFolder.StoredItem], in folder: FeedItemFolder, fetcher: PageFetcher) async -> Int {
        await withTaskGroup(of: Bool.self) { group in
            for item in items {
                group.addTask {
                    do throws(AddError) {
                        try await FeedItemFullText.fetch(itemPath: folder.itemPath(item), link: item.link, fetcher: fetcher)
                        return true
                    } catch {
                        return false
                    }
                }
            }
            var failed = 0
            for await kept in group where !kept { failed += 1 }
            return failed
        }
    }

    private static func outcome(_ subscription: Subscription, _ status: FeedOutcome.Status, error: String? = nil) -> FeedOutcome {
        FeedOutcome(url: subscription.url, title: subscription.displayName, status: status, error: error)
    }
}

/// Times as `folio feed list` and `folio fetch` show them: `2024-06-15 14:03` in local time.
public enum FeedTime {
    /// `date` as `YYYY-MM-DD HH:MM`, local time.
    public static func text(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970)
        var parts = tm()
        localtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday)) \(two(parts.tm_hour)):\(two(parts.tm_min))"
    }
}
