/// Splits Markdown into leaf blocks following CommonMark's block structure: block quotes and
/// list items are read by collecting their lines (prefixes removed) and reading those again,
/// down to `maxDepth` levels of nesting.
struct MarkdownBlockParser {
    /// Containers nested deeper than this are read as plain text.
    static let maxDepth = 32

    /// The leaf blocks in document order (list items' and quotes' paragraphs flattened).
    private(set) var blocks: [MarkdownBlock] = []
    /// Link reference definitions: normalised label → destination.
    private(set) var definitions: [String: String] = [:]

    /// Reads the lines of a container; `container` is how its paragraphs are shown.
    mutating func parse(_ lines: [MarkdownLine], depth: Int = 0, container: BlockKind = .paragraph) {
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.isBlank {
                index += 1
            } else if line.lazy {
                index = paragraph(lines, from: index, container: container)
            } else if line.indent >= 4 {
                index = indentedCode(lines, from: index)
            } else if let fence = MarkdownSyntax.fence(line) {
                index = fencedCode(lines, from: index, fence: fence)
            } else if let heading = MarkdownSyntax.atxHeading(line.rest) {
                var content = line
                content.column += heading.content.startIndex - line.bytes.startIndex
                content.bytes = heading.content
                blocks.append(MarkdownBlock(kind: .heading(heading.level), lines: [content]))
                index += 1
            } else if MarkdownSyntax.isThematicBreak(line.rest) {
                index += 1
            } else if line.rest.first == 0x3E {
                index = quote(lines, from: index, depth: depth)
            } else if let marker = MarkdownSyntax.listMarker(line.rest) {
                index = listItem(lines, from: index, marker: marker, depth: depth)
            } else if let end = MarkdownSyntax.htmlBlock(line.rest, interrupting: false) {
                index = htmlBlock(lines, from: index, end: end, container: container)
            } else {
                index = paragraph(lines, from: index, container: container)
            }
        }
    }

    // MARK: - Leaf blocks

    private mutating func paragraph(_ lines: [MarkdownLine], from start: Int, container: BlockKind) -> Int {
        if start + 1 < lines.count, !lines[start + 1].lazy, lines[start + 1].indent < 4,
            let columns = MarkdownTable.delimiterColumns(lines[start + 1].rest),
            MarkdownTable.cells(lines[start].rest).count == columns
        {
            return table(lines, from: start, container: container)
        }
        var text = [lines[start].trimmedLeading]
        var index = start + 1
        var setext: Int?
        while index < lines.count {
            let line = lines[index]
            if line.isBlank { break }
            if !line.lazy, line.indent < 4, let level = MarkdownSyntax.setextLevel(line.rest) {
                setext = level
                index += 1
                break
            }
            if !line.lazy, MarkdownSyntax.interruptsParagraph(line) { break }
            text.append(line.trimmedLeading)
            index += 1
        }
        text.removeFirst(takeDefinitions(text))
        guard !text.isEmpty else { return index }
        let last = text.count - 1
        while let byte = text[last].bytes.last, byte == 0x20 || byte == 0x09 { text[last].bytes.removeLast() }
        blocks.append(MarkdownBlock(kind: setext.map { .heading($0) } ?? .text(container), lines: text))
        return index
    }

    /// A table: the header row, then body rows up to a blank line or another block.
    private mutating func table(_ lines: [MarkdownLine], from start: Int, container: BlockKind) -> Int {
        blocks.append(MarkdownBlock(kind: .text(container), lines: [MarkdownTable.row(lines[start])]))
        var index = start + 2
        while index < lines.count, !lines[index].isBlank, !MarkdownSyntax.interruptsParagraph(lines[index]) {
            blocks.append(MarkdownBlock(kind: .text(container), lines: [MarkdownTable.row(lines[index])]))
            index += 1
        }
        return index
    }

    private mutating func indentedCode(_ lines: [MarkdownLine], from start: Int) -> Int {
        var code: [MarkdownLine] = []
        var index = start
        while index < lines.count, !lines[index].lazy, lines[index].isBlank || lines[index].indent >= 4 {
            code.append(lines[index].strippingIndent(4))
            index += 1
        }
        while code.last?.isBlank == true { code.removeLast() }
        blocks.append(MarkdownBlock(kind: .code, lines: code))
        return index
    }

    private mutating func fencedCode(_ lines: [MarkdownLine], from start: Int, fence: MarkdownSyntax.Fence) -> Int {
        var code: [MarkdownLine] = []
        var index = start + 1
        while index < lines.count {
            defer { index += 1 }
            if MarkdownSyntax.closes(fence, lines[index]) { break }
            code.append(lines[index].strippingIndent(fence.indent))
        }
        blocks.append(MarkdownBlock(kind: .code, lines: code))
        return index
    }

    private mutating func htmlBlock(
        _ lines: [MarkdownLine], from start: Int, end: MarkdownSyntax.HTMLBlockEnd, container: BlockKind
    ) -> Int {
        var index = start
        switch end {
        case .marker(let marker):
            while index < lines.count {
                defer { index += 1 }
                let lower = lines[index].bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
                if Self.contains(lower, marker) { break }
            }
        case .blankLine:
            var text: [MarkdownLine] = []
            while index < lines.count, !lines[index].isBlank {
                text.append(lines[index].trimmedLeading)
                index += 1
            }
            blocks.append(MarkdownBlock(kind: .text(container), lines: text))
        }
        return index
    }

    // MARK: - Containers

    private mutating func quote(_ lines: [MarkdownLine], from start: Int, depth: Int) -> Int {
        var inner: [MarkdownLine] = []
        var index = start
        while index < lines.count {
            let line = lines[index]
            let rest = line.rest
            if !line.lazy, line.indent < 4, rest.first == 0x3E {
                var content = line
                content.bytes = rest.dropFirst()
                content.column += rest.startIndex + 1 - line.bytes.startIndex
                if let next = content.bytes.first, next == 0x20 || next == 0x09 {
                    content = content.strippingIndent(1)
                }
                inner.append(content)
            } else if !line.isBlank, Self.continuesParagraph(inner.last),
                line.lazy || !MarkdownSyntax.interruptsParagraph(line, lazily: true)
            {
                var lazy = line
                lazy.lazy = true
                inner.append(lazy)
            } else {
                break
            }
            index += 1
        }
        nest(inner, depth: depth, container: .quote)
        return index
    }

    private mutating func listItem(
        _ lines: [MarkdownLine], from start: Int, marker: MarkdownSyntax.ListMarker, depth: Int
    ) -> Int {
        let line = lines[start]
        let rest = line.rest
        let indent = line.indent
        let after = MarkdownLine(bytes: rest.dropFirst(marker.width), line: line.line, column: line.column)
        let startsBlank = after.isBlank
        let spacing = after.indent
        let contentIndent = indent + marker.width + (startsBlank || spacing >= 5 ? 1 : spacing)
        let prefix = rest.startIndex - line.bytes.startIndex + marker.width
        var inner = [line.blankingPrefix(prefix).strippingIndent(contentIndent)]
        var index = start + 1
        while index < lines.count {
            let next = lines[index]
            if next.isBlank {
                if startsBlank, inner.count == 1 { break }
                inner.append(next.strippingIndent(contentIndent))
            } else if !next.lazy, next.indent >= contentIndent {
                inner.append(next.strippingIndent(contentIndent))
            } else if Self.continuesParagraph(inner.last), next.lazy || !MarkdownSyntax.interruptsParagraph(next, lazily: true) {
                var lazy = next
                lazy.lazy = true
                inner.append(lazy)
            } else {
                break
            }
            index += 1
        }
        while inner.last?.isBlank == true { inner.removeLast() }
        nest(inner, depth: depth, container: .listItem)
        return index
    }

    private mutating func nest(_ inner: [MarkdownLine], depth: Int, container: BlockKind) {
        if depth < Self.maxDepth {
            parse(inner, depth: depth + 1, container: container)
        } else if !inner.isEmpty {
            blocks.append(MarkdownBlock(kind: .text(container), lines: inner.map(\.trimmedLeading)))
        }
    }

    /// Whether a lazy line after `last` would continue a paragraph (approximately: `last` is
    /// text that is neither a heading, a break, a fence nor code).
    private static func continuesParagraph(_ last: MarkdownLine?) -> Bool {
        guard let last, !last.isBlank else { return false }
        if last.lazy { return true }
        let rest = last.rest
        return last.indent < 4 && !MarkdownSyntax.isThematicBreak(rest) && MarkdownSyntax.atxHeading(rest) == nil
            && MarkdownSyntax.fence(last) == nil && MarkdownSyntax.setextLevel(rest) == nil
    }

    // MARK: - Link reference definitions

    /// Records the one-line link reference definitions (`[label]: url "title"`) that open a
    /// paragraph and returns how many lines they take.
    private mutating func takeDefinitions(_ lines: [MarkdownLine]) -> Int {
        var count = 0
        for line in lines {
            guard let (label, url) = Self.definition(line.bytes) else { break }
            if definitions[label] == nil { definitions[label] = url }
            count += 1
        }
        return count
    }

    private static func definition(_ bytes: ArraySlice<UInt8>) -> (String, String)? {
        guard bytes.first == 0x5B else { return nil }
        var index = bytes.startIndex + 1
        while index < bytes.endIndex, bytes[index] != 0x5D {
            if bytes[index] == 0x5B { return nil }
            index += bytes[index] == 0x5C ? 2 : 1
        }
        guard index + 1 < bytes.endIndex, bytes[index + 1] == 0x3A, index - bytes.startIndex <= 1000 else { return nil }
        let label = normalizedLabel(bytes[(bytes.startIndex + 1)..<index])
        guard !label.isEmpty else { return nil }
        var position = skipSpace(bytes, index + 2)
        guard position < bytes.endIndex else { return nil }
        var url: ArraySlice<UInt8>
        if bytes[position] == 0x3C {
            guard let close = bytes[position...].firstIndex(of: 0x3E) else { return nil }
            url = bytes[(position + 1)..<close]
            position = close + 1
        } else {
            let urlStart = position
            while position < bytes.endIndex, bytes[position] != 0x20, bytes[position] != 0x09 { position += 1 }
            url = bytes[urlStart..<position]
        }
        position = skipSpace(bytes, position)
        if position < bytes.endIndex {
            let open = bytes[position]
            let close: UInt8 = open == 0x28 ? 0x29 : open
            guard open == 0x22 || open == 0x27 || open == 0x28, bytes.last == close, bytes.endIndex - position >= 2
            else { return nil }
        }
        url = ArraySlice(url.filter { $0 != 0x5C })
        return (label, String(decoding: url, as: UTF8.self))
    }

    /// A link label as references match it: case-folded, white space collapsed.
    static func normalizedLabel(_ bytes: ArraySlice<UInt8>) -> String {
        var words: [UInt8] = []
        var space = false
        for byte in bytes {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A {
                space = !words.isEmpty
            } else {
                if space { words.append(0x20) }
                space = false
                words.append(byte)
            }
        }
        return String(decoding: words, as: UTF8.self).lowercased()
    }

    private static func skipSpace(_ bytes: ArraySlice<UInt8>, _ start: Int) -> Int {
        var index = start
        while index < bytes.endIndex, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        return index
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start..<(start + needle.count)].elementsEqual(needle) {
            return true
        }
        return false
    }
}
