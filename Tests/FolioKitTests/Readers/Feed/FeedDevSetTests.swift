import Foundation
import TestCorpus
import Testing

@testable import FolioKit

/// Reads every feed of `../shared/corpus/dev/feeds` and compares the feed title, item count and
/// first item title with `INDEX.json`; ill-formed feeds must come back quickly without a crash.
@Suite struct FeedDevSetTests {
    static func collapsed(_ text: String?) -> String? {
        text.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    }

    @Test func wellFormedFeedsGiveIndexedTitlesAndCounts() throws {
        let feedsFolder = try SharedCorpus.url("dev/feeds")
        let index = try JSONSerialization.jsonObject(
            with: Data(contentsOf: feedsFolder.appendingPathComponent("INDEX.json"))) as? [String: Any]
        let files = try #require(index?["files"] as? [String: [String: Any]])
        var passed = 0
        var wellFormed = 0
        var illFormed = 0
        for (name, facts) in files.sorted(by: { $0.key < $1.key }) {
            let bytes = try [UInt8](Data(contentsOf: feedsFolder.appendingPathComponent(name)))
            var result = FeedReadResult(title: nil, articles: [], warnings: [])
            let seconds = threadCPUSeconds { result = FeedReader.read(bytes, path: name) }
            #expect(seconds < 2, "\(name) took \(seconds) s of CPU")
            guard facts["category"] as? String == "wellformed" else {
                illFormed += 1
                continue
            }
            wellFormed += 1
            let expectedTitle = Self.collapsed(facts["feed_title"] as? String)
            let expectedCount = facts["item_count"] as? Int
            let expectedFirst = Self.collapsed(facts["first_item_title"] as? String)
            let found = (Self.collapsed(result.title), result.articles.count, Self.collapsed(result.articles.first?.title))
            let titleRight = expectedTitle == nil || found.0 == expectedTitle
            let firstRight = expectedFirst == nil || found.2 == expectedFirst
            if titleRight, found.1 == expectedCount, firstRight, result.warnings.isEmpty {
                passed += 1
            } else {
                Issue.record(
                    "\(name): got \(found) \(result.warnings), expected (\(expectedTitle ?? "-"), \(expectedCount ?? -1), \(expectedFirst ?? "-"))")
            }
        }
        print("feed dev set: \(passed)/\(wellFormed) well-formed feeds right, \(illFormed) ill-formed read without a crash")
        #expect(passed == wellFormed)
    }
}
