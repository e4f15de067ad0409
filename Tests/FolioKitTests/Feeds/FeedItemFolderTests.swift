import Foundation
import Testing

@testable import FolioKit

/// The items of a subscription, one file each: identities, updates in place, items kept after
/// they leave the feed, and files the reader reads as the feed's items.
@Suite struct FeedItemFolderTests {
    private let root = TemporaryFolder()
    private var folder: FeedItemFolder { FeedItemFolder(root.path + "/feeds/News") }
    private let channel = FeedItemFolder.Channel(title: "News & more", url: "https://news.example/feed", siteLink: "https://news.example/")

    private func names() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test("identity: guid, else link, else title and date; none without any of them")
    func identity() {
        #expect(FeedItem(guid: "g", link: "l", title: "t").identity == "guid:g")
        #expect(FeedItem(link: "l", title: "t").identity == "link:l")
        #expect(FeedItem(title: "t", dateText: "d").identity == "title:t\u{1F}d")
        #expect(FeedItem(contentHTML: "<p>only text</p>").identity == nil)
        #expect(FeedItem(title: "a").digest != FeedItem(title: "b").digest)
        #expect(FeedItem(title: "a", author: nil).digest != FeedItem(title: "a", author: "").digest)
    }

    @Test("new items get files named after their titles, read back by the feed reader as the feed's items")
    func storesItems() throws {
        defer { root.remove() }
        let items = [
            FeedItem(guid: "2", link: "https://news.example/2", title: "Second / story", dateText: "Tue, 11 Jun 2024 10:00:00 GMT", contentHTML: "<p>Two <b>bold</b> words.</p>"),
            FeedItem(guid: "1", link: "https://news.example/1", title: "First", author: "Jane Doe", contentHTML: "<p>One &amp; \u{1B}[31m only.</p>", base: "https://news.example/a/"),
            FeedItem(link: "https://news.example/3", title: "First"),
            FeedItem(contentHTML: "<p>No identity at all</p>"),
            FeedItem(guid: "1", title: "A repeat of 1 in the same fetch"),
        ]
        let stored = try folder.store(items, channel: channel)
        #expect(stored.new == 3)
        #expect(stored.updated == 0)
        #expect(names() == [".items.json", "First 2.xml", "First.xml", "Second story.xml"])
        // Named oldest first (the feed lists the newest first): the older "First" has the plain name.
        #expect(try ArticleLoader.load(folder.path + "/First.xml").first?.url == "https://news.example/3")
        let articles = try ArticleLoader.load(folder.path + "/First 2.xml")
        #expect(articles.count == 1)
        let first = try #require(articles.first)
        #expect(first.title == "First")
        #expect(first.feed == "News & more")
        #expect(first.feedURL == "https://news.example/feed")
        #expect(first.url == "https://news.example/1")
        #expect(first.author == "Jane Doe")
        let second = try #require(try ArticleLoader.load(folder.path + "/Second story.xml").first)
        #expect(second.published == SimpleDate(year: 2024, month: 6, day: 11))
        #expect(second.sections.first?.blocks.first?.text == "Two bold words.")
        #expect(Set(folder.items().map(\.id)) == ["guid:1", "guid:2", "link:https://news.example/3"])
    }

    @Test("a changed item is rewritten under its name; an unchanged one is left alone; one gone from the feed stays")
    func updatesInPlace() throws {
        defer { root.remove() }
        _ = try folder.store([FeedItem(guid: "a", title: "Alpha", contentHTML: "<p>old</p>"), FeedItem(guid: "b", title: "Beta")], channel: channel)
        let betaPath = folder.path + "/Beta.xml"
        var before = stat()
        stat(betaPath, &before)
        let again = try folder.store([FeedItem(guid: "a", title: "Alpha renamed", contentHTML: "<p>new</p>"), FeedItem(guid: "b", title: "Beta")], channel: channel)
        #expect(again.new == 0)
        #expect(again.updated == 1)
        #expect(names() == [".items.json", "Alpha.xml", "Beta.xml"])
        let alpha = try #require(try ArticleLoader.load(folder.path + "/Alpha.xml").first)
        #expect(alpha.title == "Alpha renamed")
        #expect(alpha.sections.first?.blocks.first?.text == "new")
        var after = stat()
        stat(betaPath, &after)
        #expect(before.st_ino == after.st_ino, "the unchanged item was not rewritten")
        // The feed drops both and brings a new one: the old ones stay.
        let third = try folder.store([FeedItem(guid: "c", title: "Gamma")], channel: channel)
        #expect(third.new == 1)
        #expect(names() == [".items.json", "Alpha.xml", "Beta.xml", "Gamma.xml"])
    }

    @Test("an item file the index does not know (a fetch killed before the index) is adopted, never written twice")
    func adoptsOrphans() throws {
        defer { root.remove() }
        _ = try folder.store([FeedItem(guid: "a", title: "Alpha")], channel: channel)
        // As if killed after the item file and before the index: the index loses the item.
        try Data("{\"items\":[]}\n".utf8).write(to: URL(fileURLWithPath: folder.path + "/.items.json"))
        let again = try folder.store([FeedItem(guid: "a", title: "Alpha")], channel: channel)
        #expect(again.new == 0)
        #expect(again.updated == 0, "completed, not changed by the feed")
        #expect(names() == [".items.json", "Alpha.xml"])
        #expect(folder.items().map(\.id) == ["guid:a"])
    }

    @Test("subscriptions survive a round trip through their file, which is replaced whole")
    func subscriptionFile() throws {
        defer { root.remove() }
        try FileManager.default.createDirectory(atPath: root.path, withIntermediateDirectories: true)
        let file = SubscriptionFile(path: root.path + "/subscriptions.json")
        #expect(try file.load() == [])
        var subscription = Subscription(url: "https://a.example/feed", name: "A", categories: ["x"], fullText: true, folder: "A")
        subscription.failed("HTTP 500", at: Date(timeIntervalSince1970: 1_700_000_000))
        subscription.failed("HTTP 500", at: Date(timeIntervalSince1970: 1_700_000_000))
        try file.save([subscription, Subscription(url: "https://b.example/", folder: "b")])
        let loaded = try file.load()
        #expect(loaded == [subscription, Subscription(url: "https://b.example/", folder: "b")])
        #expect(loaded.first?.due(at: Date(timeIntervalSince1970: 1_700_000_000)) == .later(Date(timeIntervalSince1970: 1_700_001_800)))
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []) == ["subscriptions.json"])
        try Data("{\"subscriptions\": 5}".utf8).write(to: URL(fileURLWithPath: file.path))
        #expect(throws: SaveError.self) { try file.load() }
    }

    @Test("backoff doubles from 30 minutes up to a day; a server's Retry-After is not a failure")
    func backoff() {
        #expect(Subscription.backoff(afterFailures: 2) == 1800)
        #expect(Subscription.backoff(afterFailures: 3) == 3600)
        #expect(Subscription.backoff(afterFailures: 30) == 86400)
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        var subscription = Subscription(url: "https://a.example/")
        subscription.failed("HTTP 500", at: now)
        #expect(subscription.due(at: now) == .now)
        subscription.deferred("HTTP 429", at: now, until: now.addingTimeInterval(60))
        #expect(subscription.failures == 1)
        #expect(subscription.due(at: now) == .later(now.addingTimeInterval(60)))
        subscription.succeeded(at: now.addingTimeInterval(120))
        #expect(subscription.failures == 0 && subscription.lastError == nil && subscription.due(at: now) == .now)
        subscription.dead = true
        #expect(subscription.due(at: now) == .dead)
    }
}
