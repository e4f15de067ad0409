import Screen
import Testing

@testable import Terminal

/// Inputs read together, as ncurses hands them over (characters one by one, key codes such as
/// `KEY_UP`, 0o403, and `KEY_RESIZE`, 0o632), becoming keys.
@Suite struct KeyStreamTests {
    /// The inputs of text as a terminal sends it: one `.character` per scalar.
    static func inputs(_ text: String) -> [RawInput] {
        text.unicodeScalars.map { .character($0.value) }
    }

    /// The keys of inputs read together.
    static func keys(_ inputs: [RawInput]) -> [Key] {
        var stream = KeyStream()
        return inputs.flatMap { stream.feed($0) } + stream.finish(endingPaste: true)
    }

    @Test("a bracketed paste is one key holding its text, line breaks, Esc and key names included")
    func bracketedPaste() {
        let text = "nato\rsummit\u{1B}x [201 \u{1B}[201x\tend"
        #expect(Self.keys(Self.inputs("/\u{1B}[200~" + text + "\u{1B}[201~j")) == [.character("/"), .paste(text), .character("j")])
    }

    @Test("a paste read in several turns waits for its end; one whose end never comes is what came")
    func pasteAcrossReads() {
        var stream = KeyStream()
        var keys = Self.inputs("\u{1B}[200~abc\u{1B}[20").flatMap { stream.feed($0) }
        #expect(stream.isInsidePaste)
        keys += stream.finish()
        #expect(keys.isEmpty)
        keys += Self.inputs("1~").flatMap { stream.feed($0) }
        #expect(keys == [.paste("abc")])
        #expect(!stream.isInsidePaste)

        let cut = Self.inputs("\u{1B}[200~half").flatMap { stream.feed($0) } + stream.finish(endingPaste: true)
        #expect(cut == [.paste("half")])
    }

    @Test("inside a paste, keys ncurses made of pasted bytes are dropped and a resize still comes")
    func keyCodesInAPaste() {
        let keys = Self.keys(
            Self.inputs("\u{1B}[200~a") + [.keyCode(0o403), .keyCode(0o632)] + Self.inputs("b\u{1B}[201~"))
        #expect(keys == [.resize(width: 0, height: 0), .paste("ab")])
    }

    @Test("Esc followed at once by a character is Alt and the character; Esc alone is Esc")
    func altKeys() {
        #expect(Self.keys(Self.inputs("\u{1B}b\u{1B}f")) == [.alt("b"), .alt("f")])
        #expect(Self.keys(Self.inputs("\u{1B}")) == [.escape])
        #expect(Self.keys(Self.inputs("\u{1B}\u{1B}")) == [.escape, .escape])
        #expect(Self.keys(Self.inputs("\u{1B}[")) == [.alt("[")])
        #expect(Self.keys(Self.inputs("\u{1B}\r")) == [.escape, .enter])
        #expect(Self.keys([.character(0x1B), .keyCode(0o403)]) == [.escape, .up])
    }

    @Test("escape sequences ncurses does not know are dropped, not read as keys")
    func unknownSequences() {
        // Focus in, focus out, a cursor report, an unknown private sequence.
        #expect(Self.keys(Self.inputs("\u{1B}[Ij\u{1B}[O\u{1B}[12;40R\u{1B}[?1;2ck")) == [.character("j"), .character("k")])
        #expect(KeyDecoder.key(for: .character(0x1B)) == .escape)
    }

    @Test("SGR mouse reports are mouse keys at 0-based cells: a left press, the wheel, past column 223")
    func sgrMouse() {
        func mouse(_ kind: MouseEvent.Kind, _ x: Int, _ y: Int) -> Key { .mouse(MouseEvent(kind: kind, x: x, y: y)) }
        #expect(Self.keys(Self.inputs("\u{1B}[<0;12;5Mj\u{1B}[<0;12;5m")) == [mouse(.click, 11, 4), .character("j")])
        #expect(Self.keys(Self.inputs("\u{1B}[<64;80;10M\u{1B}[<65;300;1M")) == [mouse(.wheelUp, 79, 9), mouse(.wheelDown, 299, 0)])
        // With Ctrl or Alt held, the same buttons.
        #expect(Self.keys(Self.inputs("\u{1B}[<16;2;2M\u{1B}[<73;2;2M")) == [mouse(.click, 1, 1), mouse(.wheelDown, 1, 1)])
    }

    @Test("mouse reports folio does not use are dropped: releases, drags, other buttons, broken reports")
    func otherMouseReports() {
        let reports = [
            "[<0;5;5m", "[<32;5;6M", "[<1;5;5M", "[<2;5;5M", "[<66;5;5M", "[<0;0;5M", "[<0;5M", "[<0;5;5;1M",
            "[<;5;5M", "[<0;99999999;5M",
        ]
        #expect(Self.keys(Self.inputs(reports.map { "\u{1B}" + $0 }.joined() + "q")) == [.character("q")])
    }
}
