import FolioKit
import Foundation
import FolioUI
import Testing

@Suite("Screens")
struct ScreenTests {
    let theme = Fixtures.theme

    func screen(_ state: AppState) -> ScreenBuffer { render(state, width: state.width, height: state.height) }

    /// The text of the cells with a style, in reading order.
    func text(in buffer: ScreenBuffer, style: Style) -> String {
        var result = ""
        for y in 0..<buffer.height {
            for x in 0..<buffer.width where buffer[x, y].style == style && !buffer[x, y].isContinuation {
                result += buffer[x, y].text
            }
        }
        return result
    }

    @Test("120×40: list and reader side by side, a separator, the section and position in the status line")
    func sideBySide() throws {
        var state = AppState.library(width: 120, height: 40)
        state.open(path: "putin-peace-talks.txt")
        let buffer = screen(state)
        let lines = buffer.trimmedLines
        #expect(lines[0].hasPrefix(" ● Talks in Geneva"))
        #expect(lines[1].hasPrefix("   3 mo ago · 1 min"))
        #expect(lines[2].hasPrefix("▌  Putin’s Conditions for Peace Tal… │ by Kimberly"))
        #expect(lines[3].hasPrefix("▌  Kimberly · 2 yr ago · \(Fixtures.seed.readingMinutes) min"))
        #expect(buffer[37, 0].text == "│" && buffer[37, 38].text == "│")
        // The reader's column: 80 wide, centred in the 82 columns right of the separator.
        #expect(buffer.find("Putin’s Conditions for Peace Talks: Ukraine Must Withdraw Troops and End") ?? (0, 0) == (39, 0))
        #expect(buffer.find("by Kimberly") ?? (0, 0) == (39, 2))
        #expect(lines[3].hasSuffix("June 15, 2024 · 2 years ago · \(Fixtures.seed.readingMinutes) min read"))
        // The reader has focus: the selected article is marked, not highlighted; the read one
        // has no unread mark.
        #expect(buffer[5, 2].style == theme[.list])
        #expect(buffer[37, 19].text == "▶")
        #expect(buffer[1, 2].text == " ")
        #expect(buffer[1, 0].text == "●" && buffer[1, 0].style == theme[.listUnread])
        #expect(lines[39].hasPrefix(" § 1/5 (lead)"))
        #expect(lines[39].hasSuffix("Top"))
        #expect(buffer[1, 39].style == theme[.statusSection])
        #expect(buffer[buffer.width - 2, 39].style == theme[.status])
    }

    @Test("80×24: one pane at a time; Enter shows the reader full width, h goes back")
    func singlePane() {
        var state = AppState.library(width: 80, height: 24)
        var lines = screen(state).trimmedLines
        #expect(lines[0] == " ● Talks in Geneva")
        #expect(lines[23] == " 3 articles · by date")
        state.press(.character("j"), .enter)
        let buffer = screen(state)
        lines = buffer.trimmedLines
        #expect(lines[0] == " Putin’s Conditions for Peace Talks: Ukraine Must Withdraw Troops and End NATO")
        #expect(lines[1] == " Bid")
        #expect(lines[2] == " by Kimberly")
        #expect(buffer[1, 0].style == theme[.readerTitle])
        #expect(buffer[1, 2].style == theme[.readerByline])
        #expect(lines[23].hasPrefix(" § 1/5 (lead)") && lines[23].hasSuffix("Top"))
        state.press(.character("G"))
        #expect(screen(state).trimmedLines[23].hasSuffix("Bot"))
        state.press(.character("u"))
        #expect(screen(state).trimmedLines[23].hasSuffix("%"))
        state.press(.character("h"))
        #expect(screen(state).trimmedLines[0] == " ● Talks in Geneva")
    }

