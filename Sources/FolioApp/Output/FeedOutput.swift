import FolioKit
import FolioNet
import Foundation

/// What `folio feed` and `folio fetch` print, made safe for a terminal (`SafeText`).
enum FeedOutput {
    /// `subscribed  TITLE  (URL) · N items`, with the page the feed was found on.
    static func added(_ added: FeedSubscriptions.Added) -> [UInt8] {
        var text = ""
        if let page = added.foundOn { text += "found the feed \(added.subscription.url) on \(page)\n" }
        text += "subscribed  \(added.subscription.displayName)  (\(added.subscription.url)) · \(count(added.items, "item"))"
        if added.fullTextFailed > 0 { text += " · \(count(added.fullTextFailed, "full text")) not fetched" }
        text += "\n"
        return safe(text)
    }

    /// A subscription as `folio feed list` shows it: its name, then indented lines.
    static func listing(_ listing: FeedSubscriptions.Listing, unread: Int?) -> [UInt8] {
        let subscription = listing.subscription
        var text = subscription.displayName + "\n  " + subscription.url + "\n"
        text += "  " + count(listing.itemPaths.count, "item") + (unread.map { " · \($0) unread" } ?? "")
        text += " · " + (subscription.lastFetched.map { "fetched " + FeedTime.text($0) } ?? "never fetched")
        if !subscription.categories.isEmpty { text += " · " + subscription.categories.joined(separator: ", ") }
        if subscription.fullText { text += " · full text" }
        text += "\n"
        if let error = subscription.lastError {
            var state = "  last error: " + error
            if subscription.dead {
                state += " · gone: not fetched again"
            } else if let notBefore = subscription.notBefore, notBefore > Date() {
                let failures = subscription.failures > 1 ? "failed \(subscription.failures) times; " : ""
                state += " · \(failures)next try after \(FeedTime.text(notBefore))"
            }
            text += state + "\n"
        }
        return safe(text)
    }

    /// A subscription as one JSON object (`folio feed list --json`).
    static func listingLine(_ listing: FeedSubscriptions.Listing, unread: Int?) -> [UInt8] {
        let subscription = listing.subscription
        var json = JSONWriter()
        json.objectLine([
            ("url", .string(subscription.url)), ("title", .string(subscription.title)), ("name", .string(subscription.name)),
            ("categories", .strings(subscription.categories)), ("full_text", .bool(subscription.fullText)),
            ("items", .number(listing.itemPaths.count)), ("unread", unread.map { .number($0) } ?? .string(nil)),
            ("last_fetched", .string(subscription.lastFetched.map(iso))), ("last_error", .string(subscription.lastError)),
            ("failures", .number(subscription.failures)), ("not_before", .string(subscription.notBefore.map(iso))),
            ("dead", .bool(subscription.dead)),
        ])
        return json.bytes
    }

    /// `removed  NAME  (URL)`, and where its items are (or that they went).
    static func removed(_ subscription: Subscription, deletedItems: Bool, library: HomeLibrary) -> [UInt8] {
        var text = "removed  \(subscription.displayName)  (\(subscription.url))\n"
        if !deletedItems, !subscription.folder.isEmpty {
            text += "its items stay in \(library.items(of: subscription).path)\n"
        }
        return safe(text)
    }

    /// `imported N subscriptions · N already subscribed`.
    static func imported(_ imported: FeedSubscriptions.Imported) -> [UInt8] {
        var text = "imported \(count(imported.added.count, "subscription"))"
        if !imported.existing.isEmpty { text += " · \(imported.existing.count) already subscribed" }
        return safe(text + "\n")
    }

    /// `412 new articles in 37 feeds · 80 not modified · 3 failed` (and deferred and gone
    /// feeds, when there are any).
    static func summary(_ outcomes: [FeedOutcome]) -> [UInt8] {
        safe(summaryText(outcomes) + "\n")
    }

    /// The words of `summary`, for the reader's status line too.
    static func summaryText(_ outcomes: [FeedOutcome]) -> String {
        func number(_ status: FeedOutcome.Status) -> Int { outcomes.filter { $0.status == status }.count }
        let new = outcomes.reduce(0) { $0 + $1.new }
        var parts = ["\(count(new, "new article")) in \(count(number(.fetched), "feed"))"]
        let updated = outcomes.reduce(0) { $0 + $1.updated }
        if updated > 0 { parts.append("\(updated) updated") }
        parts.append("\(number(.notModified)) not modified")
        if number(.deferred) > 0 { parts.append("\(number(.deferred)) deferred") }
        if number(.dead) > 0 { parts.append("\(number(.dead)) gone") }
        parts.append("\(number(.failed)) failed")
        let pages = outcomes.reduce(0) { $0 + $1.fullTextFailed }
        if pages > 0 { parts.append("\(count(pages, "full text")) not fetched") }
        return parts.joined(separator: " · ")
    }

    /// A feed's outcome as one JSON object (`folio fetch --json`).
    static func outcomeLine(_ outcome: FeedOutcome) -> [UInt8] {
        var json = JSONWriter()
        json.objectLine([
            ("url", .string(outcome.url)), ("title", .string(outcome.title)), ("status", .string(outcome.status.rawValue)),
            ("new", .number(outcome.new)), ("updated", .number(outcome.updated)), ("full_text_failed", .number(outcome.fullTextFailed)),
            ("error", .string(outcome.error)),
        ])
        return json.bytes
    }

    /// `1 item`, `2 items`; `1 new article`, `3 new articles`.
    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    private static func iso(_ date: Date) -> String { ISO8601DateFormatter().string(from: date) }

    /// Lines folio wrote, their parts from feeds made safe: no escape sequence passes.
    private static func safe(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        SafeText.append(text, to: &bytes, keepsNewlines: true)
        return bytes
    }
}
