import Foundation
import TestProcesses
import Testing

/// A home library of a test's own for the feed commands (`AddLibrary`'s environment), with
/// what the tests look at: subscriptions, item files, and feeds to serve.
extension AddLibrary {
    /// Runs `folio ARGUMENTS` in the library.
    func folio(_ arguments: [String], input: [UInt8] = [], timeout: Double = 60) throws -> FolioRun {
        try FolioBinary.run(arguments, input: input, timeout: timeout, environment: environment)
    }

    /// The library's folder.
    var home: String { folder.path + "/folio" }

    /// The subscriptions file, as JSON objects.
    var subscriptions: [[String: Any]] {
        let data = (try? Data(contentsOf: URL(fileURLWithPath: home + "/subscriptions.json"))) ?? Data()
        let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        return object?["subscriptions"] as? [[String: Any]] ?? []
    }

    /// The item folder of the subscription to `url`.
    func folder(of url: String) -> String {
        subscriptions.first { $0["url"] as? String == url }?["folder"] as? String ?? "?"
    }

    /// The item files of the feed folder `name`, sorted (hidden files left out).
    func items(_ name: String) -> [String] {
        (((try? FileManager.default.contentsOfDirectory(atPath: home + "/feeds/" + name)) ?? []).filter { !$0.hasPrefix(".") }).sorted()
    }

    /// Every entry under the feeds folder, hidden ones included: `FOLDER/NAME`.
    var feedEntries: [String] {
        let feeds = home + "/feeds"
        return (((try? FileManager.default.contentsOfDirectory(atPath: feeds)) ?? []).flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: feeds + "/" + folder)) ?? []).map { folder + "/" + $0 }
        }).sorted()
    }

    /// The text of an item file.
    func item(_ folder: String, _ name: String) -> String {
        (try? String(contentsOfFile: home + "/feeds/" + folder + "/" + name, encoding: .utf8)) ?? ""
    }
}

/// Feeds the tests serve.
enum TestFeeds {
    /// An RSS 2.0 feed titled `title` with `items` (guid, title, text), newest first.
    static func rss(_ title: String, items: [(guid: String, title: String, text: String)]) -> String {
        let entries = items.map { item in
            "<item><title>\(item.title)</title><link>http://example.org/\(item.guid)</link><guid>\(item.guid)</guid>"
                + "<pubDate>Mon, 10 Jun 2024 10:00:00 GMT</pubDate><description>&lt;p&gt;\(item.text)&lt;/p&gt;</description></item>"
        }
        return "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>\(title)</title><link>http://example.org/</link>\n"
            + entries.joined(separator: "\n") + "\n</channel></rss>\n"
    }

    /// An Atom 1.0 feed titled `title` with one entry per `(id, title)`.
    static func atom(_ title: String, entries: [(id: String, title: String)]) -> String {
        let body = entries.map { "<entry><id>\($0.id)</id><title>\($0.title)</title><updated>2024-06-10T10:00:00Z</updated><link href=\"http://example.org/\($0.id)\"/><summary>Summary of \($0.title).</summary></entry>" }
        return "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>\(title)</title><id>urn:\(title)</id>"
            + body.joined() + "</feed>"
    }

    /// A web page naming the feed at `href` in its head.
    static func page(naming href: String) -> String {
        "<html><head><title>A site</title><link rel=\"alternate\" type=\"application/atom+xml\" href=\"\(href)\"></head><body><p>Hello</p></body></html>"
    }
}
