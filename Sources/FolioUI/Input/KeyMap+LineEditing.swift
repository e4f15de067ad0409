extension KeyMap {
    /// The keys that edit a one-line input (the search bar, the filter prompt) as a shell's
    /// line editor does: by characters, by words and to either end.
    static func lineEditing(in context: KeyContext) -> [KeyBinding] {
        [
            KeyBinding([.backspace], .deleteBackward, "delete back (closes when empty)", in: context),
            KeyBinding([.delete, .control("d")], .deleteForward, "delete the character under the cursor", in: context),
            KeyBinding([.left, .control("b")], .moveCursor(-1), "cursor left", in: context),
            KeyBinding([.right, .control("f")], .moveCursor(1), "cursor right", in: context),
            KeyBinding([.alt("b")], .moveWord(forward: false), "back a word", in: context),
            KeyBinding([.alt("f")], .moveWord(forward: true), "forward a word", in: context),
            KeyBinding([.home, .control("a")], .moveCursorToEnd(false), "to the start", in: context),
            KeyBinding([.end, .control("e")], .moveCursorToEnd(true), "to the end", in: context),
            KeyBinding([.control("w")], .deleteWord, "delete the word before the cursor", in: context),
            KeyBinding([.control("u")], .deleteToStart, "delete to the start", in: context),
            KeyBinding([.control("k")], .deleteToEnd, "delete to the end", in: context),
        ]
    }
}
