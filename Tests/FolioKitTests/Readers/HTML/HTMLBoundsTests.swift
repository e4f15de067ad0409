import Foundation
import Testing

@testable import FolioKit

/// Hostile pages must not hang or exhaust memory: libxml2's nesting limit and the reader's
/// non-recursive walks keep them bounded.
@Suite struct HTMLBoundsTests {
    @Test func hundredThousandNestedDivsFinishQuickly() {
        let lead = "<p>" + String(repeating: "A sentence before the deep part, with commas. ", count: 20) + "</p>"
        let page = "<html><body>" + lead + String(repeating: "<div>", count: 100_000) + "deep"
            + String(repeating: "</div>", count: 100_000) + "</body></html>"
        var article: Article?
        let seconds = threadCPUSeconds { article = HTMLReader.read(Array(page.utf8), path: "deep.html") }
        print("100,000 nested divs read in \(seconds) s of CPU")
        // About a second in a debug build; nesting walked by recursion or rescanned per level would
        // overflow the stack or take hours.
        #expect(seconds < 60)
        #expect(article?.allBlocks.first?.block.text.hasPrefix("A sentence before the deep part") == true)
    }

    @Test func megabytePageReadsInLinearTime() {
        let paragraph = "<p>Plain words in a long saved page, with a comma or two, repeated many times.</p>\n"
        let sidebar = "<div class=\"sidebar\"><a href=\"/x\">Related link</a></div>\n"
        let body = String(repeating: paragraph + sidebar, count: 1_000_000 / (paragraph.count + sidebar.count))
        let page = "<html><head><title>Long page</title></head><body><div class=\"content\">" + body
            + "</div></body></html>"
        var article: Article?
        let seconds = threadCPUSeconds { article = HTMLReader.read(Array(page.utf8), path: "long.html") }
        print("1 MB page read in \(seconds) s of CPU")
        // Linear work takes under a second in a debug build; quadratic work (as when removing nodes
        // from a flat list of children cost a scan each) took minutes.
        #expect(seconds < 60)
        #expect(article?.allBlocks.count ?? 0 > 6_000)
        #expect(article?.allBlocks.allSatisfy { !$0.block.text.contains("Related link") } == true)
    }
}
