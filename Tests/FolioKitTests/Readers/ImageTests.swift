import Testing

@testable import FolioKit

/// Images become `[image: ALT]` in the text, linked to their picture (made absolute against
/// the page's or item's address) and numbered with the other links.
@Suite struct ImageTests {
    static let words = "A paragraph before the picture, long enough to be the article text, with commas, here."

    @Test func aPagesImagesAreTextWithTheirLinks() throws {
        let page = """
            <html><head><title>Images</title><base href="https://example.com/news/"></head><body><article>
            <h1>Images</h1><p>\(Self.words)</p>
            <figure><img src="photo.jpg" alt=" A harbour
             at dawn "><figcaption>The harbour.</figcaption></figure>
            <p>See <img src="/plain.png">and <img data-src="lazy.jpg" src="data:image/gif;base64,R0lGOD" alt="Lazy">, a pixel
            <img src="/pixel.gif" width="1" height="1"> and <a href="https://example.com/big.png"><img src="thumb.png" alt="">big</a>.</p>
            </article></body></html>
            """
        let article = HTMLReader.read(Array(page.utf8), path: "images.html")
        let texts = article.allBlocks.map(\.block.text)
        #expect(texts == [Self.words, "[image: A harbour at dawn]", "The harbour.", "See [image] and [image: Lazy], a pixel and [image] big."])
        #expect(article.links == [
            Link(text: "[image: A harbour at dawn]", url: "https://example.com/news/photo.jpg"),
            Link(text: "[image]", url: "https://example.com/plain.png"),
            Link(text: "[image: Lazy]", url: "https://example.com/news/lazy.jpg"),
            Link(text: "[image]", url: "https://example.com/news/thumb.png"),
            Link(text: "[image] big", url: "https://example.com/big.png"),
        ])
        let last = try #require(article.allBlocks.last?.block)
        let linked = last.spans.compactMap { span -> String? in
            guard case .link = span.style else { return nil }
            return String(decoding: Array(last.text.utf8)[span.range], as: UTF8.self)
        }
        #expect(linked == ["[image]", "[image: Lazy]", "[image]", "[image] big"])
    }

    @Test func aFeedItemWithOnlyAnImageIsNotEmpty() throws {
        let feed = """
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>Pictures</title>
            <item><title>Only a picture</title><link>https://example.com/p/1</link>
            <description>&lt;img src="/img/1.jpg" alt="A red kite"&gt;</description></item>
            <item><link>https://example.com/p/2</link><description>&lt;img src="2.png"&gt;&lt;img src="http://feeds.example.com/~r/x.gif" height="1" width="1" alt=""&gt;</description></item>
            </channel></rss>
            """
        let articles = FeedReader.read(Array(feed.utf8), path: "pictures.xml").articles
        #expect(articles.map(\.title) == ["Only a picture", "[image]"])
        #expect(articles.map { $0.allBlocks.map(\.block.text) } == [["[image: A red kite]"], ["[image]"]])
        #expect(articles.map(\.links) == [
            [Link(text: "[image: A red kite]", url: "https://example.com/img/1.jpg")],
            [Link(text: "[image]", url: "https://example.com/p/2.png")],
        ])
    }

    /// The reader numbers an image's link like any other: an image inside a link gets its own
    /// number first, then the link's.
    @Test func imagesAreNumberedInTheReader() throws {
        let block = Block(
            kind: .paragraph, text: "See [image: Kite] now",
            spans: [InlineSpan(range: 4..<17, style: .link(1)), InlineSpan(range: 4..<17, style: .link(0))])
        #expect(FootnotedText(block).text == "See [image: Kite][1][2] now")
    }
}
