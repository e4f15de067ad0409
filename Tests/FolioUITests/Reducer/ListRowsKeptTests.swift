import FolioKit
import Testing

@testable import FolioUI

/// The list's rows are worked out again only when what they show changes (a title, an author,
/// a date, a feed, a feed item's unread mark, the entries themselves), not when an article is
/// loaded or let go; the library's rows wait under a search's results for Esc; titles are put
/// in order once. What the list shows follows every change that matters.
@Suite("the list's rows kept between keys")
struct ListRowsKeptTests {
    typealias Library = SteadyListTests
    typealias Results = SearchResultsListTests

    func shown(_ state: AppState) -> [String] { state.shownEntries.map { state.entries[$0].title } }

    @Test("titles sharing their first sixteen characters sort by the rest, ignoring case, ties in the library's order; in the library and in the results")
    func titleOrder() throws {
        let titles = [
            "The quick brown fox jumps", "the Quick brown fox ate", "THE QUICK BROWN FOX", "Émile", "apple",
            "the quick brown fox jumps", "Zebra", "The quick brown fox",
        ]
        let entries = titles.enumerated().map { Library.article($0.offset, title: $0.element) }
        var state = AppState(entries: entries, today: Fixtures.today, theme: Fixtures.theme, width: 80, height: 24)
        let expected = [
            "apple", "THE QUICK BROWN FOX", "The quick brown fox", "the Quick brown fox ate", "The quick brown fox jumps",
            "the quick brown fox jumps", "Zebra", "Émile",
        ]
        state.press(.character("s"))
        #expect(shown(state) == expected)

        state.press(.character("s"))
        Results.search(&state)
        Results.hits(&state, titles.indices.map { ($0, 1) }, done: true)
        #expect(state.showsResults)
        state.press(.character("s"), .character("s"))
        #expect(state.search.results.order == .title)
        #expect(shown(state) == expected)
    }

    @Test("an article whose title or date changes as it is read again takes its new place")
    func detailsChanged() throws {
        var state = Library.library(5)
        #expect(shown(state).first == "Article 00")
        state.apply(Library.read(Library.article(3, year: 2030)))
        #expect(shown(state).first == "Article 03", "newest first")
        state.press(.character("s"))
        state.apply(Library.read(Library.article(4, title: "Aardvark")))
        #expect(shown(state).first == "Aardvark", "by title")
        #expect(Library.titles(state).first == "Aardvark")
    }

    @Test("opening a feed's item counts it read on the feed's header")
    func feedUnreadCount() throws {
        var state = FeedGroupTests.state(width: 120)
        let lines = { render(state, width: state.width, height: state.height).trimmedLines }
        #expect(lines()[3].hasPrefix("   3 unread"))
        state.press(.character("j"), .character("j"), .enter)
        #expect(state.reader.entry != nil)
        #expect(lines()[3].hasPrefix("   2 unread"))
    }

    @Test("Esc after n went through the results' articles: the library is back as it was, the articles read marked so")
    func libraryBackAfterReading() throws {
        var state = Results.lettered()
        state.press(.character("j"))
        Results.search(&state)
        #expect(shown(state) == ["C", "A", "D"])
        state.press(.enter)
        for _ in 0..<6 { state.press(.character("n")) }
        #expect(state.reader.entry == state.id(0))
        state.press(.escape)
        #expect(!state.showsResults)
        #expect(shown(state) == ["A", "B", "C", "D"])
        #expect(state.list.selected == state.id(1), "B, selected before the search")
        let lines = render(state, width: 120, height: 40).trimmedLines
        let marks = stride(from: 0, to: 8, by: 2).map { lines[$0].contains("●") }
        #expect(marks == [false, true, false, true], "A and C were read")
    }
}
