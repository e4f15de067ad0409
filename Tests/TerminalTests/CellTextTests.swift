import Screen
import Testing

@testable import Terminal

@Suite struct CellTextTests {
    private func shown(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.append(contentsOf: CellText.scalars(of: Cell(text: text)))
        return result
    }

    @Test func ordinaryTextPassesThrough() {
        #expect(shown("a") == "a")
        #expect(shown("漢") == "漢")
        #expect(shown("e\u{301}") == "e\u{301}")
    }

    @Test func controlsNeverReachTheTerminal() {
        #expect(shown("\u{1B}") == "\u{FFFD}")
        #expect(shown("\u{1B}[2J") == "\u{FFFD}")
        #expect(shown("a\u{7}") == "\u{FFFD}")
        #expect(shown("\u{9B}") == "\u{FFFD}")
        #expect(shown("\u{7F}") == "\u{FFFD}")
        #expect(shown("\u{202E}") == "\u{FFFD}")
        #expect(shown("e\u{301}\u{85}") == "\u{FFFD}")
    }

    @Test("the ASCII shortcut draws what the full path draws, and only plain ASCII takes it")
    func asciiShortcutAgreesWithScalars() {
        let texts = (0..<0x80).map { String(Unicode.Scalar(UInt8($0))) }
            + ["", "ab", "e\u{301}", "é", "漢", "\u{1B}[2J", "a\u{7}", "👩‍💻", " \u{301}"]
        for text in texts {
            let cell = Cell(text: text)
            if let byte = CellText.printableASCII(cell) {
                #expect(CellText.scalars(of: cell) == [Unicode.Scalar(byte)], "\(text.unicodeScalars.map(\.value))")
            }
            let plain = text.utf8.count == 1 && text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
            #expect((CellText.printableASCII(cell) != nil) == (plain || text.isEmpty), "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func emptyCellIsASpaceAndALoneMarkSitsOnOne() {
        #expect(shown("") == " ")
        #expect(shown("\u{301}") == " \u{301}")
    }

    @Test func keepsTheFirstCharacterOfAJoinedSequence() {
        // 👨‍👩‍👧: man, ZWJ, woman, ZWJ, girl. One cell shows the first person only.
        #expect(shown("👨\u{200D}👩\u{200D}👧") == "👨")
        // A skin-tone modifier is a spacing character of its own to many terminals.
        #expect(shown("👍🏽") == "👍")
    }

    @Test func atMostFiveScalars() {
        let marks = "a" + String(repeating: "\u{301}", count: 8)
        #expect(CellText.scalars(of: Cell(text: marks)).count == CellText.maximumScalars)
    }
}
