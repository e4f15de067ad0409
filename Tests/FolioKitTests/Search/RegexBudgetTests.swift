import Foundation
import Testing

@testable import FolioKit

/// A regular expression keeps to its budget of about half a second per article whatever the
/// pattern, the line lengths and the number of lines: the searches below took from 12 s to
/// well over a minute when the budget was counted per line and let each line scan for free.
/// Each must end, unfinished, long before its watchdog.
@Suite struct RegexBudgetTests {
    /// An article of `count` paragraphs of `line` each.
    private func article(lines line: String, count: Int) -> Article {
        var text = "Runaway patterns\n\n"
        for _ in 0..<count { text += line + "\n\n" }
        return PlainTextReader.read(Array(text.utf8), path: "runaway.txt")
    }

    @Test("(a*)*c over 5,000 lines of forty a's and a b stops within the budget")
    func manyShortLines() throws {
        let article = article(lines: String(repeating: "a", count: 40) + "b", count: 5_000)
        let search = try ArticleSearch(SearchQuery("(a*)*c", isRegex: true))
        let found = try #require(Watchdog.finishes(within: 30, "(a*)*c over 5,000 lines") { search.boundedHits(in: article) })
        #expect(!found.finished)
        #expect(found.hits.isEmpty)
    }

    @Test("(a*)*b on one line of 100,000 a's stops within the budget")
    func oneLongLine() throws {
        let article = article(lines: String(repeating: "a", count: 100_000), count: 1)
        let search = try ArticleSearch(SearchQuery("(a*)*b", isRegex: true))
        let found = try #require(Watchdog.finishes(within: 30, "(a*)*b on one long line") { search.boundedHits(in: article) })
        #expect(!found.finished)
    }

    @Test("the hits found before the budget ran out are kept")
    func hitsSoFarAreKept() throws {
        // A line with a hit, then runaway lines: the hit is found before the time runs out.
        var text = "Title\n\nThe first line has one c.\n\n"
        for _ in 0..<5_000 { text += String(repeating: "a", count: 40) + "b\n\n" }
        let article = PlainTextReader.read(Array(text.utf8), path: "runaway.txt")
        let search = try ArticleSearch(SearchQuery("(a*)*c", isRegex: true))
        let found = try #require(Watchdog.finishes(within: 30, "the runaway search") { search.boundedHits(in: article) })
        #expect(!found.finished)
        #expect(found.hits.map(\.place) == [.block(section: 0, block: 0)])
    }

    @Test("a cancelled search stops at once, unfinished, even on a runaway pattern")
    func cancelledSearchStops() throws {
        let article = article(lines: String(repeating: "a", count: 40) + "b", count: 5_000)
        let search = try ArticleSearch(SearchQuery("(a*)*c", isRegex: true))
        let found = try #require(Watchdog.finishes(within: 30, "a cancelled search") {
            search.boundedHits(in: article, isCancelled: { true })
        })
        #expect(!found.finished)
        let literal = try ArticleSearch(SearchQuery("a")).boundedHits(in: article, isCancelled: { true })
        #expect(!literal.finished)
    }
}

/// Runs work on a thread of its own and waits for it with a deadline: a test of something that
/// must end asserts that it ended, not how fast.
enum Watchdog {
    /// The result of `body`, or nil (with a recorded issue) when it is still running after
    /// `seconds` (it is left running: a thread cannot be stopped from outside).
    static func finishes<Result: Sendable>(
        within seconds: Double, _ what: String, _ body: @escaping @Sendable () -> Result
    ) -> Result? {
        let box = ResultBox<Result>()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            box.value = body()
            done.signal()
        }
        guard done.wait(timeout: .now() + seconds) == .success else {
            Issue.record("\(what) did not end within \(Int(seconds)) s")
            return nil
        }
        return box.value
    }

    private final class ResultBox<Value>: @unchecked Sendable {
        var value: Value?
    }
}
