import FolioKit
import Screen
import Testing

@testable import Terminal

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// folio's width table against the C library's `wcwidth`, which ncurses uses to move its cursor
/// and most terminals (tmux, xterm, VTE) to place what they draw: where the two disagree, the
/// text after a character lands in other columns than folio put it.
@Suite("width table", .serialized)
struct WidthTableTests {
    init() {
        setlocale(LC_CTYPE, "C.UTF-8")
    }

    /// Blocks of the scripts checked: Devanagari, Bengali, Tamil, Thai, Hangul jamo, Hangul
    /// syllables, general punctuation, CJK, emoji and their modifiers, Arabic.
    static let blocks: [ClosedRange<UInt32>] = [
        0x0900...0x097F, 0x0980...0x09FF, 0x0B80...0x0BFF, 0x0E00...0x0E7F, 0x1100...0x11FF, 0xAC00...0xAC40,
        0x2000...0x206F, 0x3000...0x303F, 0x4E00...0x4E40, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x0600...0x06FF,
        0xFE00...0xFE0F,
    ]

    @Test("every scalar of these scripts takes the columns the C library gives it")
    func scalarsAgreeWithTheLibrary() {
        #expect(CellText.libraryWidth("a") == 1, "the C library is not in a UTF-8 locale")
        for block in Self.blocks {
            for value in block {
                guard let scalar = Unicode.Scalar(value), case let library = CellText.libraryWidth(scalar), library >= 0
                else { continue }  // unassigned for the C library's Unicode version
                // A one-column emoji with emoji presentation is drawn with a space after it.
                let padded = library == 1 && DisplayWidth.of(scalar) == 2 && scalar.properties.isEmojiPresentation
                #expect(
                    DisplayWidth.of(scalar) == Int(library) || padded,
                    "U+\(String(value, radix: 16, uppercase: true)): folio \(DisplayWidth.of(scalar)), C library \(library)")
            }
        }
    }

    /// Text of several scripts, with the scalars the terminal must get, in order.
    static let texts: [(text: String, drawn: String)] = [
        ("मुझे चाय पसंद है।", "मुझे चाय पसंद है।"), ("क्षमा", "क्षमा"), ("ท่านที่ กำลัง", "ท่านที่ กำลัง"),
        ("தமிழ் கொடு", "தமிழ் கொடு"), ("\u{1100}\u{1161}\u{11A8} \u{1100}\u{1100} 한국", "\u{1100}\u{1161}\u{11A8} \u{1100}\u{1100} 한국"),
        ("e\u{301} x", "e\u{301} x"), ("👍🏽 ok", "👍 ok"), ("👨\u{200D}👩\u{200D}👧 ok", "👨 ok"), ("🇫🇷 ok", "🇫  ok"),
        ("❤\u{FE0F} ok", "❤\u{FE0F}  ok"), ("\u{0600}\u{0661}\u{0662}", "\u{0600}\u{0661}\u{0662}"),
    ]

    @Test("drawn cell by cell, text of every script takes the columns folio gave it, and keeps its letters")
    func cellsLineUp() {
        for (text, expected) in Self.texts {
            var buffer = ScreenBuffer(width: 30, height: 1)
            let end = buffer.write(text + "|", x: 0, y: 0, style: .plain)
            var drawn = String.UnicodeScalarView()
            var column = 0
            for x in 0..<buffer.width where !buffer[x, 0].isContinuation {
                let wide = x + 1 < buffer.width && buffer[x + 1, 0].isContinuation
                let (scalars, padded) = CellText.drawn(buffer[x, 0], wide: wide)
                #expect(column == x, "\(text): the terminal's cursor is at \(column) where folio drew column \(x)")
                column += Int(CellText.libraryWidth(scalars[0])) + (padded ? 1 : 0)
                if x < end - 1 {
                    drawn.append(contentsOf: scalars)
                    if padded { drawn.append(" ") }
                }
            }
            #expect(column == buffer.width, "\(text)")
            #expect(String(drawn) == expected, "\(text): \(drawn.map { String($0.value, radix: 16) })")
        }
    }
}
