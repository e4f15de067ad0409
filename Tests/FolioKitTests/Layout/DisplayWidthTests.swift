import Testing

@testable import FolioKit

/// A string's width is the sum of its characters' widths, however the string is measured.
@Suite struct DisplayWidthTests {
    /// Scalars that stand alone, next to marks, joiners, selectors, jamo and flags that join
    /// the scalar before or after them.
    static let pieces = [
        "a", " ", "é", "e\u{0301}", "\u{0301}", "·", "’", "—", "…", "‼", "日", "カ", "\u{3099}", "한", "\u{1100}",
        "\u{1161}", "\u{11A8}", "\r", "\n", "\t", "\u{7F}", "\u{85}", "\u{AD}", "\u{2028}", "\u{200D}", "\u{FE0F}",
        "👍", "🏽", "🇫", "🇷", "ß", "\u{0915}\u{093F}", "\u{093E}", "\u{094D}", "\u{0937}", "\u{0E33}", "\u{0BCA}",
        "\u{0600}",
    ]

    @Test func aStringMeasuresAsItsCharacters() {
        var random = XorShift(state: 0x9E37_79B9_7F4A_7C15)
        for _ in 0..<5000 {
            var text = ""
            for _ in 0..<Int(random.next() % 10) { text += Self.pieces[Int(random.next() % UInt64(Self.pieces.count))] }
            #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) }, "\(text.unicodeScalars.map(\.value))")
        }
    }

    /// Words of several scripts and the columns tmux 3.3a gives them (its cursor after
    /// `printf`), which are those of every terminal that measures each scalar with `wcwidth`;
    /// for emoji sequences, on which terminals disagree, the columns of the first emoji, the
    /// only one folio draws; an emoji made two columns by U+FE0F takes two (tmux gives it one:
    /// folio then draws a space after it).
    static let scriptWidths: [(text: String, columns: Int)] = [
        ("चाय", 3), ("\u{0915}\u{093F}", 2), ("क्ष", 2), ("क्षमा", 4), ("मुझे", 2), ("है।", 2),
        ("ท่านที่", 4), ("กำลัง", 4), ("ที", 1),
        ("கொ", 2), ("தமிழ்", 4), ("கொடு", 4),
        ("\u{1100}\u{1161}\u{11A8}", 2), ("\u{1100}\u{1100}", 4), ("한국어", 6),
        ("e\u{301}", 1), ("\u{301}", 0), ("👍🏽", 2), ("👨\u{200D}👩\u{200D}👧", 2), ("🇫🇷", 2), ("❤\u{FE0F}", 2),
        ("1\u{FE0F}\u{20E3}", 2), ("\u{0600}\u{0661}", 2),
    ]

    @Test("spacing marks and joined consonants take their own columns, as a terminal draws them")
    func scriptClusters() {
        for (text, columns) in Self.scriptWidths {
            #expect(DisplayWidth.of(text) == columns, "\(text) \(text.unicodeScalars.map(\.value))")
        }
    }

    @Test("a cluster's cells hold all of it, and a spacing vowel sign gets a cell of its own")
    func clusterCells() {
        var cells: [(String, Int)] = []
        for character in "चाय" {
            DisplayWidth.forEachCell(of: character) { scalars, width in cells.append((String(scalars), width)) }
        }
        #expect(cells.map(\.0) == ["च", "\u{093E}", "य"])
        #expect(cells.map(\.1) == [1, 1, 1])
        // An emoji sequence stays in one cell of its first emoji's width.
        var family: [(String, Int)] = []
        DisplayWidth.forEachCell(of: Character("👨\u{200D}👩\u{200D}👧")) { scalars, width in family.append((String(scalars), width)) }
        #expect(family.map(\.0) == ["👨\u{200D}👩\u{200D}👧"])
        #expect(family.map(\.1) == [2])
    }

    @Test("clipped text fits its columns and says it was cut")
    func clipped() {
        #expect(DisplayWidth.clipped("short", to: 10) == "short")
        #expect(DisplayWidth.clipped("a longer query", to: 6) == "a lon…")
        #expect(DisplayWidth.clipped("日本語の引用", to: 6) == "日本…")
        #expect(DisplayWidth.clipped("चायचाय", to: 4) == "चाय…")
        #expect(DisplayWidth.of(DisplayWidth.clipped(String(repeating: "日a", count: 50), to: 9)) <= 9)
    }

    @Test func commonTextWidths() {
        #expect(DisplayWidth.of("Chen · 1 yr ago · 7 min") == 23)
        #expect(DisplayWidth.of("日本語の“引用”") == 14)
        #expect(DisplayWidth.of("cafe\u{0301} 👍🏽") == 7)
    }
}
