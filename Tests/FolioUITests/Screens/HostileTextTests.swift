import FolioKit
import FolioUI
import Testing

/// Article text is untrusted, and a reader may let anything through: whatever the model holds,
/// every screen shows escape sequences, controls and bidi overrides as visible symbols, keeps
/// every row exactly as wide as the screen however odd the grapheme clusters, and never lets a
/// control character into a cell.
@Suite("Hostile text")
struct HostileTextTests {
    /// Escape sequences (clipboard, titles, hyperlink, clear, cursor moves), C1 controls,
    /// bidi overrides and isolates, zero-width characters, a cluster of 1000 code points and an
    /// emoji ZWJ sequence.
    static let payload = [
        "\u{1B}]52;c;T1dORUQ=\u{07}", "\u{1B}]0;PWNED\u{07}", "\u{1B}]8;;http://evil/\u{1B}\\link\u{1B}]8;;\u{1B}\\",
        "\u{1B}[2J\u{1B}[H\u{1B}[5;5H", "\u{9B}2J\u{9D}0;C1\u{9C}", "\u{202E}REVERSED\u{202C}", "\u{2067}ISO\u{2069}",
        "zw\u{200B}\u{200D}\u{FEFF}j", "e" + String(repeating: "\u{301}", count: 999),
        "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}", "\u{200D}\u{301}lonely", "\t\r\u{0}\u{7F}",
    ].joined(separator: " ")

    static let hostile = Article(
        path: "evil\u{1B}]0;PWNED\u{07}.txt", format: .plainText, title: "Title \(payload)", author: "By \(payload)",
        sections: [
            Section(heading: nil, level: 0, blocks: [Block(kind: .paragraph, text: "Lead \(payload) end.")]),
            Section(
                heading: "Heading \(payload)", level: 2,
                blocks: [
                    Block(kind: .paragraph, text: "Body \(payload) done."),
                    Block(kind: .code, text: "code \(payload)\n\u{1B}[31mred"),
                    Block(kind: .quote, text: "quote \(payload)"),
                ]),
        ])

    /// Scalars that must never sit in a cell: C0, DEL, C1, bidi overrides and isolates.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    static func expectSafe(_ buffer: ScreenBuffer, _ what: String) {
        for y in 0..<buffer.height {
            for x in 0..<buffer.width {
                let cell = buffer[x, y]
                #expect(!cell.text.unicodeScalars.contains(where: isUnsafe), "cell \(x),\(y) of \(what): \(cell.text.debugDescription)")
                if !cell.isContinuation { #expect(DisplayWidth.of(cell.text) <= 2, "cell \(x),\(y) of \(what) is too wide") }
            }
        }
        #expect(buffer.lines.allSatisfy { DisplayWidth.of($0) == buffer.width }, "row widths of \(what)")
    }

    static func state(width: Int, height: Int) -> AppState {
        AppState(articles: [hostile, Fixtures.gardening], today: Fixtures.today, theme: Fixtures.theme, width: width, height: height)
    }

    @Test("list, reader, outline, search bar and status line show hostile text safely", arguments: [(120, 30), (60, 20), (40, 10)])
    func everyScreen(size: (Int, Int)) {
        var state = Self.state(width: size.0, height: size.1)
        Self.expectSafe(render(state, width: size.0, height: size.1), "the list")
        state.open(path: Self.hostile.path)
        Self.expectSafe(render(state, width: size.0, height: size.1), "the reader")
        for _ in 0..<6 {
            state.press(.character(" "))
            Self.expectSafe(render(state, width: size.0, height: size.1), "the reader, scrolled")
        }
        state.press(.character("o"))
        Self.expectSafe(render(state, width: size.0, height: size.1), "the outline")
        state.press(.escape, .character("/"))
        state.type("\u{1B}[2J\u{202E}REVERSED")
        Self.expectSafe(render(state, width: size.0, height: size.1), "the search bar")
        state.press(.enter)
        Self.expectSafe(render(state, width: size.0, height: size.1), "search hits")
        _ = state.reduce(.loadFailed(state.id(0), "gone \u{1B}]52;c;T1dORUQ=\u{07}"))
        Self.expectSafe(render(state, width: size.0, height: size.1), "an error naming a hostile path")
    }

