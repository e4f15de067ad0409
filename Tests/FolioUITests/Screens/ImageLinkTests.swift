import FolioKit
import FolioUI
import Testing

/// An image in a feed item is drawn as `[image: ALT]` with its footnote number, and listed
/// with the other links in `L`.
@Suite struct ImageLinkTests {
    @Test func anImageItemShowsItsPictureAndListsItsLink() throws {
        let feed = """
            <rss version="2.0"><channel><title>Pictures</title>
            <item><title>Only a picture</title><link>https://example.com/p/1</link>
            <description>&lt;img src="/img/1.jpg" alt="A red kite"&gt;</description></item></channel></rss>
            """
        let article = try #require(FeedReader.read(Array(feed.utf8), path: "pictures.xml").articles.first)
        var state = AppState(articles: [article], today: Fixtures.today, theme: Fixtures.theme, width: 80, height: 24)
        state.press(.enter)
        let reader = render(state, width: 80, height: 24)
        #expect(!reader.trimmedLines.contains { $0.contains("(empty)") })
        let shown = try #require(reader.find("[image: A red kite][1]"))
        #expect(reader[shown.x, shown.y].style == Fixtures.theme[.readerLink])
        state.press(.character("L"))
        let popup = render(state, width: 80, height: 24)
        #expect(popup.trimmedLines.contains { $0.contains("[1] [image: A red kite]") && $0.contains("https://example.com/img/1.jpg") })
    }
}
