import Screen
import Testing

@testable import Terminal

/// ncurses key codes, as its ABI defines them (curses.h, octal).
private enum NcursesCode {
    static let down: Int32 = 0o402, up: Int32 = 0o403, left: Int32 = 0o404, right: Int32 = 0o405
    static let home: Int32 = 0o406, backspace: Int32 = 0o407, f0: Int32 = 0o410
    static let delete: Int32 = 0o512, insert: Int32 = 0o513
    static let pageDown: Int32 = 0o522, pageUp: Int32 = 0o523, enter: Int32 = 0o527
    static let keypadHome: Int32 = 0o534, keypadPageUp: Int32 = 0o535
    static let keypadEnd: Int32 = 0o537, keypadPageDown: Int32 = 0o540
    static let backTab: Int32 = 0o541, end: Int32 = 0o550
    static let mouse: Int32 = 0o631, resize: Int32 = 0o632
}

/// ncurses mouse masks (NCURSES_MOUSE_VERSION 2: five bits per button).
private enum MouseMask {
    static func button(_ number: Int, _ event: UInt) -> UInt { event << ((number - 1) * 5) }
    static let released: UInt = 0o1, pressed: UInt = 0o2, clicked: UInt = 0o4
}

@Suite struct KeyDecoderTests {
    @Test(arguments: [
        (NcursesCode.up, Key.up), (NcursesCode.down, .down), (NcursesCode.left, .left),
        (NcursesCode.right, .right), (NcursesCode.pageUp, .pageUp), (NcursesCode.pageDown, .pageDown),
        (NcursesCode.home, .home), (NcursesCode.end, .end), (NcursesCode.keypadHome, .home),
        (NcursesCode.keypadEnd, .end), (NcursesCode.keypadPageUp, .pageUp),
        (NcursesCode.keypadPageDown, .pageDown), (NcursesCode.enter, .enter),
        (NcursesCode.backspace, .backspace), (NcursesCode.delete, .delete),
        (NcursesCode.backTab, .backTab),
    ])
    func namedKeys(code: Int32, key: Key) {
        #expect(KeyDecoder.key(for: .keyCode(code)) == key)
    }

    @Test func functionKeysOneToTwelve() {
        for number in 1...12 {
            #expect(KeyDecoder.key(for: .keyCode(NcursesCode.f0 + Int32(number))) == .function(number))
        }
        #expect(KeyDecoder.key(for: .keyCode(NcursesCode.f0 + 13)) == nil)
        #expect(KeyDecoder.key(for: .keyCode(NcursesCode.f0)) == nil)
    }

    @Test func enterTabEscapeAndBackspaceBytes() {
        #expect(KeyDecoder.key(for: .character(13)) == .enter)
        #expect(KeyDecoder.key(for: .character(10)) == .enter)
        #expect(KeyDecoder.key(for: .character(9)) == .tab)
        #expect(KeyDecoder.key(for: .character(27)) == .escape)
        #expect(KeyDecoder.key(for: .character(127)) == .backspace)
        #expect(KeyDecoder.key(for: .character(8)) == .backspace)
    }

    @Test func controlLettersExceptTabEnterAndBackspace() {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        for value in UInt32(1)...26 where ![8, 9, 10, 13].contains(value) {
            #expect(KeyDecoder.key(for: .character(value)) == .control(letters[Int(value) - 1]))
        }
        #expect(KeyDecoder.key(for: .character(3)) == .control("c"))
        #expect(KeyDecoder.key(for: .character(0x1A)) == .control("z"))
    }

    @Test func printableCharactersIncludingWideOnes() {
        #expect(KeyDecoder.key(for: .character(UInt32(UInt8(ascii: "q")))) == .character("q"))
        #expect(KeyDecoder.key(for: .character(UInt32(UInt8(ascii: " ")))) == .character(" "))
        #expect(KeyDecoder.key(for: .character(0xE9)) == .character("é"))
        #expect(KeyDecoder.key(for: .character(0x6F22)) == .character("漢"))
        #expect(KeyDecoder.key(for: .character(0x1F44D)) == .character("👍"))
    }

    @Test func controlsThatAreNotKeysAreIgnored() {
        #expect(KeyDecoder.key(for: .character(0)) == nil)  // Ctrl-@
        #expect(KeyDecoder.key(for: .character(0x1C)) == nil)  // Ctrl-\
        #expect(KeyDecoder.key(for: .character(0x9B)) == nil)  // C1 CSI
        #expect(KeyDecoder.key(for: .character(0xD800)) == nil)  // a lone surrogate
        #expect(KeyDecoder.key(for: .keyCode(NcursesCode.insert)) == nil)
    }

    @Test func resizeCarriesTheNewSize() {
        let key = KeyDecoder.key(for: .keyCode(NcursesCode.resize), size: (132, 43))
        #expect(key == .resize(width: 132, height: 43))
    }

    @Test func wheelAndLeftPress() {
        func decode(_ buttons: UInt) -> Key? {
            KeyDecoder.key(for: .keyCode(NcursesCode.mouse), mouse: MouseReport(x: 7, y: 3, buttons: buttons))
        }
        #expect(decode(MouseMask.button(4, MouseMask.pressed)) == .mouse(MouseEvent(kind: .wheelUp, x: 7, y: 3)))
        #expect(decode(MouseMask.button(5, MouseMask.pressed)) == .mouse(MouseEvent(kind: .wheelDown, x: 7, y: 3)))
        #expect(decode(MouseMask.button(1, MouseMask.pressed)) == .mouse(MouseEvent(kind: .click, x: 7, y: 3)))
        #expect(decode(MouseMask.button(1, MouseMask.clicked)) == .mouse(MouseEvent(kind: .click, x: 7, y: 3)))
        #expect(decode(MouseMask.button(1, MouseMask.released)) == nil)
        #expect(decode(MouseMask.button(3, MouseMask.pressed)) == nil)
        #expect(KeyDecoder.key(for: .keyCode(NcursesCode.mouse), mouse: nil) == nil)
    }
}
