import FolioKit
import FolioUI
import Testing

/// Panes that use the width: side by side, the reader keeps its measure (80 columns of text
/// and a margin each side) and the list gets the rest, at least 30 columns; where both cannot
/// fit the measure gives way. `<` and `>` move the divider, within limits, and ask for the
/// choice to be kept. A list row never cuts its counts or unread mark; a title cut short ends
/// in `…`.
@Suite("Pane widths")
struct PaneWidthTests {
    /// The seed article open, after an all-articles search for NATO (so the list shows counts).
    static func searched(width: Int) -> AppState {
        var state = AppState.library(width: width, height: 12)
        state.open(path: "putin-peace-talks.txt")
        state.press(.character("/"))
        state.type("NATO")
        state.press(.tab, .enter)
        return state
    }

    static let screens: [Int: [String]] = [
        100: [
            "▌  Putin’s Conditions… 4 hits │ Putin’s Conditions for Peace Talks: Ukraine Must Withdraw Troops",
            "▌  Kimberly · 2 yr ago · 2 m… │ and End NATO Bid",
            " ● Talks in Geneva     2 hits │ by Kimberly",
            "   3 mo ago · 1 min           │ June 15, 2024 · 2 years ago · 2 min read",
            "                              │",
            "                              ▶ Russian President Vladimir Putin has laid out stringent conditions",
        ],
        110: [
            "▌  Putin’s Conditions… 4 hits │ Putin’s Conditions for Peace Talks: Ukraine Must Withdraw Troops and End NATO",
            "▌  Kimberly · 2 yr ago · 2 m… │ Bid",
            " ● Talks in Geneva     2 hits │ by Kimberly",
            "   3 mo ago · 1 min           │ June 15, 2024 · 2 years ago · 2 min read",
            "                              │",
            "                              ▶ Russian President Vladimir Putin has laid out stringent conditions for",
        ],
        120: [
            "▌  Putin’s Conditions for Pe… 4 hits │ Putin’s Conditions for Peace Talks: Ukraine Must Withdraw Troops and End NATO",
            "▌  Kimberly · 2 yr ago · 2 min       │ Bid",
            " ● Talks in Geneva            2 hits │ by Kimberly",
            "   3 mo ago · 1 min                  │ June 15, 2024 · 2 years ago · 2 min read",
            "                                     │",
            "                                     ▶ Russian President Vladimir Putin has laid out stringent conditions for",
        ],
        160: [
            "▌  Putin’s Conditions for Peace Talks: Ukraine Must Withdraw Troops … 4 hits │ Putin’s Conditions for Peace Talks: Ukraine Must Withdraw Troops and End NATO",
            "▌  Kimberly · 2 yr ago · 2 min                                               │ Bid",
            " ● Talks in Geneva                                                    2 hits │ by Kimberly",
            "   3 mo ago · 1 min                                                          │ June 15, 2024 · 2 years ago · 2 min read",
            "                                                                             │",
            "                                                                             ▶ Russian President Vladimir Putin has laid out stringent conditions for",
        ],
        200: [
            "▌  Putin’s Conditions for Peace Talks: Ukraine Must Withdraw Troops and End NATO Bid                          4 hits │ Putin’s Conditions for Peace Talks: Ukraine Must Withdraw Troops and End NATO",
            "▌  Kimberly · 2 yr ago · 2 min                                                                                       │ Bid",
            " ● Talks in Geneva                                                                                            2 hits │ by Kimberly",
            "   3 mo ago · 1 min                                                                                                  │ June 15, 2024 · 2 years ago · 2 min read",
            "                                                                                                                     │",
            "                                                                                                                     ▶ Russian President Vladimir Putin has laid out stringent conditions for",
        ],
    ]

    @Test(
        "the list gets what the reader's 80 columns leave, at least 30; below 113 columns the reader narrows",
        arguments: [(100, 30, 67), (110, 30, 77), (120, 37, 80), (160, 77, 80), (200, 117, 80)])
    func widths(width: Int, list: Int, column: Int) throws {
        let state = Self.searched(width: width)
        let buffer = render(state, width: width, height: 12)
        #expect(Array(buffer.trimmedLines.prefix(6)) == Self.screens[width])
        // The divider right of the list, the text column a margin right of it.
        #expect((0..<11).allSatisfy { ["│", "▶"].contains(buffer[list, $0].text) })
        #expect(state.readerColumnWidth == column)
        #expect(buffer.trimmedLines[0].dropFirst(list + 2).hasPrefix("Putin’s Conditions for Peace Talks: Ukraine"))
        // The results, most hits first: the counts and the unread marks are never cut; a title
        // cut short ends in `…`; an article without hits is not listed.
        #expect(buffer.find("● Talks in Geneva")?.x == 1)
        #expect(buffer.find("Autumn Gardening") == nil)
        #expect(buffer.trimmedLines[0].contains(width < 200 ? "… 4 hits │" : "NATO Bid"))
    }

