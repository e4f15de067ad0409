/// Recognises the starts of Markdown blocks on a line's content (after at most three spaces
/// of indentation), following CommonMark.
enum MarkdownSyntax {
    /// A list item marker: its width in bytes, whether it is numbered, and its number.
    struct ListMarker {
        var width: Int
        var ordered: Bool
        var number: Int
    }

    /// An opening code fence: the fence character, its length and its indentation.
    struct Fence {
        var character: UInt8
        var length: Int
        var indent: Int
    }

    /// How an HTML block ends.
    enum HTMLBlockEnd {
        /// At the line containing the given (lower-case) text; the block is skipped.
        case marker([UInt8])
        /// At a blank line; the block's text is kept without its tags.
        case blankLine
    }

    /// `***`, `- - -`, `___`: three or more of one character, spaces and tabs allowed between.
    static func isThematicBreak(_ rest: ArraySlice<UInt8>) -> Bool {
        guard let first = rest.first, first == 0x2A || first == 0x2D || first == 0x5F else { return false }
        var count = 0
        for byte in rest {
            if byte == first {
                count += 1
            } else if byte != 0x20, byte != 0x09 {
                return false
            }
        }
        return count >= 3
    }

    /// An ATX heading's level and raw content (closing `#`s and surrounding space removed).
    static func atxHeading(_ rest: ArraySlice<UInt8>) -> (level: Int, content: ArraySlice<UInt8>)? {
        var index = rest.startIndex
        while index < rest.endIndex, rest[index] == 0x23 { index += 1 }
        let level = index - rest.startIndex
        guard (1...6).contains(level) else { return nil }
        if index < rest.endIndex, rest[index] != 0x20, rest[index] != 0x09 { return nil }
        var end = rest.endIndex
        while end > index, rest[end - 1] == 0x20 || rest[end - 1] == 0x09 { end -= 1 }
        // A closing sequence: #s preceded by a space or tab (or making up the whole content).
        var hashes = end
        while hashes > index, rest[hashes - 1] == 0x23 { hashes -= 1 }
        if hashes < end, hashes == index || rest[hashes - 1] == 0x20 || rest[hashes - 1] == 0x09 {
            end = hashes
            while end > index, rest[end - 1] == 0x20 || rest[end - 1] == 0x09 { end -= 1 }
        }
        while index < end, rest[index] == 0x20 || rest[index] == 0x09 { index += 1 }
        return (level, rest[index..<end])
    }

    /// 1 for a `===` underline, 2 for `---`, nil otherwise.
    static func setextLevel(_ rest: ArraySlice<UInt8>) -> Int? {
        guard let first = rest.first, first == 0x3D || first == 0x2D else { return nil }
        var index = rest.startIndex
        while index < rest.endIndex, rest[index] == first { index += 1 }
        while index < rest.endIndex, rest[index] == 0x20 || rest[index] == 0x09 { index += 1 }
        guard index == rest.endIndex else { return nil }
        return first == 0x3D ? 1 : 2
    }

    /// An opening fence of three or more backticks or tildes.
    static func fence(_ line: MarkdownLine) -> Fence? {
        let indent = line.indent
        guard indent < 4 else { return nil }
        let rest = line.rest
        guard let first = rest.first, first == 0x60 || first == 0x7E else { return nil }
        var index = rest.startIndex
        while index < rest.endIndex, rest[index] == first { index += 1 }
        let length = index - rest.startIndex
        guard length >= 3 else { return nil }
        if first == 0x60, rest[index...].contains(0x60) { return nil }
        return Fence(character: first, length: length, indent: indent)
    }

