import FolioKit
import Testing

@testable import FolioUI

/// Feeds fetched from the reader (issue 15 §3 and §4): `F` fetches an item's full text and the
/// item redraws in place; `r` fetches the subscriptions (on a feed's header, that feed) with
/// its progress on the status line; new items come in without moving the selection or the
/// reading position; a feed's last error shows on its header.
@Suite("fetching feeds in the reader")
struct FeedFetchingTests {
    static let address = "http://news.example/feed.rss"

    /// An item of the home library's feed `News`, kept a file of its own under `feeds/News/`.
    static func item(_ title: String, day: Int, text: String = "Summary of the item.") -> Article {
        var article = Article(
            path: "feeds/News/\(title).xml", format: .feed, title: title, published: SimpleDate(year: 2026, month: 5, day: day),
            sections: [Section(heading: nil, level: 0, blocks: [Block(kind: .paragraph, text: text)])], feed: "News")
        article.feedURL = address
        article.url = "http://news.example/\(day).html"
        return article
    }

    /// The feed `News` of three items (May 10, 12, 14) and a plain article.
    static func state(width: Int = 80, height: Int = 24) -> AppState {
        let articles = [
            item("Early item", day: 10), item("Middle item", day: 12), item("Late item", day: 14),
            Fixtures.article("Plain notes", path: "notes.txt", sections: [(nil, ["Plain words."])]),
        ]
        return AppState(articles: articles, today: Fixtures.today, theme: Fixtures.theme, width: width, height: height)
    }

    static func lines(_ state: AppState) -> [String] { render(state, width: state.width, height: state.height).trimmedLines }
    static func statusLine(_ state: AppState) -> String { lines(state).last ?? "" }

    /// What the wiring reads of an item file after its full text came: the article of sections.
    static func fullText(of title: String, day: Int) -> (SourceEntries, Article) {
        var article = item(title, day: day)
        article.sections = [
            Section(heading: nil, level: 0, blocks: [Block(kind: .paragraph, text: "The whole article begins here.")]),
            Section(heading: "First section", level: 2, blocks: [Block(kind: .paragraph, text: "Its first part.")]),
            Section(heading: "Second section", level: 2, blocks: [Block(kind: .paragraph, text: "Its second part.")]),
        ]
        let source = ArticleSource.file(article.path)
        return (SourceEntries(source: source, entries: [LibraryEntry(article: article, source: source, isUnread: false)]), article)
    }

    // MARK: - r

    @Test("r asks for every subscription; the status line counts the feeds, says when another fetch holds the library, then sums up")
    func fetchProgress() {
        var state = Self.state()
        #expect(state.press(.character("r")) == [.fetchFeeds(only: nil)])
        #expect(Self.statusLine(state).hasSuffix("fetching feeds…"), "\(Self.statusLine(state))")
        state.apply(.feedFetchProgress(.waiting(process: 4242)))
        #expect(Self.statusLine(state).hasSuffix("a fetch is running (process 4242): waiting…"), "\(Self.statusLine(state))")
        state.apply(.feedFetchProgress(.fetching(done: 12, total: 40, failed: 1)))
        #expect(Self.statusLine(state).hasSuffix("fetching 12/40 feeds · 1 failed"), "\(Self.statusLine(state))")
        // A second r while the first runs asks for nothing.
        #expect(state.press(.character("r")).isEmpty)
        #expect(Self.statusLine(state).contains("Fetching the feeds already"))
        state.apply(.feedsFetched(FeedFetchReport(summary: "3 new articles in 2 feeds · 38 not modified · 0 failed", isError: false)))
        let line = Self.statusLine(state)
        #expect(line.contains("3 new articles in 2 feeds · 38 not modified · 0 failed"), "\(line)")
        #expect(!line.contains("fetching"))
        #expect(state.feeds.fetch == nil)
    }

    @Test("r on a feed's header fetches that feed only; on the header of a feed file it says that is no subscription")
    func fetchOneFeed() {
        var state = Self.state()
        state.press(.character("g"))
        #expect(state.list.selectedFeed?.address == Self.address)
        #expect(state.press(.character("r")) == [.fetchFeeds(only: Self.address)])

        var file = AppState(
            articles: [FeedGroupTests.item("One", day: 1), FeedGroupTests.item("Two", day: 2)], today: Fixtures.today,
            theme: Fixtures.theme, width: 80, height: 24)
        file.press(.character("g"))
        #expect(file.press(.character("r")).isEmpty)
        #expect(Self.statusLine(file).contains("hn.xml is a file, not a subscription"), "\(Self.statusLine(file))")
    }

