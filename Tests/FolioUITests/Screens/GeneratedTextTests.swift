import FolioKit
import Testing

@testable import FolioUI

/// Seeded random text made of what breaks naive column arithmetic (combining and spacing marks,
/// joiners, variation selectors, wide characters, emoji sequences, controls), at either end of
/// every text field and everything sliced by display width: typed and edited in the search bar
/// and the filter, and shown in list rows, the status line, popups (outline, links, bookmarks)
/// and the reader, at many
/// widths. Nothing crashes, no row is wider than the screen, the cursor stays in the bar, and
/// the text typed is the text kept.
@Suite("Generated text")
struct GeneratedTextTests {
    /// Pieces of text, each a few scalars at most.
    static let pieces = [
        "a", "Z", " ", "7", "e\u{301}", "\u{301}", "\u{200D}", "\u{FE0F}", "\u{FE0E}", "日", "한", "\u{1100}", "\u{1161}",
        "\u{11A8}", "च", "\u{093E}", "\u{094D}", "ष", "\u{093F}", "ท", "\u{0E35}", "\u{0E33}", "க", "\u{0BCA}", "👍",
        "\u{1F3FD}", "👨", "👩", "🇫", "🇷", "❤", "\u{1B}", "\t", "\u{202E}", "\u{0600}", "…", "—", "\u{AD}", "\u{E0067}",
    ]

