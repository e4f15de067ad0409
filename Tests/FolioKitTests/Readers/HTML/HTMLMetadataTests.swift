import Foundation
import Testing

@testable import FolioKit

/// Title, byline and date come from structured data first, then meta tags, then the page.
@Suite struct HTMLMetadataTests {
    static func metadata(_ head: String, body: String = "") -> HTMLMetadata {
        HTMLMetadata(HTMLReader.parse(Array("<html><head>\(head)</head><body>\(body)</body></html>".utf8)))
    }

    @Test func titleDropsTheSiteName() {
        #expect(Self.metadata("<title>Mayor opens the new bridge over the river | City News</title>").title
            == "Mayor opens the new bridge over the river")
        #expect(Self.metadata("<title>City News - Mayor opens the new bridge</title>").title
            == "Mayor opens the new bridge")
    }

    @Test func shortTitlesKeepTheirSiteName() {
        // As in Readability: cutting would leave too few words to be a title.
        #expect(Self.metadata("<title>Bridge opens | City News</title>").title == "Bridge opens | City News")
    }

    @Test func openGraphTitleWinsOverTheTitleElement() {
        let head = "<title>Site: section: page</title><meta property=\"og:title\" content=\"The real headline\">"
        #expect(Self.metadata(head).title == "The real headline")
    }

    @Test func jsonLDGivesAuthorsAndDate() {
        let json = """
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},
            {"@type":"NewsArticle","headline":"Bridge opens","author":[{"name":"Ann Lee"},{"name":"Bo Chan"}],
            "datePublished":"2023-03-04T10:00:00Z"}]}</script>
            """
        let metadata = Self.metadata(json)
        #expect(metadata.title == "Bridge opens")
        #expect(metadata.byline == "Ann Lee, Bo Chan")
        #expect(metadata.publishedText == "2023-03-04T10:00:00Z")
    }

    @Test func jsonLDWrappedInCDATAIsRead() {
        let json = """
            <script type="application/ld+json"><![CDATA[
            {"@context":"http://schema.org/","@type":"Article","name":"Tide tables, explained",
            "author":{"name":"Ría Ó"},"datePublished":"2024-05-06"}
            ]]></script>
            """
        #expect(JSONLDArticle.withoutCDATAMarkers("a<![CDATA[b]]>c<![CDATA[") == Data("abc".utf8))
        let metadata = Self.metadata(json)
        #expect(metadata.title == "Tide tables, explained")
        #expect(metadata.byline == "Ría Ó")
        #expect(metadata.publishedText == "2024-05-06")
    }

    @Test func openGraphArticleAuthorIsABylineButAURLIsNot() {
        #expect(Self.metadata("<meta property=\"og:article:author\" content=\"City Desk\">").byline == "City Desk")
        #expect(Self.metadata("<meta property=\"article:author\" content=\"https://x.example/desk\">").byline == nil)
    }

    @Test func twiceEscapedEntitiesAreDecoded() {
        let head = "<meta property=\"og:title\" content=\"Rock &amp;amp; Roll&amp;#8217;s &amp;#x2014; best\">"
        #expect(Self.metadata(head).title == "Rock & Roll\u{2019}s \u{2014} best")
    }

    @Test func jsonLDWithoutTheSchemaOrgContextIsIgnored() {
        let json = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Other\"}</script>"
        #expect(Self.metadata("<title>The page title with enough words here</title>" + json).title
            == "The page title with enough words here")
    }

    @Test func timeElementGivesTheDateWhenMetaDoesNot() {
        let metadata = Self.metadata("", body: "<p>Posted <time datetime=\"2021-11-05\">5 Nov</time></p>")
        #expect(metadata.publishedText == "2021-11-05")
    }

    @Test func bylineInThePagePrefersTheSchemaName() {
        let prose = HTMLReaderTests.prose("bridge")
        let page = "<html><body><div class=\"author-box\">Politics by <span itemprop=\"name\">Ann Lee</span> 3 May</div>"
            + "<div><p>\(prose)</p><p>\(prose)</p><p>\(prose)</p><p>\(prose)</p></div></body></html>"
        let article = HTMLReader.read(Array(page.utf8), path: "bridge.html")
        #expect(article.author == "Ann Lee")
        #expect(!article.allBlocks.contains { $0.block.text.contains("Politics by") })
    }

    @Test func datesParseFromISOAndEnglish() {
        #expect(HTMLDate.parse("2015-07-24T05:36:09+01:00") == SimpleDate(year: 2015, month: 7, day: 24))
        #expect(HTMLDate.parse("April 28, 2019 at 6:01 am") == SimpleDate(year: 2019, month: 4, day: 28))
        #expect(HTMLDate.parse("22 Dec 2016") == SimpleDate(year: 2016, month: 12, day: 22))
        #expect(HTMLDate.parse("yesterday") == nil)
    }
}