    @Test("a feed's last error shows on its header after its unread count, in the error style, before its age; it never cuts the count")
    func headerError() throws {
        var state = Self.state()
        state.apply(.feedErrorsLoaded([Self.address: "HTTP 404 Not Found"], names: [:]))
        var lines = Self.lines(state)
        let header = try #require(lines.firstIndex { $0.contains("▾ News (3)") })
        #expect(lines[header + 1].hasPrefix("   3 unread · HTTP 404 Not Found · newest "), "\(lines[header + 1])")
        #expect(lines[header + 1].hasSuffix(" ago"), "\(lines[header + 1])")
        let buffer = render(state, width: 80, height: 24)
        let error = try #require(buffer.find("HTTP 404"))
        #expect(buffer[error.x, error.y].style.foreground == Fixtures.theme[.error].foreground)
        // In every shipped theme, those without colours too, the error looks like an error.
        for name in BundledThemes.all.keys.sorted() {
            let theme = try FocusTests.theme(name)
            var themed = state
            themed.theme = theme
            let cell = render(themed, width: 80, height: 24)[error.x, error.y]
            #expect(cell.style.foreground == theme[.error].foreground && cell.style.attributes == theme[.error].attributes, "\(name)")
        }

        // A narrow list: the error is cut, the count is not.
        var narrow = Self.state(width: 40)
        narrow.apply(.feedErrorsLoaded([Self.address: "certificate not trusted by the system's store"], names: [:]))
        lines = Self.lines(narrow)
        let row = try #require(lines.firstIndex { $0.contains("▾ News (3)") }) + 1
        #expect(lines[row].hasPrefix("   3 unread · certificate not trusted"), "\(lines[row])")
        #expect(lines[row].hasSuffix("…") && !lines[row].contains("newest"), "\(lines[row])")

        // The fetch brings the errors as they are now: fixed, the error goes.
        state.apply(.feedsFetched(FeedFetchReport(summary: "0 new articles in 1 feed · 0 not modified · 0 failed", isError: false, errors: [:])))
        #expect(!Self.lines(state).joined().contains("HTTP 404"))
    }

    @Test("a failed subscription without items gets a header of its name at the end of the list, its error on it; r there fetches it; a filter hides it")
    func failedFeedWithoutItems() throws {
        var state = Self.state()
        let broken = "http://gone.example/feed.xml"
        let names = [Self.address: "News", broken: "Gone Gazette", "http://fine.example/rss": "Fine Feed"]
        state.apply(.feedErrorsLoaded([Self.address: "HTTP 500", broken: "HTTP 404 Not Found"], names: names))
        var lines = Self.lines(state)
        // News has items: its one header. Fine Feed has no error: no header.
        #expect(lines.filter { $0.contains("▾ News") }.count == 1)
        #expect(!lines.joined().contains("Fine Feed"))
        let header = try #require(lines.firstIndex { $0.contains("▾ Gone Gazette (0)") }, "\(lines)")
        #expect(lines[header + 1].hasPrefix("   no items · HTTP 404 Not Found"), "\(lines[header + 1])")
        // It is the last row of the list.
        #expect(state.listRows.last == .feed(FeedKey(address: broken, title: "Gone Gazette"), items: [], unread: 0))
        state.press(.character("G"))
        #expect(state.list.selectedFeed?.address == broken)
        #expect(state.press(.character("r")) == [.fetchFeeds(only: broken)])
        // Enter folds and unfolds it, and moves nothing else.
        state.press(.enter)
        #expect(state.list.selectedFeed?.address == broken)

        // Fetched well at last: the header goes with the error, and the selection with it to
        // an article.
        state.apply(.feedsFetched(FeedFetchReport(summary: "1 feed", isError: false, errors: [Self.address: "HTTP 500"])))
        lines = Self.lines(state)
        #expect(!lines.joined().contains("Gone Gazette"))
        #expect(state.list.selectedFeed == nil && state.list.selected != nil)

        // A fetch brings the names as they are now: a subscription added since, failed, shows.
        let late = "http://late.example/feed.xml"
        state.apply(.feedsFetched(FeedFetchReport(
            summary: "1 failed", isError: true, errors: [late: "HTTP 410 Gone"], names: names.merging([late: "Late Ledger"]) { $1 })))
        #expect(Self.lines(state).contains { $0.contains("▾ Late Ledger (0)") }, "\(Self.lines(state))")

        // Outside the home library (PATH arguments), no names come, and no header.
        var files = Self.state()
        files.apply(.feedErrorsLoaded([broken: "HTTP 404 Not Found"], names: [:]))
        #expect(!Self.lines(files).joined().contains("gone.example"))

        // The filter shows it only when its name holds the words.
        var filtered = Self.state()
        filtered.apply(.feedErrorsLoaded([broken: "HTTP 404 Not Found"], names: names))
        filtered.press(.character("f"))
        for character in "late" { filtered.press(.character(character)) }
        #expect(!Self.lines(filtered).joined().contains("Gone Gazette"))
    }

