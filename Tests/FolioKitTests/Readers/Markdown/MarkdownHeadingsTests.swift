import Foundation
import TestCorpus
import Testing

@testable import FolioKit

/// Runs every ATX and setext heading example of the CommonMark specification
/// (`../shared/corpus/dev/markdown/headings.json`) and compares the headings read.
@Suite struct MarkdownHeadingsTests {
    @Test func everySpecExampleGivesTheExpectedHeadings() throws {
        let root = try JSONSerialization.jsonObject(with: Data(SharedCorpus.bytes("dev/markdown/headings.json"))) as? [String: Any]
        let examples = try #require(root?["examples"] as? [[String: Any]])
        let counts = try #require(root?["counts"] as? [String: Int])
        #expect(examples.count == counts.values.reduce(0, +))
        var passed = 0
        for example in examples {
            let markdown = try #require(example["markdown"] as? String)
            let expected = try #require(example["expected_headings"] as? [[String: Any]]).map {
                "\($0["level"] as? Int ?? 0) \($0["text"] as? String ?? "")"
            }
            let found = MarkdownReader.headings(Array(markdown.utf8)).map { "\($0.level) \($0.text)" }
            if found == expected {
                passed += 1
            } else {
                Issue.record("example \(example["example"] ?? "?"): got \(found), expected \(expected)")
            }
        }
        print("CommonMark heading examples passed: \(passed)/\(examples.count)")
        #expect(passed == examples.count)
    }
}
