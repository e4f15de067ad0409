import FolioKit
import Testing

@testable import Screen

/// `ScreenBuffer.write` takes printable ASCII a byte at a time; everything else a character
/// (grapheme cluster) at a time. Both must fill the cells as writing each character would.
@Suite struct ScreenBufferWriteTests {
    /// The definition: every character of `text` written on its own, left to right, until one
    /// does not fit.
    static func writtenByCharacter(_ text: String, width: Int, x: Int, maxX: Int?) -> ScreenBuffer {
        var buffer = background(width: width)
        var column = x
        var pending = ""
        func flush() -> Bool {
            guard !pending.isEmpty else { return true }
            let end = buffer.write(pending, x: column, y: 0, style: .plain, maxX: maxX)
            defer { column = end }
            // Marks with nothing before them take no cell; anything else that takes none did not fit.
            return end > column || pending.allSatisfy { DisplayWidth.of(ScreenBuffer.visible($0)) == 0 }
        }
        for character in text {
            // A character that only attaches to the one before (a mark) goes with it.
            if DisplayWidth.of(ScreenBuffer.visible(character)) == 0 {
                pending.append(character)
                continue
            }
            guard flush() else { return buffer }
            pending = String(character)
        }
        _ = flush()
        return buffer
    }

    /// A row of wide characters to write over: a half left behind would show.
    static func background(width: Int) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: 1)
        buffer.write(String(repeating: "日", count: width / 2), x: 0, y: 0, style: .plain)
        return buffer
    }

    @Test("ASCII next to marks, wide characters, controls and emoji lands in the same cells, over wide characters")
    func matchesCharacterByCharacter() {
        let pieces = ["a", "Z", " ", "~", "1\u{FE0F}\u{20E3}", "\u{FE0F}", "\u{20E3}", "e\u{0301}", "\u{0301}", "日", "\u{1B}", "\t", "\u{7F}", "👩‍💻", "\u{200D}", "é", "1", "\r\n", "🇫🇷"]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int(state % 12) {
                state ^= state << 13
                state ^= state >> 7
                state ^= state << 17
                text += pieces[Int(state % UInt64(pieces.count))]
            }
            let x = Int(state % 3)
            let maxX: Int? = state % 4 == 0 ? 7 : nil
            var buffer = Self.background(width: 12)
            buffer.write(text, x: x, y: 0, style: .plain, maxX: maxX)
            #expect(buffer == Self.writtenByCharacter(text, width: 12, x: x, maxX: maxX), "\(text.unicodeScalars.map { $0.value })")
        }
    }

    @Test("plain ASCII fills one cell a byte and stops at the edge")
    func asciiCells() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        #expect(buffer.write("abc, defg", x: 1, y: 0, style: .plain) == 6)
        #expect(buffer.lines == [" abc, "])
        #expect(buffer[3, 0] == Cell(text: "c", style: .plain))
    }
}
