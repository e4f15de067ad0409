import FolioKit
import Testing

@testable import FolioUI

/// An all-articles search shows its results in the list: from its first hit until Esc, only
/// the articles with hits, ranked, each with its count; Esc gives the library back as it was.
@Suite("search results in the list")
struct SearchResultsListTests {
    typealias Library = SteadyListTests

    /// Searches all articles for `word` (nothing is open) and closes the bar.
    static func search(_ state: inout AppState, _ word: String = "word") {
        state.press(.character("/"))
        state.type(word)
        state.press(.enter)
    }

    /// What the wiring reports of the library's files: hit counts (and scores) by article number.
    static func hits(
        _ state: inout AppState, _ counts: [(Int, Int)], scores: [Int: Double] = [:], word: String = "word",
        wholeWord: Bool = false, done: Bool = false
    ) {
        let results = counts.map { number, count in LibraryHits(entry: state.id(number), count: count, score: scores[number]) }
        state.apply(.libraryHits(SearchQuery(word, wholeWord: wholeWord), results, done: done))
    }

    static func status(_ state: AppState) -> String {
        render(state, width: state.width, height: state.height).trimmedLines.last ?? ""
    }

    @Test("from the first hit the list shows the articles with hits and their counts; Esc gives the library back where it was; a second Esc ends the search")
    func shownUntilEscape() throws {
        var state = Library.library(30)
        for _ in 0..<5 { state.press(.character("j")) }
        Self.search(&state)
        Self.hits(&state, [(7, 0), (8, 0)])
        #expect(Library.titles(state).first == "Article 00", "no hit yet: the library")
        Self.hits(&state, [(20, 3)])
        #expect(Library.titles(state).first?.hasPrefix("Article 20") == true)
        #expect(Library.titles(state).dropFirst().allSatisfy { $0.isEmpty })
        Self.hits(&state, [(3, 5), (25, 1), (9, 0)], done: true)
        let titles = Library.titles(state)
        #expect(titles.prefix(4).map { $0.replacingOccurrences(of: " ", with: "") } == ["Article035hits", "Article203hits", "Article251hit", ""])
        let lines = render(state, width: 80, height: 24).trimmedLines
        #expect(lines[0].hasSuffix("Article 03" + String(repeating: " ", count: 80 - 1 - 13 - 6) + "5 hits"), "the count ends the title row")
        #expect(Library.selection(state)?.title.hasPrefix("Article 03") == true)
        #expect(Self.status(state).hasPrefix(" 3 of 30 articles · by rank"))
        #expect(Self.status(state).hasSuffix("/word 9 hits in 3 articles"))

        state.press(.escape)
        #expect(Library.titles(state).prefix(2) == ["Article 00", "Article 01"])
        #expect(Library.selection(state)?.title == "Article 05" && Library.selection(state)?.row == 5)
        #expect(Self.status(state).hasPrefix(" 30 articles · by date"))
        #expect(Self.status(state).hasSuffix("/word 9 hits in 3 articles"), "the hits stay highlighted")
        state.press(.escape)
        #expect(!state.search.isActive)
        #expect(!Self.status(state).contains("/word"))
    }

    @Test("the results fill as counts stream in: the first stays selected until the user moves, then the selected one keeps its row")
    func fillingSteadily() throws {
        var state = Library.library(30)
        Self.search(&state)
        Self.hits(&state, (0..<20).map { ($0, 30 - $0) })
        #expect(Library.selection(state)?.title.hasPrefix("Article 00") == true)
        Self.hits(&state, [(25, 50)])
        #expect(Library.selection(state)?.title.hasPrefix("Article 25") == true && Library.selection(state)?.row == 0)
        for _ in 0..<3 { state.press(.character("j")) }
        #expect(Library.selection(state)?.title.hasPrefix("Article 02") == true && Library.selection(state)?.row == 3)
        // More hits than any (above the selection, which keeps its row), and fewer than any.
        Self.hits(&state, [(26, 100), (27, 1)])
        #expect(Library.selection(state)?.title.hasPrefix("Article 02") == true && Library.selection(state)?.row == 3)
        #expect(Library.titles(state).prefix(4).map { String($0.prefix(10)) } == ["Article 25", "Article 00", "Article 01", "Article 02"])
        state.press(.character("g"))
        #expect(Library.titles(state).first?.hasPrefix("Article 26") == true)
    }

    @Test("an empty query gives the library back where it was; the next query's results fill from the top")
    func emptyQuery() throws {
        var state = Library.library(30)
        for _ in 0..<3 { state.press(.character("j")) }
        state.press(.character("/"))
        state.type("word")
        Self.hits(&state, [(20, 3), (21, 1)])
        #expect(state.press(.enter).contains(.saveSearch("word")))
        state.press(.character("j"))
        #expect(Library.selection(state)?.title.hasPrefix("Article 21") == true)
        state.press(.character("/"))
        #expect(Library.titles(state).first == "Article 00", "a new search starts from the library")
        state.type("w")
        Self.hits(&state, [(20, 1), (21, 3)], word: "w")
        #expect(Library.selection(state)?.title.hasPrefix("Article 21") == true && Library.selection(state)?.row == 0)
        state.press(.backspace)
        #expect(Library.titles(state).first == "Article 00")
        #expect(Library.selection(state)?.title == "Article 03" && Library.selection(state)?.row == 3)
    }