    @Test("controls show as visible symbols and the text around them stays")
    func visibleSymbols() {
        var buffer = ScreenBuffer(width: 60, height: 1)
        buffer.write("a\u{1B}]0;x\u{07}b\u{202E}c\u{9B}d", x: 0, y: 0, style: .plain)
        #expect(buffer.lines[0].hasPrefix("a␛]0;x␇b\u{FFFD}c\u{FFFD}d"))
    }

    @Test("a cell keeps a character and its first marks only, however many follow")
    func cellsStaySmall() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        buffer.write("a" + String(repeating: "\u{200B}", count: 100_000) + "b" + String(repeating: "\u{301}", count: 1000), x: 0, y: 0, style: .plain)
        #expect(buffer[0, 0].text.unicodeScalars.count == ScreenBuffer.maximumScalarsPerCell)
        #expect(buffer[1, 0].text.unicodeScalars.count == ScreenBuffer.maximumScalarsPerCell)
        #expect(buffer[1, 0].text.unicodeScalars.first == "b")
    }

    @Test("a cluster of 1000 code points takes one cell; zero-width characters take none")
    func clusterWidths() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        let end = buffer.write("e" + String(repeating: "\u{301}", count: 999) + "x\u{200B}\u{200D}\u{FEFF}y", x: 0, y: 0, style: .plain)
        #expect(end == 3)
        #expect(buffer[0, 0].text.unicodeScalars.starts(with: "e\u{301}\u{301}".unicodeScalars))
        #expect(buffer[1, 0].text.unicodeScalars.first == "x")
        #expect(buffer[2, 0].text == "y")
    }
}

/// `R` reads the article's file again; when that fails (the file was deleted, truncated or
/// replaced), the reader keeps the article it shows and the status line says why.
@Suite("Reload")
struct ReloadTests {
    @Test("R in the reader asks to load the article again and shows it when it comes")
    func reloadShowsTheNewText() throws {
        var state = AppState.library(width: 100, height: 30)
        state.open(path: "garden.txt")
        let index = try #require(state.reader.entry)
        // The open article at once; the folders in the background.
        #expect(state.press(.character("R")) == [.loadArticle(index), .rescan])
        let changed = Fixtures.article("Autumn Gardening", path: "garden.txt", sections: [(nil, ["Rake the leaves first."])])
        _ = state.reduce(.articleLoaded(index, changed))
        #expect(state.reader.entry == index)
        #expect(render(state, width: 100, height: 30).lines.contains { $0.contains("Rake the leaves first.") })
    }

    @Test("a failed reload keeps the article on screen and shows one error line")
    func failedReloadKeepsTheArticle() throws {
        var state = AppState.library(width: 100, height: 30)
        state.open(path: "garden.txt")
        let index = try #require(state.reader.entry)
        let before = render(state, width: 100, height: 30).lines
        state.press(.character("R"))
        _ = state.reduce(.loadFailed(index, "No such file or directory"))
        #expect(state.reader.entry == index)
        #expect(state.message?.isError == true)
        let after = render(state, width: 100, height: 30).lines
        #expect(after.filter { $0.contains("No such file or directory") }.count == 1)
        let reader = { (lines: [String]) in lines.dropLast().map { $0.split(separator: "│").last ?? "" } }
        #expect(reader(after) == reader(before), "the reader shows the same article")
        // The next key clears the error, and the article is still there to read.
        state.press(.character("j"))
        #expect(state.message == nil)
        #expect(render(state, width: 100, height: 30).lines.contains { $0.contains("Plant bulbs") })
    }
}
