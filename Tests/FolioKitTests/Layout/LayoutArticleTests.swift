import FolioKit
import Testing

/// Test articles for layout: built in code, shaped like what the readers produce.
private enum Sample {
    static let today = SimpleDate(year: 2026, month: 6, day: 20)!

    static let lead =
        "Russian President Vladimir Putin has laid out stringent conditions for initiating peace talks with Ukraine, demanding the withdrawal of Ukrainian troops from disputed territories and an end to Ukraine’s aspirations to join NATO."

    static let article = Article(
        path: "seed.txt", format: .plainText,
        title: "Putin’s Conditions for Peace Talks: Ukraine Must Withdraw Troops and End NATO Bid",
        author: "Kimberly", published: SimpleDate(year: 2024, month: 6, day: 15),
        sections: [
            Section(heading: nil, level: 0, blocks: [Block(kind: .paragraph, text: lead)]),
            Section(
                heading: "Putin’s Stance and Demands", level: 2,
                blocks: [
                    Block(kind: .paragraph, text: "In a televised address from the Kremlin, President Putin spoke."),
                    Block(kind: .listItem, text: "Withdrawal of Ukrainian military forces from the eastern regions"),
                    Block(kind: .listItem, text: "No NATO"),
                    Block(kind: .quote, text: "Any meaningful dialogue hinges on compliance with our demands, he said."),
                    Block(kind: .code, text: "let x = 1\n\nprint(\"a very long line of code that is not wrapped at all\")"),
                ]),
        ],
        header: ArticleHeader(bylineLine: SourceLine(line: 3, text: "by Kimberly")))
}

@Suite("ArticleLayout")
struct LayoutArticleTests {
    @Test("curly quotes, dashes and accented letters wrap exactly as their one-column ASCII look-alikes")
    func narrowNonASCII() {
        let curly = "It’s “peace” — déjà vu — for Zoë’s café, naïve or not; the talks’ “final” round… resumes – maybe."
        let straight = "It's \"peace\" - deja vu - for Zoe's cafe, naive or not; the talks' \"final\" round. resumes - maybe."
        for width in 8...40 {
            func shown(_ text: String) -> [Int] {
                let article = Article(
                    path: "q.txt", format: .plainText, title: "T",
                    sections: [Section(heading: nil, level: 0, blocks: [Block(kind: .paragraph, text: text)])])
                return ArticleLayout(article: article, width: width, today: Sample.today).lines.map { DisplayWidth.of($0.text) }
            }
            #expect(shown(curly) == shown(straight), "width \(width)")
        }
    }

    @Test("the title block: wrapped title, byline, date with age and reading time, then a blank line")
    func titleBlock() {
        let layout = ArticleLayout(article: Sample.article, width: 50, today: Sample.today)
        let texts = layout.lines.map(\.text)
        #expect(texts[0] == "Putin’s Conditions for Peace Talks: Ukraine Must")
        #expect(texts[1] == "Withdraw Troops and End NATO Bid")
        #expect(texts[2] == "by Kimberly")
        #expect(texts[3] == "June 15, 2024 · 2 years ago · \(Sample.article.readingMinutes) min read")
        #expect(texts[4] == "")
        #expect(layout.lines[0].role == .readerTitle && layout.lines[1].content == .title)
        #expect(layout.lines[2].role == .readerByline && layout.lines[3].content == .meta)
        #expect(layout.lines[5].content == .block(section: 0, block: 0))
    }

    @Test("without a date the meta line is only the reading time")
    func metaWithoutDate() {
        var article = Sample.article
        article.published = nil
        #expect(ArticleLayout.metaText(article, today: Sample.today) == "\(article.readingMinutes) min read")
    }

