import FolioKit

/// The input row above the status line: the search bar (`/query`, counter, options, or the
/// error of an invalid regular expression), the filter prompt or the address bar.
enum InputBar {
    static func render(_ state: AppState, into buffer: inout ScreenBuffer, row y: Int) {
        let theme = state.theme
        buffer.fill(Rect(x: 0, y: y, width: buffer.width, height: 1), style: theme[.status])
        let (field, prompt, right, isError) = parts(state)
        let rightX = rightX(right, width: buffer.width)
        buffer.writeTruncated(right, x: rightX, y: y, style: theme[isError ? .error : .status], maxX: buffer.width - 1)
        let limit = max(0, rightX - 1)
        let x = buffer.write(prompt, x: 0, y: y, style: theme[.status], maxX: limit)
        draw(field, into: &buffer, x: x, y: y, maxX: limit, style: theme[.status])
    }

    /// What the bar shows: the field, its prompt, and the text on its right (an error, or not).
    static func parts(_ state: AppState) -> (field: TextField, prompt: String, right: String, isError: Bool) {
        if state.address.isEditing {
            return (state.address.field, "Save URL: ", "Enter saves · Esc cancels", false)
        }
        guard state.search.isEditing else {
            return (state.list.filter, "Filter: ", "\(state.shownEntries.count) of \(state.entries.count)", false)
        }
        let prompt = (state.search.isWholeWord ? "word " : "") + (state.search.isRegex ? "regex /" : "/")
        let scope = state.search.scope == .article ? "this article" : "all articles"
        var right = state.search.error ?? (state.search.field.text.isEmpty ? "" : StatusLine.counter(state))
        right += right.isEmpty ? "[\(scope)]" : "  [\(scope)]"
        return (state.search.field, prompt, right, state.search.error != nil)
    }

    /// The column the right side of a bar `width` wide starts at: it takes at most half the
    /// bar, so the query stays visible; the field ends a column before it.
    static func rightX(_ right: String, width: Int) -> Int {
        max(width / 2, width - DisplayWidth.of(right) - 1)
    }

    /// Draws a field's text in columns `x..<maxX` of row `y` with its cursor (the character
    /// under it in reverse, or a reverse space after the text). The end of the text is in view
    /// while the cursor is in it, as when typing; a cursor further back has a third of the room
    /// before it. Only the characters shown are measured, so a field of thousands of
    /// characters (a paste) costs no more than a short one.
    static func draw(_ field: TextField, into buffer: inout ScreenBuffer, x: Int, y: Int, maxX: Int, style: Style) {
        let room = maxX - x
        guard room > 0 else { return }
        let text = field.text
        let cursor = field.cursor
        var cursorStyle = style
        cursorStyle.attributes.formSymmetricDifference(.reverse)
        var first = start(before: text.endIndex, in: text, room: room - (cursor == text.endIndex ? 1 : 0))
        if cursor < first { first = start(before: cursor, in: text, room: room / 3) }
        var column = x
        var index = first
        while index < text.endIndex {
            let next = buffer.write(
                shown(text[index]), x: column, y: y, style: index == cursor ? cursorStyle : style, maxX: maxX)
            if next == column { break }
            column = next
            index = text.index(after: index)
        }
        if cursor == text.endIndex, index == cursor, column < maxX {
            buffer.write(" ", x: column, y: y, style: cursorStyle)
        }
    }

    /// The first of the characters before `end` that fit in `room` columns together.
    private static func start(before end: String.Index, in text: String, room: Int) -> String.Index {
        var first = end
        var used = 0
        while first > text.startIndex {
            let previous = text.index(before: first)
            used += columns(text[previous])
            if used > room { break }
            first = previous
        }
        return first
    }

    /// A character as the bar shows it: as the screen does (controls as symbols), and one of no
    /// width (a mark or joiner with nothing before it) on a dotted circle, as fonts show a lone
    /// mark, so that it takes a cell the cursor can be on.
    static func shown(_ character: Character) -> String {
        let visible = ScreenBuffer.visible(character)
        return DisplayWidth.of(visible) == 0 ? "\u{25CC}" + String(visible) : String(visible)
    }

    /// The columns the bar gives a character.
    static func columns(_ character: Character) -> Int {
        DisplayWidth.of(shown(character))
    }
}
