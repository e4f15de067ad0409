/// A one-line text input with a cursor, as the search bar and the filter prompt use. It edits
/// like a shell's line: by characters (grapheme clusters), by words, to either end.
///
/// The cursor is a place in the text's UTF-8, never counted in characters: typing a combining
/// mark, a joiner or a variation selector joins the character before it, so the count of
/// characters need not grow. What is typed goes exactly where the cursor is and the cursor
/// after it, so text typed is kept in the order typed, even when it joins the character after
/// it (a base typed before a lone mark): the cursor is then inside that character until it
/// moves, and shown on it.
public struct TextField: Sendable, Equatable {
    /// The text typed.
    public private(set) var text: String = ""
    /// The cursor, as the number of UTF-8 bytes before it; between two scalars, and between two
    /// characters after every move.
    public private(set) var cursorOffset: Int = 0

    /// Creates a field holding `text`, the cursor at its end.
    public init(_ text: String = "") {
        self.text = text
        cursorOffset = text.utf8.count
    }

    /// The start of the character the cursor is on (the cursor itself unless typing left it
    /// inside a character); `text.endIndex` when the cursor is after the last character.
    public var cursor: String.Index { Self.characterStart(of: exactCursor, in: text) }

    /// Where the cursor is, as an index into `text`.
    private var exactCursor: String.Index { text.utf8.index(text.startIndex, offsetBy: cursorOffset) }

    /// True when the cursor is after the last character.
    public var isCursorAtEnd: Bool { cursorOffset == text.utf8.count }

    // MARK: - Typing and deleting

    /// Inserts text at the cursor and puts the cursor after it.
    public mutating func insert(_ inserted: some StringProtocol) {
        guard !inserted.isEmpty else { return }
        let index = exactCursor
        text.replaceSubrange(index..<index, with: inserted)
        cursorOffset += inserted.utf8.count
    }

    /// Deletes before the cursor: the last scalar of a character built of several, unless it is
    /// an emoji sequence (so "चा" loses its vowel sign, "क्ष" its second consonant and "é" typed
    /// as e and U+0301 its accent, as browsers and shells do), else the whole character; inside
    /// a character, the scalar before the cursor. False when the cursor is at the start.
    @discardableResult
    public mutating func deleteBackward() -> Bool {
        let end = exactCursor
        guard end > text.startIndex else { return false }
        let last = text.unicodeScalars.index(before: end)
        if cursor != end {
            remove(last..<end)
            return true
        }
        let start = text.index(before: end)
        let isSequence = last > start && !text.unicodeScalars[start..<end].contains { $0.properties.isEmoji }
        remove(isSequence ? last..<end : start..<end)
        return true
    }

    /// Deletes the character after the cursor; false when the cursor is at the end.
    @discardableResult
    public mutating func deleteForward() -> Bool {
        let start = exactCursor
        guard start < text.endIndex else { return false }
        remove(start..<text.index(after: start))
        return true
    }

    /// Deletes back to the start of the word before the cursor, spaces after it included
    /// (Ctrl-W in a shell: words are separated by spaces).
    public mutating func deleteWordBackward() {
        let end = exactCursor
        var start = cursor
        while start > text.startIndex, text[text.index(before: start)].isWhitespace { start = text.index(before: start) }
        while start > text.startIndex, !text[text.index(before: start)].isWhitespace { start = text.index(before: start) }
        remove(start..<end)
    }

    /// Deletes from the start to the cursor (Ctrl-U).
    public mutating func deleteToStart() {
        remove(text.startIndex..<exactCursor)
    }

    /// Deletes from the cursor to the end (Ctrl-K).
    public mutating func deleteToEnd() {
        text.removeSubrange(exactCursor...)
    }

    // MARK: - Moving

    /// Moves the cursor by characters (negative is left), stopping at either end. From inside a
    /// character, left goes to its start and right to its end.
    public mutating func moveCursor(by delta: Int) {
        var index = cursor
        var steps = abs(delta)
        if delta < 0, index != exactCursor { steps -= 1 }
        for _ in 0..<steps {
            if delta < 0, index > text.startIndex { index = text.index(before: index) }
            if delta > 0, index < text.endIndex { index = text.index(after: index) }
        }
        cursorOffset = text.utf8.distance(from: text.startIndex, to: index)
    }

    /// Moves the cursor to the start (false) or the end (true).
    public mutating func moveCursorToEnd(_ end: Bool) {
        cursorOffset = end ? text.utf8.count : 0
    }

    /// Moves the cursor to the end of the next word (forward) or the start of this or the last
    /// word (backward), as Alt-F and Alt-B do in a shell: words are runs of letters and digits.
    public mutating func moveWord(forward: Bool) {
        var index = forward ? Self.characterEnd(of: exactCursor, in: text) : cursor
        if forward {
            while index < text.endIndex, !TextField.isWordCharacter(text[index]) { index = text.index(after: index) }
            while index < text.endIndex, TextField.isWordCharacter(text[index]) { index = text.index(after: index) }
        } else {
            while index > text.startIndex, !TextField.isWordCharacter(text[text.index(before: index)]) {
                index = text.index(before: index)
            }
            while index > text.startIndex, TextField.isWordCharacter(text[text.index(before: index)]) {
                index = text.index(before: index)
            }
        }
        cursorOffset = text.utf8.distance(from: text.startIndex, to: index)
    }

    // MARK: - Characters and words

    /// True for the characters of a word, for Alt-F and Alt-B.
    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }

    /// Removes `range` (of scalars) and puts the cursor where it began.
    private mutating func remove(_ range: Range<String.Index>) {
        let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
        text.removeSubrange(range)
        cursorOffset = start
    }

    /// The start of the character `index` is in (`index` itself at a character's start).
    static func characterStart(of index: String.Index, in text: String) -> String.Index {
        guard index < text.endIndex else { return text.endIndex }
        // Stepping past the character and back lands on its start.
        return text.index(before: text.index(after: index))
    }

    /// The end of the character `index` is inside; `index` itself between characters.
    static func characterEnd(of index: String.Index, in text: String) -> String.Index {
        characterStart(of: index, in: text) == index ? index : text.index(after: index)
    }
}