    /// A small deterministic random number generator (xorshift64).
    struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(bound))
        }

        mutating func text(maximum: Int) -> String {
            (0..<next(maximum + 1)).map { _ in GeneratedTextTests.pieces[next(GeneratedTextTests.pieces.count)] }.joined()
        }
    }

    /// No row of `buffer` is wider than the screen, as a terminal draws it: each cell has one
    /// column, or two when a continuation follows it (a continuation never starts a row nor
    /// follows another), and the character it draws first, the one the terminal moves its
    /// cursor by, takes no more than that.
    static func expectRowsFit(_ buffer: ScreenBuffer, _ what: @autoclosure () -> String) {
        for y in 0..<buffer.height {
            for x in 0..<buffer.width {
                let cell = buffer[x, y]
                let columns = x + 1 < buffer.width && buffer[x + 1, y].isContinuation ? 2 : 1
                let fits = cell.isContinuation
                    ? x > 0 && !buffer[x - 1, y].isContinuation
                    : cell.text.unicodeScalars.first.map { DisplayWidth.of($0) <= columns } ?? true
                guard fits, DisplayWidth.of(cell.text) <= 2 else {
                    Issue.record("row \(y), column \(x) of \(what()): \(cell.text.unicodeScalars.map(\.value)) \(cell.isContinuation)")
                    return
                }
            }
        }
    }

    /// The cursor of the input bar on row `y`: the first of the cells shown in reverse, or nil
    /// unless they are one run (a character, its continuation, the cells of its spacing marks).
    static func cursorColumn(_ buffer: ScreenBuffer, y: Int) -> Int? {
        let reversed = (0..<buffer.width).filter { buffer[$0, y].style.attributes.contains(.reverse) }
        guard let first = reversed.first, reversed == Array(first..<first + reversed.count) else { return nil }
        return first
    }

    @Test("marks, joiners and wide characters typed and edited at either end of the search bar and the filter")
    func typingInTheBar() {
        var random = Random(state: 0x2545_F491_4F6C_DD1D)
        let widths = [40, 41, 57, 80, 99, 100, 133, 200]
        for round in 0..<160 {
            let width = widths[random.next(widths.count)]
            var state = AppState.library(width: width, height: 24)
            let filtering = random.next(3) == 0
            state.press(filtering ? .character("f") : .character("/"))
            var expected = ""
            // What each step did, for a failure's message.
            var log: [String] = []
            for step in 0..<(1 + random.next(14)) {
                let before = Self.field(state)
                let piece = random.text(maximum: 4)
                let operation = random.next(9)
                defer { log.append("\(operation) \(piece.unicodeScalars.map(\.value)) → \(Self.field(state).text.unicodeScalars.map(\.value))") }
                switch operation {
                case 0, 1, 2:
                    // Typed at the end, a scalar at a time, as a terminal sends it.
                    state.press(.end)
                    for scalar in piece.unicodeScalars { state.press(.character(Character(scalar))) }
                    expected += piece
                case 3:
                    state.press(.home)
                    for scalar in piece.unicodeScalars { state.press(.character(Character(scalar))) }
                    expected = piece + expected
                case 4:
                    let pasted = piece + "\n" + piece
                    if random.next(2) == 0 {
                        state.press(.end, .paste(pasted))
                        expected += TextField.oneLine(pasted)
                    } else {
                        state.press(.home, .paste(pasted))
                        expected = TextField.oneLine(pasted) + expected
                    }
                case 5:
                    let moves: [Key] = [.left, .right, .alt("b"), .alt("f"), .home, .end, .control("a"), .control("e")]
                    state.press(moves[random.next(moves.count)], moves[random.next(moves.count)])
                default:
                    let deletions: [Key] = [.backspace, .delete, .control("w"), .control("u"), .control("k"), .control("d")]
                    state.press(deletions[random.next(deletions.count)])
                    expected = Self.field(state).text
                    // Whatever went was one stretch of the text.
                    let old = Array(before.text.unicodeScalars), new = Array(expected.unicodeScalars)
                    let kept = zip(old, new).prefix { $0 == $1 }.count
                    #expect(new.count <= old.count && Array(old.suffix(new.count - kept)) == Array(new[kept...]), "round \(round)")
                }
                guard state.search.isEditing || state.list.isFiltering else { break }  // Backspace closed an empty bar
                let field = Self.field(state)
                #expect(
                    field.text == expected,
                    "round \(round) step \(step), \(operation) \(piece.unicodeScalars.map(\.value)) after \(log): \(field.text.unicodeScalars.map(\.value))")
                for shown in [width, 40 + random.next(170)] {
                    let buffer = render(state, width: shown, height: 24)
                    Self.expectRowsFit(buffer, "round \(round) step \(step) at \(shown) columns")
                    Self.expectCursorInBar(buffer, state: state, field: field, "round \(round) step \(step) at \(shown) columns")
                }
            }
        }
    }

    /// The field the bar shows: the query or the filter.
    static func field(_ state: AppState) -> TextField {
        state.search.isEditing ? state.search.field : state.list.filter
    }

    /// The bar shows one cursor, after the prompt and before the right side, which is whole;
    /// what it shows before the cursor is the end of the text before the cursor.
    static func expectCursorInBar(_ buffer: ScreenBuffer, state: AppState, field: TextField, _ what: String) {
        let y = buffer.height - 2
        let row = buffer.lines[y]
        let (_, prompt, right, _) = InputBar.parts(state)
        let rightX = InputBar.rightX(right, width: buffer.width)
        guard let cursor = cursorColumn(buffer, y: y) else {
            Issue.record("no single cursor in the bar, \(what): \(row)")
            return
        }
        let promptWidth = min(DisplayWidth.of(prompt), rightX - 1)
        #expect(cursor >= promptWidth && cursor < rightX - 1, "cursor at \(cursor), \(what): \(row)")
        #expect(buffer[rightX, y].text == String(right.prefix(1)), "the right side, \(what): \(row)")
        // Cell by cell (a cell keeps at most five scalars of a long cluster): the first scalar
        // of each cell before the cursor, and of each cell the text before the cursor takes.
        let shown = (promptWidth..<cursor).filter { !buffer[$0, y].isContinuation }.compactMap { buffer[$0, y].text.unicodeScalars.first }
        var typed: [Unicode.Scalar] = []
        for character in field.text[..<field.cursor].flatMap(InputBar.shown) {
            DisplayWidth.forEachCell(of: character) { scalars, width in
                if width > 0, let first = scalars.first { typed.append(first) }
            }
        }
        #expect(Array(typed.suffix(shown.count)) == shown, "before the cursor, \(what): \(shown.map(\.value)) of \(typed.map(\.value))")
        #expect(!shown.isEmpty || typed.isEmpty, "nothing before the cursor shown, \(what)")
    }

    @Test("generated titles, headings, paragraphs and bookmarks fit every row of every pane and popup")
    func everyPane() {
        var random = Random(state: 0x9E37_79B9_7F4A_7C15)
        for round in 0..<40 {
            let articles = (0..<3).map { number in
                Article(
                    path: "generated-\(number).txt", format: .plainText, title: random.text(maximum: 12),
                    author: random.text(maximum: 6),
                    sections: (0..<3).map { section in
                        Section(
                            heading: section == 0 ? nil : random.text(maximum: 8), level: section == 0 ? 0 : 2,
                            blocks: (0..<2).map { _ in Block(kind: .paragraph, text: random.text(maximum: 60)) })
                    },
                    links: (0..<3).map { _ in Link(text: random.text(maximum: 10), url: "https://example.org/" + random.text(maximum: 10)) })
            }
            let width = 40 + random.next(170), height = 10 + random.next(30)
            var state = AppState(articles: articles, today: Fixtures.today, theme: Fixtures.theme, width: width, height: height)
            Self.expectRowsFit(render(state, width: width, height: height), "the list, round \(round)")
            state.press(.enter)
            if let layout = state.reader.layout {
                for line in layout.lines { #expect(DisplayWidth.of(line.text) <= layout.width, "round \(round): \(line.text)") }
            }
            for keys: [Key] in [[.character(" ")], [.character("]")], [.character("o")], [.escape, .character("L")]] {
                for key in keys { state.press(key) }
                Self.expectRowsFit(render(state, width: width, height: height), "after \(keys), round \(round)")
            }
            #expect(state.overlay.map { if case .links = $0 { true } else { false } } == true, "the links popup")
            state.press(.escape)
            _ = state.reduce(
                .bookmarksLoaded((0..<3).map { BookmarkItem(id: Int64($0), entry: nil, path: "b", title: random.text(maximum: 20), label: random.text(maximum: 20)) }))
            Self.expectRowsFit(render(state, width: width, height: height), "the bookmarks, round \(round)")
            _ = state.reduce(.closeOverlay)
            state.press(.character("/"))
            for scalar in random.text(maximum: 6).unicodeScalars { state.press(.character(Character(scalar))) }
            state.press(.enter)
            Self.expectRowsFit(render(state, width: width, height: height), "the status line after a search, round \(round)")
        }
    }
}
