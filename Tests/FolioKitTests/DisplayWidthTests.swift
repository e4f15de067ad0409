import Testing

@testable import FolioKit

/// A string's width is the sum of its characters' widths, however the string is measured.
@Suite struct DisplayWidthTests {
    /// Scalars that stand alone, next to marks, joiners, selectors, jamo and flags that join
    /// the scalar before or after them.
    static let pieces = [
        "a", " ", "é", "e\u{0301}", "\u{0301}", "·", "’", "—", "…", "‼", "日", "カ", "\u{3099}", "한", "\u{1100}",
        "\u{1161}", "\u{11A8}", "\r", "\n", "\t", "\u{7F}", "\u{85}", "\u{AD}", "\u{2028}", "\u{200D}", "\u{FE0F}",
        "👍", "🏽", "🇫", "🇷", "ß", "\u{0915}\u{093F}",
    ]

    @Test func aStringMeasuresAsItsCharacters() {
        var random = XorShift(state: 0x9E37_79B9_7F4A_7C15)
        for _ in 0..<5000 {
            var text = ""
            for _ in 0..<Int(random.next() % 10) { text += Self.pieces[Int(random.next() % UInt64(Self.pieces.count))] }
            #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) }, "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func commonTextWidths() {
        #expect(DisplayWidth.of("Chen · 1 yr ago · 7 min") == 23)
        #expect(DisplayWidth.of("日本語の“引用”") == 14)
        #expect(DisplayWidth.of("cafe\u{0301} 👍🏽") == 7)
    }
}
