import Testing

@testable import FolioKit

/// A saved page in, the article model out.
@Suite struct HTMLReaderTests {
    /// A sentence long enough, with commas, for Readability to score it as content.
    static func prose(_ topic: String) -> String {
        "The \(topic) was discussed at length, with examples, figures, and a careful argument that "
            + "readers could follow from the first line to the last, sentence by sentence."
    }

    static let page = """
        <!DOCTYPE html>
        <html><head>
        <title>Rivers of Europe and the towns along them | Example News</title>
        <base href="https://example.org/news/">
        <meta property="article:published_time" content="2024-06-15T08:30:00Z">
        <meta name="author" content="Jane Doe">
        </head><body>
        <nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <div class="sidebar"><a href="/a">Most read</a><a href="/b">Another story</a></div>
        <article class="post">
          <h1>Rivers of Europe and the towns along them</h1>
          <p>\(prose("Danube"))</p>
          <p>\(prose("Rhine")) See <a href="maps/rhine.html">the map</a> &amp; notes.</p>
          <h2>Northern rivers</h2>
          <p>\(prose("Vistula"))<br>Second line.</p>
          <ul><li>The Oder, long and slow, crosses the plain.</li><li>The Elbe.</li></ul>
          <blockquote><p>\(prose("quoted river"))</p></blockquote>
          <h3>Data</h3>
          <table><tr><th>River</th><th>Length</th></tr><tr><td>Danube</td><td>2,850 km</td></tr></table>
          <pre>let x = 1
          let y = 2</pre>
          <p>\(prose("Seine"))</p>
        </article>
        <footer class="site-footer"><p>Copyright Example News, all rights reserved, 2024.</p></footer>
        <script>document.write("tracking")</script>
        </body></html>
        """

    @Test func readsMetadata() {
        let article = HTMLReader.read(Array(Self.page.utf8), path: "rivers.html")
        #expect(article.format == .html)
        #expect(article.title == "Rivers of Europe and the towns along them")
        #expect(article.author == "Jane Doe")
        #expect(article.published == SimpleDate(year: 2024, month: 6, day: 15))
        #expect(article.publishedText == "2024-06-15T08:30:00Z")
    }

    @Test func aBylineOfOnlyADateIsTheDateAndNamesNobody() {
        let dated = Self.page.replacingOccurrences(of: "content=\"Jane Doe\"", with: "content=\"By April 28, 2019 at 6:01 am\"")
        let article = HTMLReader.read(Array(dated.utf8), path: "rivers.html")
        #expect(article.author == nil)
        #expect(article.published == SimpleDate(year: 2024, month: 6, day: 15))
        let undated = dated.replacingOccurrences(of: "<meta property=\"article:published_time\" content=\"2024-06-15T08:30:00Z\">", with: "")
        let fromByline = HTMLReader.read(Array(undated.utf8), path: "rivers.html")
        #expect(fromByline.author == nil)
        #expect(fromByline.published == SimpleDate(year: 2019, month: 4, day: 28))
        #expect(fromByline.publishedText == "April 28, 2019 at 6:01 am")
    }

    @Test func headingsStartSectionsAndTheTitleHeadingIsNotOne() {
        let article = HTMLReader.read(Array(Self.page.utf8), path: "rivers.html")
        #expect(article.sections.map(\.heading) == [nil, "Northern rivers", "Data"])
        #expect(article.sections.map(\.level) == [0, 2, 3])
        #expect(article.sections[0].blocks.count == 2)
    }

    @Test func blocksKeepTheirKinds() {
        let article = HTMLReader.read(Array(Self.page.utf8), path: "rivers.html")
        let northern = article.sections[1].blocks
        #expect(northern.map(\.kind) == [.paragraph, .listItem, .listItem, .quote])
        #expect(northern[0].text.hasSuffix("sentence by sentence. Second line."))
        #expect(northern[1].text == "The Oder, long and slow, crosses the plain.")
        let data = article.sections[2].blocks
        #expect(data.map(\.kind) == [.paragraph, .paragraph, .code, .paragraph])
        #expect(data[0].text == "River | Length")
        #expect(data[1].text == "Danube | 2,850 km")
        #expect(data[2].text.hasPrefix("let x = 1\n"))
    }

    @Test func entitiesAreDecodedAndClutterIsGone() {
        let article = HTMLReader.read(Array(Self.page.utf8), path: "rivers.html")
        let text = article.allBlocks.map(\.block.text).joined(separator: "\n")
        #expect(text.contains("the map & notes."))
        for clutter in ["Most read", "Home", "Copyright", "tracking"] { #expect(!text.contains(clutter)) }
    }

    @Test func linksAreResolvedAgainstTheBase() {
        let article = HTMLReader.read(Array(Self.page.utf8), path: "rivers.html")
        #expect(article.links == [Link(text: "the map", url: "https://example.org/news/maps/rhine.html")])
    }

    @Test func linksStayRelativeWithoutABase() {
        let page = "<html><body><article><p>\(Self.prose("Po")) <a href=\"po.html\">More</a>.</p>"
            + "<p>\(Self.prose("Tiber")) <a href=\"javascript:void(0)\">Share</a></p></article></body></html>"
        let article = HTMLReader.read(Array(page.utf8), path: "po.html")
        #expect(article.links == [Link(text: "More", url: "po.html")])
    }

    @Test func controlCharactersNeverReachTheText() {
        let page = "<html><body><p>\(Self.prose("Loire")) Bell\u{07} and escape\u{1B}[31m red.</p></body></html>"
        let article = HTMLReader.read(Array(page.utf8), path: "loire.html")
        let text = article.allBlocks.map(\.block.text).joined()
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        #expect(text.contains("escape[31m red."))
    }

    @Test func emptyInputGivesAnArticleTitledAfterTheFile() {
        let article = HTMLReader.read([], path: "saved/empty-page.html")
        #expect(article.title == "empty page")
        #expect(article.sections.isEmpty)
    }
}
