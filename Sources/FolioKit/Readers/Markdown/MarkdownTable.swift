/// GitHub-flavoured Markdown tables: a header row, a delimiter row (`| --- | :-: |`) and body
/// rows. Each row becomes one paragraph with its cells joined by ` | `.
enum MarkdownTable {
    /// The number of columns of a delimiter row, nil when the line is not one.
    static func delimiterColumns(_ rest: ArraySlice<UInt8>) -> Int? {
        guard rest.contains(0x7C) || rest.first == 0x3A else { return nil }
        let parts = cells(rest)
        guard !parts.isEmpty else { return nil }
        for part in parts {
            var body = part[...]
            if body.first == 0x3A { body = body.dropFirst() }
            if body.last == 0x3A { body = body.dropLast() }
            guard !body.isEmpty, body.allSatisfy({ $0 == 0x2D }) else { return nil }
        }
        return parts.count
    }

    /// The trimmed cells of a row, split at unescaped pipes outside code spans (leading and
    /// trailing pipes optional).
    static func cells(_ rest: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        var start = rest.startIndex
        var index = rest.startIndex
        var inCode = false
        if rest.first == 0x7C {
            index += 1
            start = index
        }
        while index < rest.endIndex {
            switch rest[index] {
            case 0x5C: index += 1
            case 0x60: inCode.toggle()
            case 0x7C where !inCode:
                result.append(trimmed(rest[start..<index]))
                start = index + 1
            default: break
            }
            index += 1
        }
        let last = trimmed(rest[min(start, rest.endIndex)..<rest.endIndex])
        if !last.isEmpty || start < rest.endIndex || result.isEmpty { result.append(last) }
        return result
    }

    /// The row as one line of Markdown: its cells joined by ` | ` (escaped pipes kept as
    /// escapes, so inline reading shows them as `|`).
    static func row(_ line: MarkdownLine) -> MarkdownLine {
        var joined: [UInt8] = []
        for cell in cells(line.rest) {
            if !joined.isEmpty { joined.append(contentsOf: [0x20, 0x7C, 0x20]) }
            joined.append(contentsOf: cell)
        }
        var row = line.trimmedLeading
        row.bytes = ArraySlice(joined)
        return row
    }

    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = bytes
        while let first = slice.first, first == 0x20 || first == 0x09 { slice = slice.dropFirst() }
        while let last = slice.last, last == 0x20 || last == 0x09 { slice = slice.dropLast() }
        return slice
    }
}
