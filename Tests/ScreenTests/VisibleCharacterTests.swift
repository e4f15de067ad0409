import FolioKit
import Testing

@testable import Screen

/// What a cell may hold: each character as `UntrustedText` has the screen.
@Suite struct VisibleCharacterTests {
    @Test("a character shows as the policy has it on the screen: controls as symbols, C1 and bidi controls as U+FFFD")
    func visibleFollowsThePolicy() {
        for value in UInt32(0)...0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected: Character
            switch UntrustedText.treatment(of: scalar, for: .screen) {
            case .shown(let shown): expected = Character(shown)
            default: expected = Character(scalar)
            }
            #expect(ScreenBuffer.visible(Character(scalar)) == expected, "U+\(String(value, radix: 16))")
        }
    }

    @Test("a cluster shows as its first character has it: a carriage return and line feed as ␍")
    func clusters() {
        #expect(ScreenBuffer.visible("\r\n") == "␍")
        #expect(ScreenBuffer.visible("e\u{301}") == "e\u{301}")
        #expect(ScreenBuffer.visible("👨\u{200D}👩") == "👨\u{200D}👩")
    }
}