    @Test("a feed's header keeps its count after a title cut short, and the feed's hits at the right")
    func feedHeader() {
        var state = AppState(
            articles: [
                FeedGroupTests.item("First item", day: 3, feed: "A feed whose title is far too long for the list"),
                FeedGroupTests.item("Second item", day: 4, feed: "A feed whose title is far too long for the list"),
            ],
            today: Fixtures.today, theme: Fixtures.theme, width: 100, height: 12)
        #expect(render(state, width: 100, height: 12).trimmedLines[0].hasPrefix(" ▾ A feed whose title is… (2) │"))
        // With no article open, `/` searches all articles.
        state.press(.character("/"))
        state.type("item")
        // The results list the feed's items flat, each with its count and naming its feed.
        let lines = render(state, width: 100, height: 12).trimmedLines
        #expect(lines[0].hasPrefix(" ● First item") && lines[0].contains(" 2 hits │"), "\(lines)")
        #expect(lines[1].hasPrefix("   A feed whose title is") && lines[1].contains("… "), "\(lines)")
    }

    @Test("< and > move the divider by 4 columns, within limits, and ask for the choice to be kept")
    func moveDivider() {
        var state = AppState.library(width: 160, height: 30)
        state.open(path: "putin-peace-talks.txt")
        #expect(state.press(.character(">")) == [.keepDivider(shift: 4)])
        #expect(render(state, width: 160, height: 30)[81, 0].text == "│")
        #expect(state.message?.text == "List 81 columns, reader 76")
        // The reader laid the article out again for its narrower column.
        #expect(state.readerColumnWidth == 76 && state.reader.layout?.width == 76)
        #expect(state.press(.character("<"), .character("<")) == [.keepDivider(shift: 0), .keepDivider(shift: -4)])
        #expect(state.message?.text == "List 73 columns, reader 80")
        // Down to the list's 30 columns, and no further.
        for _ in 0..<11 { state.press(.character("<")) }
        #expect(state.split.shift == -47 && render(state, width: 160, height: 30)[30, 0].text == "│")
        #expect(state.press(.character("<")) == [])
        #expect(state.message?.text == "The list is as narrow as it goes (30 columns)")
        // Up to the reader's 40 columns, and no further.
        for _ in 0..<30 { state.press(.character(">")) }
        #expect(state.press(.character(">")) == [])
        #expect(state.message?.text == "The reader is as narrow as it goes (40 columns)")
        #expect(render(state, width: 160, height: 30)[119, 0].text == "│")
    }

    @Test("the divider kept is a shift from the natural split: it holds at another width, within the limits")
    func shiftAcrossWidths() {
        var state = AppState.library(width: 100, height: 30)
        // At 100 columns the list is at its narrowest: `<` does nothing, `>` widens it.
        #expect(state.press(.character("<")) == [])
        #expect(state.press(.character(">")) == [.keepDivider(shift: 4)])
        #expect(render(state, width: 100, height: 30)[34, 0].text == "│")
        state.press(.resize(width: 160, height: 30))
        #expect(render(state, width: 160, height: 30)[81, 0].text == "│")
        // A shift kept from a wide screen that would squeeze the list is held to 30 columns.
        state.split = PaneSplit(shift: -60)
        state.press(.resize(width: 120, height: 30))
        #expect(render(state, width: 120, height: 30)[30, 0].text == "│")
        // The first `>` there moves the divider at once.
        #expect(state.press(.character(">")) == [.keepDivider(shift: -3)])
        #expect(render(state, width: 120, height: 30)[34, 0].text == "│")
    }

    @Test("one pane at a time, < and > say when they work")
    func onePane() {
        var state = AppState.library(width: 80, height: 24)
        #expect(state.press(.character(">")) == [])
        #expect(state.message?.text == "The list and the reader are side by side from 100 columns")
        #expect(state.split == PaneSplit())
    }

    @Test("a smaller measure leaves more to the list, and the reader's column follows it")
    func measure() {
        var state = AppState.library(width: 120, height: 24)
        state.split.measure = 60
        state.open(path: "putin-peace-talks.txt")
        #expect(state.readerColumnWidth == 60)
        #expect(render(state, width: 120, height: 24)[57, 0].text == "│")
    }
}