    /// Whether the line closes `fence`.
    static func closes(_ fence: Fence, _ line: MarkdownLine) -> Bool {
        guard line.indent < 4 else { return false }
        let rest = line.rest
        var index = rest.startIndex
        while index < rest.endIndex, rest[index] == fence.character { index += 1 }
        guard index - rest.startIndex >= fence.length else { return false }
        return rest[index...].allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    /// A bullet (`-`, `+`, `*`) or ordered (`1.`, `2)`) list marker followed by white space or
    /// the end of the line.
    static func listMarker(_ rest: ArraySlice<UInt8>) -> ListMarker? {
        guard let first = rest.first else { return nil }
        var marker: ListMarker
        if first == 0x2D || first == 0x2B || first == 0x2A {
            marker = ListMarker(width: 1, ordered: false, number: 0)
        } else {
            var index = rest.startIndex
            var number = 0
            while index < rest.endIndex, index - rest.startIndex < 9, isDigit(rest[index]) {
                number = number * 10 + Int(rest[index] - 0x30)
                index += 1
            }
            let digits = index - rest.startIndex
            guard digits > 0, index < rest.endIndex, rest[index] == 0x2E || rest[index] == 0x29 else { return nil }
            marker = ListMarker(width: digits + 1, ordered: true, number: number)
        }
        let after = rest.startIndex + marker.width
        guard after == rest.endIndex || rest[after] == 0x20 || rest[after] == 0x09 else { return nil }
        return marker
    }

    /// How an HTML block starting on this content ends, nil when no HTML block starts here.
    /// `interrupting` excludes the kind (a lone tag) that cannot interrupt a paragraph.
    static func htmlBlock(_ rest: ArraySlice<UInt8>, interrupting: Bool) -> HTMLBlockEnd? {
        guard rest.first == 0x3C else { return nil }
        let lower = rest.prefix(16).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        for name in ["script", "pre", "style", "textarea"] {
            let open = Array("<\(name)".utf8)
            if lower.starts(with: open) {
                let next = open.count < lower.count ? lower[open.count] : 0x20
                if next == 0x20 || next == 0x09 || next == 0x3E { return .marker(Array("</\(name)>".utf8)) }
            }
        }
        if lower.starts(with: Array("<!--".utf8)) { return .marker(Array("-->".utf8)) }
        if lower.starts(with: Array("<?".utf8)) { return .marker(Array("?>".utf8)) }
        if lower.starts(with: Array("<![cdata[".utf8)) { return .marker(Array("]]>".utf8)) }
        if lower.count > 2, lower[1] == 0x21, isLetter(lower[2]) { return .marker([0x3E]) }
        var index = rest.startIndex + 1
        if index < rest.endIndex, rest[index] == 0x2F { index += 1 }
        let nameStart = index
        while index < rest.endIndex, isLetter(rest[index]) || isDigit(rest[index]) { index += 1 }
        let name = String(decoding: rest[nameStart..<index], as: UTF8.self).lowercased()
        if blockTagNames.contains(name) {
            let next = index < rest.endIndex ? rest[index] : 0x20
            let selfClosing = next == 0x2F && index + 1 < rest.endIndex && rest[index + 1] == 0x3E
            if next == 0x20 || next == 0x09 || next == 0x3E || selfClosing { return .blankLine }
        }
        if !interrupting, let end = MarkdownHTMLTag.end(of: rest, at: rest.startIndex),
            rest[end...].allSatisfy({ $0 == 0x20 || $0 == 0x09 })
        {
            return .blankLine
        }
        return nil
    }

    /// Whether a line would start a block rather than continue the paragraph before it.
    /// For a lazy line (the paragraph is in an inner container) any list item counts: it
    /// starts an item of the outer container.
    static func interruptsParagraph(_ line: MarkdownLine, lazily: Bool = false) -> Bool {
        guard line.indent < 4 else { return false }
        let rest = line.rest
        guard let first = rest.first else { return true }
        if first == 0x3E || isThematicBreak(rest) || atxHeading(rest) != nil || fence(line) != nil {
            return true
        }
        if htmlBlock(rest, interrupting: true) != nil { return true }
        if let marker = listMarker(rest) {
            let content = rest.dropFirst(marker.width)
            let blank = content.allSatisfy { $0 == 0x20 || $0 == 0x09 }
            return lazily || (!blank && (!marker.ordered || marker.number == 1))
        }
        return false
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    private static let blockTagNames: Set<String> = [
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center",
        "col", "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5",
        "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "link", "main", "menu",
        "menuitem", "nav", "noframes", "ol", "optgroup", "option", "p", "param", "search", "section",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "track", "ul",
    ]
}