    @Test("s cycles rank, date and title for the results; the list's own sort stays, and is not kept")
    func resultsOrder() throws {
        var entries = (0..<6).map { Library.article($0) }
        (entries[1].title, entries[4].title) = ("Zulu", "alpha")
        var state = AppState(entries: entries, today: Fixtures.today, theme: Fixtures.theme, width: 80, height: 24)
        Self.search(&state)
        Self.hits(&state, [(1, 2), (4, 7), (5, 1)], done: true)
        func order() -> [String] { state.shownEntries.map { state.entries[$0].title } }
        #expect(order() == ["alpha", "Zulu", "Article 05"])
        #expect(state.press(.character("s")).isEmpty)
        #expect(order() == ["Zulu", "alpha", "Article 05"])
        #expect(Self.status(state).hasPrefix(" 3 of 6 articles · by date  Results by date"))
        state.press(.character("s"))
        #expect(order() == ["alpha", "Article 05", "Zulu"])
        state.press(.character("s"))
        #expect(order() == ["alpha", "Zulu", "Article 05"])
        state.press(.escape)
        #expect(state.list.sort == .date)
        #expect(state.shownEntries.count == 6)
        #expect(state.press(.character("s")) == [.keepSortOrder(.title)], "the list's own sort")
    }

    @Test("whole-word queries rank by the index's score, the articles it did not rank after; the count of the library is grouped")
    func rankedByScore() throws {
        var state = Library.library(10_000)
        state.press(.character("/"), .control("o"))
        state.type("word")
        state.press(.enter)
        Self.hits(&state, [(1, 9), (2, 1), (3, 4), (4, 2)], scores: [2: -7.5, 3: -2.0, 4: -7.5], wholeWord: true, done: true)
        #expect(state.shownEntries == [4, 2, 3, 1])
        #expect(Self.status(state).hasPrefix(" 4 of 10,000 articles · by rank"))
        // A substring query has no scores: by hits.
        state.press(.character("/"), .control("o"))
        state.type("word")
        Self.hits(&state, [(1, 9), (2, 1), (3, 4), (4, 2)], done: true)
        #expect(state.shownEntries == [1, 3, 4, 2])
        // The whole list back: its count grouped the same way.
        state.press(.escape)
        #expect(Self.status(state).hasPrefix(" 10,000 articles · by "), "\(Self.status(state))")
    }

    @Test("a feed's items are listed flat, each with its feed's name; folding says it works on the library")
    func feedItemsFlat() throws {
        var state = FeedGroupTests.state(width: 80)
        Self.search(&state, "text")
        let lines = render(state, width: 80, height: 24).trimmedLines
        #expect(!lines.contains { $0.contains("▾") }, "no feed header")
        #expect(state.shownEntries.count == 3, "the three items hold “text”")
        let editors = try #require(lines.firstIndex { $0.contains("Ask HN: Favourite editors") })
        #expect(lines[editors].hasSuffix("1 hit"))
        #expect(lines[editors + 1].trimmingCharacters(in: .whitespaces).hasPrefix("Hacker News · 1 mo ago"))
        state.press(.character("-"))
        #expect(state.message?.text.contains("flat") == true)
        #expect(state.list.collapsed.isEmpty)
    }

    /// Articles A to D, newest first, in memory, with 3, 0, 5 and 1 hits of `word`.
    static func lettered() -> AppState {
        let articles = [("A", 5, 3), ("B", 4, 0), ("C", 3, 5), ("D", 2, 1)].map { title, month, hits in
            Fixtures.article(
                title, path: "\(title).txt", published: SimpleDate(year: 2026, month: month, day: 1),
                sections: [(nil, [String(repeating: "A word. ", count: hits) + "Filler."])])
        }
        return AppState(articles: articles, today: Fixtures.today, theme: Fixtures.theme, width: 120, height: 40)
    }

    @Test("n past an article's last hit goes on in the next article of the results, not of the library")
    func nextOfTheResults() throws {
        var state = Self.lettered()
        #expect(state.shownEntries.map { state.entries[$0].title } == ["A", "B", "C", "D"])
        Self.search(&state)
        #expect(state.shownEntries.map { state.entries[$0].title } == ["C", "A", "D"])
        state.press(.enter)
        #expect(state.reader.entry == state.id(2))
        for _ in 0..<5 { state.press(.character("n")) }
        #expect(state.search.current == HitPosition(entry: state.id(2), index: 4))
        state.press(.character("n"))
        #expect(state.reader.entry == state.id(0), "A comes after C in the results (D does in the library)")
        #expect(state.message?.text == "Continuing in “A”")
        #expect(state.list.selected == state.id(0))
    }

    @Test("a count is never cut: a long title ends in … before it")
    func countNeverCut() throws {
        var entries = (0..<3).map { Library.article($0) }
        entries[1].title = String(repeating: "A very long title ", count: 6)
        var state = AppState(entries: entries, today: Fixtures.today, theme: Fixtures.theme, width: 120, height: 40)
        Self.search(&state)
        Self.hits(&state, [(1, 12_345)], done: true)
        let row = render(state, width: 120, height: 40).trimmedLines[0]
        let list = String(row.prefix { $0 != "│" }).trimmingCharacters(in: .whitespaces)
        #expect(list.hasPrefix("A very long title") && list.hasSuffix("… 12345 hits"))
    }
}
