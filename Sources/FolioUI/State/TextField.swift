/// A one-line text input with a cursor, as the search bar and the filter prompt use.
public struct TextField: Sendable, Equatable {
    /// The text typed.
    public private(set) var text: String = ""
    /// The cursor position, in characters from the start.
    public private(set) var cursor: Int = 0

    /// Creates a field holding `text`, the cursor at its end.
    public init(_ text: String = "") {
        self.text = text
        cursor = text.count
    }

    /// Inserts a character at the cursor.
    public mutating func insert(_ character: Character) {
        var characters = Array(text)
        characters.insert(character, at: cursor)
        text = String(characters)
        cursor += 1
    }

    /// Deletes the character before the cursor; false when there is none.
    @discardableResult
    public mutating func deleteBackward() -> Bool {
        guard cursor > 0 else { return false }
        var characters = Array(text)
        characters.remove(at: cursor - 1)
        text = String(characters)
        cursor -= 1
        return true
    }

    /// Deletes the word before the cursor (and the spaces after it), like Ctrl-W in a shell.
    public mutating func deleteWord() {
        var characters = Array(text)
        var start = cursor
        while start > 0, characters[start - 1] == " " { start -= 1 }
        while start > 0, characters[start - 1] != " " { start -= 1 }
        characters.removeSubrange(start..<cursor)
        text = String(characters)
        cursor = start
    }

    /// Moves the cursor one character left or right (negative is left).
    public mutating func moveCursor(by delta: Int) {
        cursor = min(max(0, cursor + delta), text.count)
    }
}
