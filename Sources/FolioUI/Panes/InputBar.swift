import FolioKit

/// The input row above the status line: the search bar (`/query`, counter, options, or the
/// error of an invalid regular expression) or the filter prompt.
enum InputBar {
    static func render(_ state: AppState, into buffer: inout ScreenBuffer, row y: Int) {
        let theme = state.theme
        buffer.fill(Rect(x: 0, y: y, width: buffer.width, height: 1), style: theme[.status])
        let field: TextField
        let prompt: String
        var right: String
        var rightStyle = theme[.status]
        if state.search.isEditing {
            field = state.search.field
            prompt = (state.search.isWholeWord ? "word " : "") + (state.search.isRegex ? "regex /" : "/")
            let scope = state.search.scope == .article ? "this article" : "all articles"
            if let error = state.search.error {
                right = error
                rightStyle = theme[.error]
            } else {
                right = state.search.field.text.isEmpty ? "" : StatusLine.counter(state)
            }
            right += right.isEmpty ? "[\(scope)]" : "  [\(scope)]"
        } else {
            field = state.list.filter
            prompt = "Filter: "
            right = "\(state.shownEntries.count) of \(state.entries.count)"
        }
        // The right side takes at most half the bar, so the query stays visible.
        let rightX = max(buffer.width / 2, buffer.width - DisplayWidth.of(right) - 1)
        buffer.writeTruncated(right, x: rightX, y: y, style: rightStyle, maxX: buffer.width - 1)
        let limit = max(0, rightX - 1)
        var x = buffer.write(prompt, x: 0, y: y, style: theme[.status], maxX: limit)
        let characters = Array(field.text)
        // Keep the cursor in view when the text is longer than the room.
        var first = 0
        while first < field.cursor,
            DisplayWidth.of(String(characters[first..<field.cursor])) >= limit - x
        {
            first += 1
        }
        for (offset, character) in characters[first...].enumerated() {
            let cursor = first + offset == field.cursor
            var style = theme[.status]
            if cursor { style.attributes.formSymmetricDifference(.reverse) }
            let next = buffer.write(String(character), x: x, y: y, style: style, maxX: limit)
            if next == x, DisplayWidth.of(character) > 0 { break }
            x = next
        }
        if field.cursor == characters.count, x < limit {
            var style = theme[.status]
            style.attributes.formSymmetricDifference(.reverse)
            buffer.write(" ", x: x, y: y, style: style)
        }
    }
}
