import FolioKit
import FolioUI
import Foundation
import Testing

/// A long article: the screen shows a few dozen of its lines, and each key must cost what the
/// screen costs, whatever the number of lines and hits.
@Suite("Long articles")
struct LongArticleTests {
    let theme = Fixtures.theme

    /// `count` paragraphs with three hits of "the" each, under a heading every ten.
    static func article(paragraphs count: Int) -> Article {
        let sections = stride(from: 0, to: count, by: 10).map { first in
            (Optional("Part \(first / 10 + 1)"), (first..<min(count, first + 10)).map { "Paragraph \($0): the cat saw the dog near the gate." })
        }
        return Fixtures.article("A long one", path: "long.txt", sections: sections)
    }

    /// The article open alone in an 80×24 terminal.
    static func reading(_ article: Article) -> AppState {
        var state = AppState(articles: [article], today: Fixtures.today, theme: Fixtures.theme, width: 80, height: 24)
        state.open(path: article.path)
        return state
    }

    /// The text of the cells of the reader's rows with a style, row by row.
    func styledText(_ buffer: ScreenBuffer, _ style: Style) -> String {
        var result = ""
        for y in 0..<buffer.height - 2 {
            for x in 0..<buffer.width where buffer[x, y].style == style && !buffer[x, y].isContinuation {
                result += buffer[x, y].text
            }
        }
        return result
    }

    @Test("far down a long article, every hit on the screen is highlighted, the current one apart")
    func highlightsFarDown() throws {
        var state = Self.reading(Self.article(paragraphs: 5_000))
        state.press(.character("G"))
        for _ in 0..<40 { state.press(.character("k")) }
        state.press(.character("/"))
        state.type("the")
        state.press(.enter, .character("n"))
        let buffer = render(state, width: 80, height: 24)
        let layout = try #require(state.reader.layout)
        let shown = layout.lines[state.reader.top..<state.reader.top + 23].map(\.text).joined(separator: "\n")
        let expected = shown.components(separatedBy: "the").count - 1
        #expect(expected > 10)
        #expect(styledText(buffer, theme[.searchCurrent]) == "the")
        #expect(styledText(buffer, theme[.searchHit]) == String(repeating: "the", count: expected - 1))
        let current = try #require(state.search.current)
        let line = try #require(layout.line(of: state.openArticleHits[current.index].place, offset: state.openArticleHits[current.index].range.lowerBound))
        #expect(line >= state.reader.top && line < state.reader.top + 23)
    }

    @Test("a hit that starts above the screen shows its part on the top line")
    func hitAcrossTheTop() throws {
        // A word longer than the column breaks across lines; hits of "aaaa" cover 148 of its 150 letters.
        let article = Fixtures.article(
            "Long word", path: "word.txt", sections: [(nil, ["intro"]), (nil, [String(repeating: "a", count: 150)])])
        var state = Self.reading(article)
        state.press(.character("/"))
        state.type("aaaa")
        state.press(.enter)
        let layout = try #require(state.reader.layout)
        let second = try #require(layout.lines.lastIndex { $0.text.hasPrefix("a") })
        let firstWidth = layout.lines[second - 1].text.count
        #expect(layout.lines[second].text.count == 150 - firstWidth)
        state.reader.top = second
        let buffer = render(state, width: 80, height: 24)
        let highlighted = styledText(buffer, theme[.searchHit]) + styledText(buffer, theme[.searchCurrent])
        #expect(highlighted == String(repeating: "a", count: 148 - firstWidth))
    }

    @Test("N with no current hit goes to the last hit above the top; n to the first at or below it")
    func nextAndPreviousFromTheMiddle() throws {
        var state = Self.reading(Self.article(paragraphs: 2_000))
        state.press(.character("/"))
        state.type("gate")
        state.press(.enter)
        state.search.current = nil
        state.reader.top = 3_000
        let layout = try #require(state.reader.layout)
        let lines = state.openArticleHits.map { layout.line(of: $0.place, offset: $0.range.lowerBound) ?? -1 }
        state.press(.character("N"))
        #expect(state.search.current?.index == lines.lastIndex { $0 < 3_000 })
        state.search.current = nil
        state.reader.top = 3_000
        state.press(.character("n"))
        #expect(state.search.current?.index == lines.firstIndex { $0 >= 3_000 })
    }

    /// A generous bound, not a measurement: drawing the screen used to go through every hit of
    /// the article; now it goes through those on the screen.
    @Test("keys in an article with 60,000 hits cost the screen, not the article")
    func keysCostTheScreen() {
        var state = Self.reading(Self.article(paragraphs: 20_000))
        state.press(.character("/"))
        state.type("the")
        state.press(.enter)
        #expect(state.openArticleHits.count == 60_000)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for key in [Key.character("j"), .pageDown, .character("]"), .character("n")] {
                for _ in 0..<50 {
                    state.press(key)
                    _ = render(state, width: 80, height: 24)
                }
            }
        }
        #expect(elapsed < .seconds(5))
    }
}
