import FolioKit
import FolioUI
import Testing

/// Feeds in the article list: a header per feed with its count, items indented under it,
/// folding, sorting, filtering and moving over headers and items.
@Suite("Feed groups")
struct FeedGroupTests {
    let theme = Fixtures.theme

    static func item(_ title: String, day: Int, feed: String = "Hacker News", path: String = "hn.xml") -> Article {
        Article(
            path: path, format: .feed, title: title, published: SimpleDate(year: 2026, month: 5, day: day),
            sections: [Section(heading: nil, level: 0, blocks: [Block(kind: .paragraph, text: "Item text.")])],
            feed: feed)
    }

    /// Two plain articles (June 1 and undated) and a three-item feed whose newest item is May 20.
    static func state(width: Int = 60, height: Int = 24) -> AppState {
        let articles = [
            Fixtures.article("Zebra Crossings", path: "zebra.txt", published: SimpleDate(year: 2026, month: 6, day: 1), sections: [(nil, ["Stripes."])]),
            item("Show HN: A tiny database", day: 10),
            item("Ask HN: Favourite editors", day: 20),
            Fixtures.article("Apples", path: "apples.txt", sections: [(nil, ["Fruit."])]),
            item("Rust in the kernel", day: 15),
        ]
        return AppState(articles: articles, today: Fixtures.today, theme: Fixtures.theme, width: width, height: height)
    }

    func screen(_ state: AppState) -> [String] { render(state, width: state.width, height: state.height).trimmedLines }

    @Test("a feed is a header with its title and count, its items indented below, newest first")
    func header() throws {
        let state = Self.state()
        let buffer = render(state, width: 60, height: 24)
        let lines = buffer.trimmedLines
        #expect(lines[0].hasPrefix(" ● Zebra Crossings"))
        #expect(lines[2].hasPrefix(" ▾ Hacker News (3)"))
        #expect(lines[3].hasPrefix("   3 unread · newest 1 mo ago"))
        #expect(lines[4].hasPrefix("   ● Ask HN: Favourite editors"))
        #expect(lines[6].hasPrefix("   ● Rust in the kernel"))
        #expect(lines[8].hasPrefix("   ● Show HN: A tiny database"))
        #expect(lines[10].hasPrefix(" ● Apples"))
        let header = try #require(buffer.find("Hacker News"))
        #expect(buffer[header.x, header.y].style == theme[.listFeed])
        #expect(state.shownEntries.count == 5)
    }

    @Test("items kept one a file (the home library's) group under their feed's address; another file of the same title without it stays apart")
    func oneFeedManyFiles() {
        func kept(_ title: String, day: Int, path: String, feedURL: String?) -> Article {
            var article = Self.item(title, day: day, feed: "News", path: path)
            article.feedURL = feedURL
            return article
        }
        let articles = [
            kept("First", day: 10, path: "feeds/News/First.xml", feedURL: "https://news.example/feed"),
            kept("Second", day: 12, path: "feeds/News/Second.xml", feedURL: "https://news.example/feed"),
            kept("Elsewhere", day: 11, path: "elsewhere.xml", feedURL: nil),
        ]
        let state = AppState(articles: articles, today: Fixtures.today, theme: Fixtures.theme, width: 60, height: 24)
        let lines = screen(state)
        #expect(lines[0].hasPrefix(" ▾ News (2)"))
        #expect(lines[2].hasPrefix("   ● Second"))
        #expect(lines[4].hasPrefix("   ● First"))
        #expect(lines[6].hasPrefix(" ▾ News (1)"))
        #expect(lines[8].hasPrefix("   ● Elsewhere"))
    }