    @Test("relative ages in words and in the short list form")
    func relativeAges() throws {
        let today = Sample.today
        func date(_ y: Int, _ m: Int, _ d: Int) throws -> SimpleDate { try #require(SimpleDate(year: y, month: m, day: d)) }
        #expect(RelativeAge.long(today, today: today) == "today")
        #expect(RelativeAge.long(try date(2026, 6, 19), today: today) == "yesterday")
        #expect(RelativeAge.long(try date(2026, 6, 17), today: today) == "3 days ago")
        #expect(RelativeAge.long(try date(2026, 5, 21), today: today) == "30 days ago")
        #expect(RelativeAge.long(try date(2026, 5, 20), today: today) == "1 month ago")
        #expect(RelativeAge.long(try date(2026, 4, 1), today: today) == "2 months ago")
        #expect(RelativeAge.long(try date(2024, 6, 15), today: today) == "2 years ago")
        #expect(RelativeAge.long(try date(2026, 7, 1), today: today) == nil)
        #expect(RelativeAge.short(try date(2024, 6, 15), today: today) == "2 yr ago")
        #expect(RelativeAge.short(try date(2026, 3, 19), today: today) == "3 mo ago")
        #expect(RelativeAge.short(try date(2026, 6, 15), today: today) == "5 d ago")
        #expect(RelativeAge.short(today, today: today) == "today")
    }

    @Test("headings start sections after a blank line; list items get a bullet and hanging indent")
    func sectionsListsQuotesCode() throws {
        let layout = ArticleLayout(article: Sample.article, width: 30, today: Sample.today)
        let heading = layout.sectionStarts[1]
        #expect(layout.sectionStarts[0] == 0)
        #expect(layout.lines[heading].text == "Putin’s Stance and Demands")
        #expect(layout.lines[heading].role == .readerHeading)
        #expect(layout.lines[heading - 1].content == .blank)
        let item = layout.lines.filter { $0.content == .block(section: 1, block: 1) }.map(\.text)
        #expect(item == ["• Withdrawal of Ukrainian", "  military forces from the", "  eastern regions"])
        // Consecutive list items stay together; a blank line separates other blocks.
        let second = try #require(layout.lines.firstIndex { $0.content == .block(section: 1, block: 2) })
        #expect(layout.lines[second - 1].content == .block(section: 1, block: 1))
        #expect(layout.lines[second + 1].content == .blank)
        let quote = layout.lines.filter { $0.content == .block(section: 1, block: 3) }
        #expect(quote.count > 1 && quote.allSatisfy { $0.text.hasPrefix("│ ") && $0.role == .readerQuote })
        let code = layout.lines.filter { $0.content == .block(section: 1, block: 4) }.map(\.text)
        #expect(code == ["let x = 1", "", "print(\"a very long line of cod"])
    }

    @Test("no line is wider than the layout, and the lines keep every word in order", arguments: [12, 20, 37, 80])
    func widthsNeverExceeded(width: Int) {
        let long = String(repeating: "x", count: 95)
        var article = Sample.article
        article.sections.append(
            Section(
                heading: "東京 and more", level: 2,
                blocks: [
                    Block(kind: .paragraph, text: "桜の花が咲き始めました。東京の公園は人でいっぱいです。🌸🎉 Emoji 😀 and e\u{301}te\u{301} \(long) end"),
                    Block(kind: .quote, text: "漢字かな交じり文の引用です。とても長い引用文です。"),
                ]))
        let layout = ArticleLayout(article: article, width: width, today: Sample.today)
        for line in layout.lines { #expect(DisplayWidth.of(line.text) <= width, "\(line.text)") }
        // The wrapped lines of each paragraph put back together give the words of its text.
        for (section, block) in [(0, 0), (2, 0)] {
            let text = article.sections[section].blocks[block].text
            let lines = layout.lines.filter { $0.content == .block(section: section, block: block) }
            let joined = lines.map { String(decoding: Array(text.utf8)[$0.range], as: UTF8.self) }.joined(separator: " ")
            #expect(joined.split(separator: " ").joined() == text.split(separator: " ").joined())
        }
    }

    /// Found by the fuzzer: sixty Hangul leading jamo are one grapheme cluster, 120 columns wide.
    @Test("a cluster wider than a line breaks between its cells")
    func clusterWiderThanALine() {
        let jamo = String(repeating: "\u{1111}", count: 60)
        let article = Article(
            path: "a", format: .plainText, title: "T",
            sections: [Section(heading: nil, level: 0, blocks: [Block(kind: .paragraph, text: "a \(jamo) b")])])
        let layout = ArticleLayout(article: article, width: 42, today: Sample.today)
        let lines = layout.lines.filter { $0.content == .block(section: 0, block: 0) }.map(\.text)
        // Each jamo takes two columns, as a terminal draws it, and may start a line as CJK does.
        func run(_ count: Int) -> String { String(repeating: "\u{1111}", count: count) }
        #expect(lines == ["a " + run(20), run(21), run(19) + " b"])
    }

    @Test("CJK text breaks between characters and fills each line")
    func cjkBreaksBetweenCharacters() {
        let text = String(repeating: "東京の公園は人でいっぱいです", count: 3)
        let article = Article(
            path: "a", format: .plainText, title: "T",
            sections: [Section(heading: nil, level: 0, blocks: [Block(kind: .paragraph, text: text)])])
        let layout = ArticleLayout(article: article, width: 11, today: Sample.today)
        let lines = layout.lines.filter { $0.content == .block(section: 0, block: 0) }
        #expect(lines.count == 9)  // 42 characters of 2 columns, 5 to a line of 11 columns
        #expect(lines.dropLast().allSatisfy { DisplayWidth.of($0.text) == 10 })
    }

    @Test("closing punctuation and small kana never start a line", arguments: 6...24)
    func kinsoku(width: Int) {
        let text = "桜の花が咲き始めました。東京の公園は人でいっぱいです。「花見」に行きましょう！"
        let article = Article(
            path: "a", format: .plainText, title: "T",
            sections: [Section(heading: nil, level: 0, blocks: [Block(kind: .paragraph, text: text)])])
        let layout = ArticleLayout(article: article, width: width, today: Sample.today)
        let lines = layout.lines.filter { $0.content == .block(section: 0, block: 0) }
        #expect(lines.map(\.text).joined() == text)
        for line in lines {
            #expect(DisplayWidth.of(line.text) <= width)
            #expect(!["。", "っ", "」", "！"].contains(line.text.first), "\(line.text)")
        }
    }

    @Test("a word longer than the line is broken hard")
    func longWordsBreak() {
        let article = Article(
            path: "a", format: .plainText, title: "T",
            sections: [Section(heading: nil, level: 0, blocks: [Block(kind: .paragraph, text: "ab " + String(repeating: "y", count: 45))])])
        let layout = ArticleLayout(article: article, width: 20, today: Sample.today)
        let lines = layout.lines.filter { $0.content == .block(section: 0, block: 0) }.map(\.text)
        #expect(lines == ["ab", String(repeating: "y", count: 20), String(repeating: "y", count: 20), "yyyyy"])
    }

    @Test("a search hit maps to the columns of the line that shows it")
    func hitColumns() throws {
        let layout = ArticleLayout(article: Sample.article, width: 40, today: Sample.today)
        let search = try ArticleSearch(SearchQuery("NATO"))
        let hit = try #require(search.hits(in: Sample.article).first { $0.place == .block(section: 0, block: 0) })
        let lineIndex = try #require(layout.line(of: hit.place, offset: hit.range.lowerBound))
        let columns = try #require(layout.columns(of: hit.range, onLine: lineIndex))
        let shown = Array(layout.lines[lineIndex].text)[columns]
        #expect(String(shown) == "NATO")
        // A hit in a list item starts after the bullet.
        let itemHit = try #require(search.hits(in: Sample.article).first { $0.place == .block(section: 1, block: 2) })
        let itemLine = try #require(layout.line(of: itemHit.place, offset: itemHit.range.lowerBound))
        #expect(layout.columns(of: itemHit.range, onLine: itemLine) == 5..<9)
    }

    @Test("a reading anchor finds the same text again after a re-layout at another width")
    func anchorSurvivesResize() throws {
        let wide = ArticleLayout(article: Sample.article, width: 60, today: Sample.today)
        let top = try #require(wide.lines.firstIndex { $0.content == .block(section: 0, block: 0) }) + 2
        let anchor = wide.anchor(atLine: top)
        let narrow = ArticleLayout(article: Sample.article, width: 25, today: Sample.today)
        let line = narrow.lines[narrow.line(of: anchor)]
        #expect(line.content == anchor.content)
        #expect(line.range.contains(anchor.offset))
        #expect(narrow.section(atLine: narrow.line(of: anchor)) == 0)
    }

    @Test("the layout as text (for folio dump) is its lines, one a line")
    func dumpText() {
        let layout = ArticleLayout(article: Sample.article, width: 30, today: Sample.today)
        let text = layout.text
        #expect(text.hasPrefix("Putin’s Conditions for Peace\nTalks: Ukraine Must Withdraw\nTroops and End NATO Bid\nby Kimberly\n"))
        #expect(text.contains("\n\nPutin’s Stance and Demands\nIn a televised address from\n"))
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false).count == layout.lines.count)
    }
}
