import FolioUI
import Testing

/// The one-line input of the search bar and the filter: a cursor that stays between characters
/// whatever is typed, and a shell's editing keys.
@Suite struct TextFieldTests {
    /// A field holding `text` with the cursor after `before` characters.
    static func field(_ text: String, cursorAt before: Int) -> TextField {
        var field = TextField(text)
        field.moveCursorToEnd(false)
        field.moveCursor(by: before)
        return field
    }

    /// The text before the cursor.
    static func beforeCursor(_ field: TextField) -> String { String(field.text[..<field.cursor]) }

    @Test("a mark, joiner or selector typed at the end joins the character before it; the cursor stays at the end")
    func joiningAtTheEnd() {
        for (base, joining) in [("e", "\u{301}"), ("च", "\u{093E}"), ("ท", "\u{0E35}"), ("👨", "\u{200D}👩"), ("❤", "\u{FE0F}")] {
            var field = TextField()
            for scalar in (base + joining).unicodeScalars { field.insert(String(scalar)) }
            #expect(field.text == base + joining)
            #expect(field.isCursorAtEnd)
            #expect(field.text.count == 1)
        }
    }

    @Test("text typed before a mark or a joiner is kept in the order typed; the cursor shows on what it joined until it moves")
    func joiningTheCharacterAfter() {
        var field = TextField("\u{301}x")
        field.moveCursorToEnd(false)
        field.insert("e")
        #expect(field.text == "e\u{301}x")
        #expect(Self.beforeCursor(field) == "")  // on "é"
        field.insert("a")
        #expect(field.text == "ea\u{301}x")
        field.moveCursor(by: 1)
        #expect(Self.beforeCursor(field) == "ea\u{301}")
        // A joiner typed before an emoji, then more: in the order typed.
        field = TextField("👍🏽")
        field.moveCursorToEnd(false)
        for scalar in "\u{200D}🇷ष".unicodeScalars { field.insert(String(scalar)) }
        #expect(field.text == "\u{200D}🇷ष👍🏽")
        field = TextField("👍")
        field.moveCursorToEnd(false)
        field.insert("\u{1F3FD}")
        field.insert("x")
        #expect(field.text == "\u{1F3FD}x👍")
        field.moveCursorToEnd(false)
        field.insert("👩")
        field.deleteBackward()
        #expect(field.text == "\u{1F3FD}x👍")
    }

    @Test("Backspace takes a mark off its character, a whole emoji sequence, or a plain character")
    func backspace() {
        var field = TextField("चा")
        field.deleteBackward()
        #expect(field.text == "च")
        field = TextField("e\u{301}")
        field.deleteBackward()
        #expect(field.text == "e")
        field = TextField("a👨\u{200D}👩\u{200D}👧")
        field.deleteBackward()
        #expect(field.text == "a")
        field = TextField("ab")
        var deleted = field.deleteBackward()
        #expect(deleted && field.text == "a" && field.isCursorAtEnd)
        field = Self.field("ab", cursorAt: 0)
        deleted = field.deleteBackward()
        #expect(!deleted && field.text == "ab")
    }

    @Test("Delete takes the character under the cursor")
    func deleteForward() {
        var field = Self.field("ab\u{301}c", cursorAt: 1)
        var deleted = field.deleteForward()
        #expect(deleted)
        #expect(field.text == "ac")
        #expect(Self.beforeCursor(field) == "a")
        field.moveCursorToEnd(true)
        deleted = field.deleteForward()
        #expect(!deleted)
    }

    @Test("Ctrl-W, Ctrl-U and Ctrl-K delete a word back, to the start and to the end")
    func deletions() {
        var field = Self.field("peace  talks today", cursorAt: 13)
        field.deleteWordBackward()
        #expect(field.text == "peace  today")
        #expect(Self.beforeCursor(field) == "peace  ")
        field.deleteWordBackward()
        #expect(field.text == "today")
        field = Self.field("peace talks", cursorAt: 6)
        field.deleteToEnd()
        #expect(field.text == "peace ")
        #expect(field.isCursorAtEnd)
        field = Self.field("peace talks", cursorAt: 6)
        field.deleteToStart()
        #expect(field.text == "talks")
        #expect(Self.beforeCursor(field) == "")
    }

    @Test("Home, End, Alt-B and Alt-F move over words of letters and digits, marks included")
    func movingByWords() {
        var field = TextField("the café—2024 चाय, ok")
        field.moveWord(forward: false)
        #expect(Self.beforeCursor(field) == "the café—2024 चाय, ")
        field.moveWord(forward: false)
        #expect(Self.beforeCursor(field) == "the café—2024 ")
        field.moveWord(forward: false)
        #expect(Self.beforeCursor(field) == "the café—")
        field.moveWord(forward: true)
        #expect(Self.beforeCursor(field) == "the café—2024")
        field.moveWord(forward: true)
        #expect(Self.beforeCursor(field) == "the café—2024 चाय")
        field.moveCursorToEnd(false)
        #expect(Self.beforeCursor(field) == "")
        field.moveWord(forward: true)
        #expect(Self.beforeCursor(field) == "the")
        field.moveCursorToEnd(true)
        #expect(field.isCursorAtEnd)
        field.moveCursor(by: -4)
        #expect(Self.beforeCursor(field) == "the café—2024 चाय")
        field.moveCursor(by: 100)
        #expect(field.isCursorAtEnd)
    }
}