    @Test("new items r brings join the list unread; the selected row and the reading position stay, even before any move in the list")
    func newItemsKeepSelection() throws {
        // Just started: nothing moved in the list, the first row selected; the list is longer
        // than the screen (4 rows of 6), so it can keep the selection's row.
        var state = Self.state(height: 10)
        #expect(state.list.isUntouched)
        let selected = state.list.selected, feed = state.list.selectedFeed
        let before = SteadyListTests.selection(state)
        state.press(.character("r"))
        let fresh = Self.item("Newest item", day: 20)
        let update = LibraryUpdate(read: [SourceEntries(source: .file(fresh.path), entries: [LibraryEntry(article: fresh)])])
        state.apply(.libraryUpdated(update))
        #expect(state.list.selected == selected && state.list.selectedFeed == feed)
        #expect(SteadyListTests.selection(state)?.row == before?.row)
        #expect(state.entries.first { $0.title == "Newest item" }?.isUnread == true)
        state.press(.character("g"))
        #expect(Self.lines(state).contains { $0.contains("▾ News (4)") })
        #expect(Self.lines(state).contains { $0.contains("● Newest item") })

        // Reading an item scrolled down: the new item leaves the reader where it was.
        var reading = Self.state(height: 16)
        let long = Self.item("Long item", day: 11, text: String(repeating: "A sentence of the long item. ", count: 60))
        reading.apply(.libraryUpdated(LibraryUpdate(read: [SourceEntries(source: .file(long.path), entries: [LibraryEntry(article: long)])])))
        reading.list.selectedFeed = nil
        reading.open(path: long.path)
        reading.press(.character("j"), .character("j"), .character("j"))
        let top = reading.reader.top, open = reading.reader.entry
        reading.press(.character("r"))
        reading.apply(.libraryUpdated(update))
        #expect(reading.reader.top == top && top == 3)
        #expect(reading.reader.entry == open)
        #expect(reading.list.selected == open)
    }

    @Test("r and F are keys of the list and the reader, bindable by name in the configuration file")
    func keysAndNames() {
        for context in [KeyContext.list, .reader] {
            #expect(KeyMap.standard.action(for: .character("r"), in: context) == .fetchFeeds)
            #expect(KeyMap.standard.action(for: .character("F"), in: context) == .fetchFullText)
            #expect(ActionName.action(named: "fetch-feeds", in: context) == .fetchFeeds)
            #expect(ActionName.action(named: "fetch-full-text", in: context) == .fetchFullText)
        }
    }

    // MARK: - F

    @Test("F on something that is not a subscription's item says so and asks for nothing")
    func notAFeedItem() {
        var state = Self.state()
        state.open(path: "notes.txt")
        #expect(state.press(.character("F")).isEmpty)
        #expect(Self.statusLine(state).contains(AppState.notFeedItem), "\(Self.statusLine(state))")
        // Nor is a feed's header, nor an item of a feed file of many.
        state.focus = .list
        state.press(.character("g"))
        #expect(state.press(.character("F")).isEmpty)
        var file = AppState(
            articles: [FeedGroupTests.item("One", day: 1), FeedGroupTests.item("Two", day: 2)], today: Fixtures.today,
            theme: Fixtures.theme, width: 80, height: 24)
        file.list.selected = file.entries.id(of: .file("hn.xml"), item: 1)
        file.list.selectedFeed = nil
        #expect(file.press(.character("F")).isEmpty)
        #expect(Self.statusLine(file).contains(AppState.notFeedItem))
    }

    @Test("F in the reader fetches the open item's full text: progress on the status line, then the article redraws in place from its top")
    func fullTextInReader() throws {
        var state = Self.state(height: 30)
        let path = "feeds/News/Middle item.xml"
        state.open(path: path)
        let id = try #require(state.reader.entry)
        #expect(state.press(.character("F")) == [.fetchFullText(id)])
        #expect(Self.statusLine(state).contains("fetching full text…"), "\(Self.statusLine(state))")
        #expect(Self.lines(state).joined(separator: "\n").contains("Summary of the item."))
        let (file, article) = Self.fullText(of: "Middle item", day: 12)
        state.apply(.fullTextFetched(.file(path), .fetched(file, nil)))
        let screen = Self.lines(state).joined(separator: "\n")
        #expect(screen.contains("First section") && screen.contains("Second section"), "\(screen)")
        #expect(!screen.contains("Summary of the item."))
        #expect(state.reader.entry == id && state.reader.top == 0)
        #expect(state.entries[id]?.article == article)
        #expect(!Self.statusLine(state).contains("fetching"))
        #expect(Self.statusLine(state).contains("full text  Middle item"), "\(Self.statusLine(state))")
        // The outline knows the new sections.
        state.press(.character("]"))
        #expect(Self.statusLine(state).contains("§ 2/3 First section"), "\(Self.statusLine(state))")
    }

    @Test("F in the list fetches the selected item's; a failure keeps the summary and says why on the status line")
    func fullTextInListAndFailure() throws {
        var state = Self.state()
        let path = "feeds/News/Late item.xml"
        let id = try #require(state.entries.id(of: .file(path), item: 0))
        state.list.selected = id
        state.list.selectedFeed = nil
        #expect(state.press(.character("F")) == [.fetchFullText(id)])
        state.apply(.fullTextFetched(.file(path), .failed("http://news.example/14.html: HTTP 404 Not Found")))
        #expect(Self.statusLine(state).contains("http://news.example/14.html: HTTP 404 Not Found"))
        #expect(state.message?.isError == true)
        #expect(state.feeds.fullText.isEmpty)
        #expect(state.entries[id]?.article?.sections.first?.blocks.first?.text == "Summary of the item.")
        #expect(state.list.selected == id)
    }
}