    @Test("60×20: the column narrows to the pane, headings are styled and the status names the section")
    func narrow() throws {
        var state = AppState.library(width: 60, height: 20)
        state.open(path: "putin-peace-talks.txt")
        state.press(.character("]"))
        let buffer = screen(state)
        let lines = buffer.trimmedLines
        #expect(lines[0] == " Putin’s Stance and Demands")
        #expect(buffer[1, 0].style == theme[.readerHeading])
        #expect(buffer[1, 1].style == theme[.readerText])
        #expect(lines[19].hasPrefix(" § 2/5 Putin’s Stance and Demands"))
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 60 })
        let layout = try #require(state.reader.layout)
        #expect(layout.width == 58)
        #expect(lines[1...18].contains { DisplayWidth.of($0) > 50 })
    }

    @Test("search hits carry search.hit, the current one search.current; the bar shows the counter")
    func hitStyles() throws {
        var state = AppState.library(width: 80, height: 24)
        state.open(path: "putin-peace-talks.txt")
        state.press(.character("/"))
        state.type("Ukraine")
        var buffer = screen(state)
        #expect(text(in: buffer, style: theme[.searchCurrent]) == "Ukraine")
        let others = text(in: buffer, style: theme[.searchHit])
        #expect(others.count >= 7 && others == String(repeating: "Ukraine", count: others.count / 7))
        let total = state.openArticleHits.count
        #expect(buffer.trimmedLines[22].hasPrefix("/Ukraine"))
        #expect(buffer.trimmedLines[22].hasSuffix("1/\(total)  [this article]"))
        state.press(.enter, .character("n"))
        buffer = screen(state)
        #expect(text(in: buffer, style: theme[.searchCurrent]) == "Ukraine")
        #expect(buffer.trimmedLines[23].contains("/Ukraine 2/\(total)"))
        // The current hit is where the second hit is.
        let hit = state.openArticleHits[1]
        let layout = try #require(state.reader.layout)
        let line = try #require(layout.line(of: hit.place, offset: hit.range.lowerBound))
        let columns = try #require(layout.columns(of: hit.range, onLine: line))
        #expect(buffer[1 + columns.lowerBound, line - state.reader.top].style == theme[.searchCurrent])
        state.press(.escape)
        #expect(text(in: screen(state), style: theme[.searchHit]).isEmpty)
    }

    @Test("a word typed precomposed highlights it written with a combining accent, and the reverse")
    func canonicallyEquivalentHits() throws {
        let article = Fixtures.article(
            "Caf\u{E9}s", path: "cafes.txt", sections: [(nil, ["One cafe\u{301} here, one caf\u{E9} there, a cafe too."])])
        var state = AppState(articles: [article], today: Fixtures.today, theme: Fixtures.theme, width: 80, height: 24)
        state.open(path: "cafes.txt")
        state.press(.character("/"))
        state.type("caf\u{E9}")
        #expect(state.openArticleHits.count == 3)
        let buffer = screen(state)
        let highlighted = text(in: buffer, style: theme[.searchCurrent]) + text(in: buffer, style: theme[.searchHit])
        // Scalars compared, not Strings (which are equal when canonically equivalent).
        #expect(Array(highlighted.unicodeScalars) == Array("Caf\u{E9}cafe\u{301}caf\u{E9}".unicodeScalars))
        state.press(.escape, .character("/"))
        state.type("e")
        // `e` is not found inside the composed `é`, written either way: the other seven only.
        #expect(state.openArticleHits.count == 7)
    }

    @Test("an invalid regular expression shows its error in the bar in the error style")
    func regexError() throws {
        var state = AppState.library(width: 80, height: 24)
        state.open(path: "putin-peace-talks.txt")
        state.press(.character("/"), .control("r"))
        state.type("[a-")
        let buffer = screen(state)
        #expect(buffer.trimmedLines[22].hasPrefix("regex /[a-"))
        let error = try #require(buffer.find("invalid regular expression"))
        #expect(error.y == 22 && buffer[error.x, 22].style == theme[.error])
    }

    @Test("searching all articles: the articles with hits, most hits first, each count on its title row; totals in the bar")
    func allArticleCounts() {
        var state = AppState.library(width: 120, height: 40)
        state.open(path: "geneva.txt")
        state.press(.character("/"))
        state.type("NATO")
        state.press(.tab)
        let seedHits = state.search.hits[state.id(0)]?.count ?? 0
        #expect(seedHits > 2)
        let lines = screen(state).trimmedLines.map { String($0.prefix(36)).trimmingCharacters(in: .whitespaces) }
        #expect(lines[0].hasPrefix("▌● Putin’s Conditions") && lines[0].hasSuffix("… \(seedHits) hits"))
        #expect(lines[1].hasSuffix("Kimberly · 2 yr ago · 2 min"))
        #expect(lines[2].hasPrefix("Talks in Geneva") && lines[2].hasSuffix(" 2 hits"))
        #expect(lines[3] == "3 mo ago · 1 min")
        #expect(lines[4].isEmpty, "the garden article has no hits: it is not listed")
        #expect(screen(state).trimmedLines[38].hasSuffix("1/2 · \(seedHits + 2) hits in 2 articles  [all articles]"))
    }

    @Test("the outline lists sections with hit counts while searching")
    func outlinePopup() throws {
        var state = AppState.library(width: 80, height: 24)
        state.open(path: "putin-peace-talks.txt")
        state.press(.character("/"))
        state.type("Putin")
        state.press(.enter, .character("o"))
        var counts: [Int: Int] = [:]
        for hit in state.openArticleHits { counts[hit.place.section, default: 0] += 1 }
        let buffer = screen(state)
        let lines = buffer.trimmedLines
        #expect(lines.contains { $0.contains("┌─ Sections ─") })
        let corner = try #require(buffer.find("┐"))
        /// The count shown at the right end of the row showing `name`.
        func count(_ name: String) throws -> String {
            let row = try #require(buffer.find(name)).y
            return (corner.x - 4..<corner.x - 1).map { buffer[$0, row].text }.joined().trimmingCharacters(in: .whitespaces)
        }
        #expect(try count("1  (lead)") == "\(counts[0] ?? 0)")
        #expect(try count("2  Putin’s Stance and Demands") == "\(counts[1] ?? 0)")
        // A section without hits shows no count.
        #expect(try count("5  Future Prospects for Dialogue") == (counts[4].map { "\($0)" } ?? ""))
        let selected = buffer.find("1  (lead)")
        #expect(selected.map { buffer[$0.x, $0.y].style } == theme[.listSelected])
    }

    @Test("the help overlay lists every binding of the key map and closes with q, Esc or ?")
    func helpOverlay() {
        var state = AppState.library(width: 80, height: 24)
        state.press(.character("?"))
        var seen = Set<String>()
        for _ in 0..<16 {
            for line in screen(state).trimmedLines { seen.insert(line) }
            state.press(.character(" "))
        }
        let all = seen.joined(separator: "\n")
        #expect(all.contains("Keys — q, Esc or ? closes"))
        #expect(all.contains("Search backward: / then N"))
        #expect(all.contains("1–9"))
        for binding in KeyMap.standard.bindings { #expect(all.contains(binding.description), "\(binding.description)") }
        for key in [Key.character("q"), .escape, .character("?")] {
            if state.overlay == nil { state.press(.character("?")) }
            #expect(state.overlay != nil)
            state.press(key)
            #expect(state.overlay == nil)
        }
    }

    @Test("below 40×10 a notice asks for room; everything comes back when the terminal grows")
    func tooSmall() {
        var state = AppState.library(width: 80, height: 24)
        state.open(path: "putin-peace-talks.txt")
        state.press(.resize(width: 39, height: 12))
        let small = screen(state)
        #expect(small.trimmedLines.contains { $0.contains("Terminal too small") })
        #expect(small.trimmedLines.contains { $0.contains("39×12, need 40×10") })
        #expect(render(state, width: 60, height: 9).trimmedLines.contains { $0.contains("Terminal too small") })
        state.press(.resize(width: 40, height: 10))
        let lines = screen(state).trimmedLines
        #expect(!lines.contains { $0.contains("too small") })
        #expect(lines[9].hasPrefix(" § 1/5 (lead)"))
    }

    @Test("CJK and emoji take two columns each; lines never pass the pane's edge", arguments: [(60, 20), (41, 12), (120, 40)])
    func wideCharacters(size: (Int, Int)) throws {
        var state = AppState(articles: [Fixtures.cjk], today: Fixtures.today, theme: theme, width: size.0, height: size.1)
        state.press(.enter)
        let buffer = screen(state)
        let layout = try #require(state.reader.layout)
        #expect(layout.lines.allSatisfy { DisplayWidth.of($0.text) <= layout.width })
        let title = try #require(buffer.find("東京の春"))
        #expect(buffer[title.x, title.y].text == "東" && buffer[title.x + 1, title.y].isContinuation)
        #expect(buffer[title.x + 2, title.y].text == "京")
        for y in 0..<buffer.height {
            for x in 0..<buffer.width where DisplayWidth.of(buffer[x, y].text) == 2 {
                #expect(x + 1 < buffer.width && buffer[x + 1, y].isContinuation, "row \(y) column \(x)")
            }
            #expect(DisplayWidth.of(buffer.lines[y]) == buffer.width)
        }
        let column = ScreenTests.readerColumn(width: size.0)
        for line in buffer.trimmedLines.dropLast() where line.contains("の") {
            #expect(DisplayWidth.of(line) <= column.maxX, "\(line)")
        }
    }

    @Test("a popup over wide characters leaves no half characters behind")
    func popupOverWideCharacters() {
        let line = String(repeating: "漢字", count: 40)
        let sections = (1...6).map { ("第\($0)章" as String?, [line, line]) }
        var state = AppState(
            articles: [Fixtures.article("漢字", path: "k.txt", sections: sections)], today: Fixtures.today, theme: theme,
            width: 61, height: 20)
        state.press(.enter, .character("o"))
        let buffer = screen(state)
        #expect(buffer.trimmedLines.contains { $0.contains("1  第1章") })
        for y in 0..<buffer.height {
            #expect(DisplayWidth.of(buffer.lines[y]) == buffer.width, "row \(y)")
            for x in 0..<buffer.width where buffer[x, y].isContinuation {
                #expect(x > 0 && DisplayWidth.of(buffer[x - 1, y].text) == 2, "row \(y) column \(x)")
            }
        }
    }

    static func readerColumn(width: Int) -> (x: Int, maxX: Int) {
        let pane = width >= 100 ? (x: min(50, max(30, width / 3)) + 1, width: width - min(50, max(30, width / 3)) - 1) : (x: 0, width: width)
        let columnWidth = min(80, pane.width - 2)
        let x = pane.x + (pane.width - columnWidth) / 2
        return (x, x + columnWidth)
    }

    @Test("control characters in an article never reach the screen")
    func controlCharacters() {
        let article = Fixtures.article(
            "Evil\u{1B}[2J title", path: "evil.txt", sections: [(nil, ["Bell\u{07} and escape \u{1B}]0;owned\u{07} here"])])
        var state = AppState(articles: [article], today: Fixtures.today, width: 60, height: 20)
        state.press(.enter)
        let buffer = screen(state)
        let all = buffer.lines.joined()
        #expect(!all.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
        #expect(all.contains("Evil␛[2J title"))
        #expect(all.contains("Bell␇ and escape ␛]0;owned␇ here"))
    }

    @Test("an empty library says what to do; a filter with no match says so")
    func emptyStates() {
        let empty = AppState(entries: [], today: Fixtures.today, width: 80, height: 24)
        let lines = screen(empty).trimmedLines
        #expect(lines[0] == " No articles here.")
        #expect(lines[1...2].joined(separator: " ") == " folio reads text, HTML,  Markdown and feed files.")
        var state = AppState.library(width: 80, height: 24)
        state.press(.character("f"))
        state.type("kim")
        var buffer = screen(state)
        #expect(buffer.trimmedLines[22].hasPrefix("Filter: kim"))
        #expect(buffer.trimmedLines[22].hasSuffix("1 of 3"))
        #expect(buffer.trimmedLines[0] == " ● Putin’s Conditions for Peace Talks: Ukraine Must Withdraw Troops and End NA…")
        state.type("zz")
        buffer = screen(state)
        #expect(buffer.trimmedLines[0] == " No articles match “kimzz”.")
    }

    @Test("messages show in the status line until the next key, errors in the error style")
    func messages() throws {
        var state = AppState.library(width: 80, height: 24)
        state.open(path: "putin-peace-talks.txt")
        state.press(.character("/"))
        state.type("zzz")
        state.press(.enter)
        let buffer = screen(state)
        let note = try #require(buffer.find("Pattern not found: zzz"))
        #expect(note.y == 23 && buffer[note.x, 23].style == theme[.error])
        state.press(.character("j"))
        #expect(screen(state).find("Pattern not found") == nil)
    }
}