    @Test("j and k move over headers and items; Enter on a header folds and unfolds the feed")
    func foldWithEnter() {
        var state = Self.state()
        state.press(.character("j"))
        #expect(state.list.selectedFeed == FeedKey(path: "hn.xml", title: "Hacker News"))
        #expect(state.list.selected == nil)
        let buffer = render(state, width: 60, height: 24)
        #expect(buffer[3, 2].style == theme[.listSelected])
        #expect(state.press(.enter).isEmpty)
        var lines = screen(state)
        #expect(lines[2].hasPrefix(" ▸ Hacker News (3)"))
        #expect(lines[4].hasPrefix(" ● Apples"))
        #expect(!lines.joined().contains("Rust in the kernel"))
        state.press(.character("j"))
        #expect(state.list.selected.map { state.entries[$0].title } == "Apples")
        state.press(.character("k"), .character("z"))
        lines = screen(state)
        #expect(lines[2].hasPrefix(" ▾ Hacker News (3)"))
        state.press(.character("j"))
        #expect(state.list.selected.map { state.entries[$0].title } == "Ask HN: Favourite editors")
    }

    @Test("- folds the feed from one of its items and selects the header; + unfolds; an article opens with Enter")
    func foldFromItem() {
        var state = Self.state()
        state.press(.character("j"), .character("j"), .character("j"))
        #expect(state.list.selected.map { state.entries[$0].title } == "Rust in the kernel")
        state.press(.character("-"))
        #expect(state.list.collapsed.contains(FeedKey(path: "hn.xml", title: "Hacker News")))
        #expect(state.list.selectedFeed != nil)
        #expect(screen(state)[2].hasPrefix(" ▸ Hacker News (3)"))
        state.press(.character("+"))
        #expect(state.list.collapsed.isEmpty)
        state.press(.character("j"), .enter)
        #expect(state.reader.entry.map { state.entries[$0].title } == "Ask HN: Favourite editors")
        state.press(.character("h"))
        let lines = screen(state)
        #expect(lines[3].hasPrefix("   2 unread"))
        #expect(lines[4].hasPrefix("     Ask HN: Favourite editors"))
    }

    @Test("sorting by title sorts the feed by its title among articles, and its items by theirs")
    func sortByTitle() {
        var state = Self.state()
        state.press(.character("s"))
        let lines = screen(state)
        #expect(lines[0].hasPrefix(" ● Apples"))
        #expect(lines[2].hasPrefix(" ▾ Hacker News (3)"))
        #expect(lines[4].hasPrefix("   ● Ask HN: Favourite editors"))
        #expect(lines[6].hasPrefix("   ● Rust in the kernel"))
        #expect(lines[8].hasPrefix("   ● Show HN: A tiny database"))
        #expect(lines[10].hasPrefix(" ● Zebra Crossings"))
    }

    @Test("the filter matches items inside a feed and keeps their header, with the count of matches")
    func filter() {
        var state = Self.state()
        state.press(.character("f"))
        state.type("rust")
        var lines = screen(state)
        #expect(lines[0].hasPrefix(" ▾ Hacker News (1 of 3)"))
        #expect(lines[2].hasPrefix("   ● Rust in the kernel"))
        #expect(!lines.joined().contains("Zebra"))
        #expect(state.list.selected.map { state.entries[$0].title } == "Rust in the kernel")
        state.press(.escape)
        state.press(.character("f"))
        state.type("hacker")
        lines = screen(state)
        #expect(lines[0].hasPrefix(" ▾ Hacker News (3)"))
        #expect(state.shownEntries.count == 3)
    }

    @Test("two feeds with the same title in two files are two groups; a click on a header selects, a second folds")
    func twoFiles() {
        var state = AppState(
            articles: [Self.item("One", day: 1), Self.item("Two", day: 2, path: "other.xml")], today: Fixtures.today,
            theme: Fixtures.theme, width: 60, height: 24)
        #expect(state.listRows.filter { $0.feed != nil }.count == 2)
        state.press(.mouse(MouseEvent(kind: .click, x: 3, y: 4)))
        #expect(state.list.selectedFeed == FeedKey(path: "hn.xml", title: "Hacker News"))
        state.press(.mouse(MouseEvent(kind: .click, x: 3, y: 4)))
        #expect(state.list.collapsed == [FeedKey(path: "hn.xml", title: "Hacker News")])
    }

    @Test("folding keys on an article outside feeds say so and change nothing")
    func notAFeed() {
        var state = Self.state()
        state.press(.character("z"))
        #expect(state.message?.text.contains("Not a feed") == true)
        #expect(state.list.collapsed.isEmpty)
    }
}
