import FolioKit
import Foundation
import Testing

@Suite("ArticleLayout speed")
struct LayoutPerformanceTests {
    @Test("laying out a 10 MB article takes well under a second")
    func tenMegabytes() throws {
        let paragraph =
            "The international community remains deeply invested in finding a diplomatic resolution to the crisis, with efforts focused on reviving the Minsk agreements—a framework for peace negotiations brokered by France, Germany, Russia, and Ukraine in 2015. 東京の公園は人でいっぱいです。"
        let count = 10_000_000 / paragraph.utf8.count
        let sections = (0..<count / 20).map { index in
            Section(
                heading: "Section \(index)", level: 2,
                blocks: Array(repeating: Block(kind: .paragraph, text: paragraph), count: 20))
        }
        let article = Article(path: "big.txt", format: .plainText, title: "Big", sections: sections)
        // CPU time of this thread, so other work on a busy machine does not count.
        func threadSeconds() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        }
        let today = try #require(SimpleDate(year: 2026, month: 1, day: 1))
        let start = threadSeconds()
        let layout = ArticleLayout(article: article, width: 80, today: today)
        let seconds = threadSeconds() - start
        #expect(layout.lines.count > count * 4)
        #if DEBUG
            let limit = 6.0  // unoptimised code runs ten times slower; this still catches quadratic work
        #else
            let limit = 0.5
        #endif
        #expect(seconds < limit, "took \(seconds) s")
        print("layout of \(count * paragraph.utf8.count / 1_000_000) MB: \(seconds) s, \(layout.lines.count) lines")
    }
}
