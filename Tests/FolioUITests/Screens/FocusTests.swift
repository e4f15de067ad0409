import FolioKit
import FolioUI
import Testing

/// Side by side, the pane with focus can be seen in every shipped theme, and without colour
/// (`NO_COLOR` keeps only the text and the attributes): the list's selection is highlighted
/// only while the list has focus (else a bar marks it), and the divider points at the pane
/// with focus.
@Suite("Focus that can be seen")
struct FocusTests {
    /// A shipped theme, as `folio --theme NAME` loads it.
    static func theme(_ name: String) throws -> Theme {
        try ThemeLoader.parse(#require(BundledThemes.all[name]), name: name, file: "\(name).toml")
    }

    /// The screen as a terminal without colour shows it: each cell's text and attributes.
    static func withoutColour(_ buffer: ScreenBuffer) -> [[String]] {
        (0..<buffer.height).map { y in
            (0..<buffer.width).map { x in "\(buffer[x, y].text)\(buffer[x, y].style.attributes.rawValue)" }
        }
    }

    @Test("Tab changes the screen: the selection's look and the divider's arrow", arguments: BundledThemes.all.keys.sorted())
    func focusShows(name: String) throws {
        let theme = try Self.theme(name)
        var state = AppState(
            articles: [Fixtures.seed, Fixtures.ukraine, Fixtures.gardening], today: Fixtures.today, theme: theme,
            width: 120, height: 40)
        state.open(path: "putin-peace-talks.txt")
        #expect(state.focus == .reader)
        let readerFocused = render(state, width: 120, height: 40)
        state.press(.tab)
        #expect(state.focus == .list)
        let listFocused = render(state, width: 120, height: 40)
        // The seed is the second article: its rows are 2 and 3, its title from column 3.
        #expect(listFocused[5, 2].style == theme[.listSelected])
        #expect(listFocused[0, 2].text == " " && listFocused[37, 19].text == "◀")
        #expect(readerFocused[5, 2].style == theme[.list], "unfocused, the selection keeps the list's look")
        #expect(readerFocused[0, 2].text == "▌" && readerFocused[0, 3].text == "▌")
        #expect(readerFocused[37, 19].text == "▶")
        #expect(readerFocused[5, 2].style != listFocused[5, 2].style)
        // Without colour the two screens still differ, and the marked row from the others.
        let differsWithoutColour = Self.withoutColour(readerFocused) != Self.withoutColour(listFocused)
        #expect(differsWithoutColour)
        #expect(readerFocused.trimmedLines[2].hasPrefix("▌") && !readerFocused.trimmedLines[0].hasPrefix("▌"))
    }

    @Test("a feed's header selected while the reader has focus is marked the same way")
    func feedHeader() {
        var state = FeedGroupTests.state(width: 120, height: 40)
        state.press(.character("j"), .character("j"), .enter, .tab, .character("k"), .tab)
        #expect(state.list.selectedFeed != nil && state.focus == .reader)
        let buffer = render(state, width: 120, height: 40)
        #expect(buffer.trimmedLines[2].hasPrefix("▌▾ Hacker News (3)"))
        #expect(buffer[3, 2].style == Fixtures.theme[.listFeed])
    }
}
