/// YAML front matter at the top of a Markdown file (`---` … `---`): the title, author and date
/// it gives. Only simple `key: value` lines are read; anything that does not look like YAML
/// is not front matter (so `---` followed by text stays a thematic break).
struct FrontMatter {
    /// The `title` value.
    var title: String?
    /// The line the title was given on.
    var titleLine: SourceLine?
    /// The `author` value (or `authors`, items joined with `, `).
    var author: String?
    /// The `date` value as written.
    var date: String?
    /// Where the Markdown body starts: byte offset and 1-based line number.
    var bodyStart = 0
    var bodyLine = 1

    /// Reads the front matter at the start of `bytes`; an empty value when there is none.
    init(_ bytes: [UInt8]) {
        let lines = MarkdownLine.lines(of: bytes.prefix(65536)[...], firstLine: 1)
        guard let first = lines.first, Self.isDelimiter(first.bytes, closing: false) else { return }
        var values: [(key: String, value: String, line: Int)] = []
        var closing: MarkdownLine?
        var lastKey: String?
        for line in lines.dropFirst() {
            if Self.isDelimiter(line.bytes, closing: true) {
                closing = line
                break
            }
            let text = String(decoding: line.bytes, as: UTF8.self)
            let trimmed = text.trimmingSpaces
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if trimmed.hasPrefix("- "), let key = lastKey, text.first == " " || text.first == "-" {
                values.append((key, Self.unquoted(String(trimmed.dropFirst(2))), line.line))
                continue
            }
            guard text.first != " ", text.first != "\t" else { continue }
            guard let colon = text.firstIndex(of: ":"),
                text[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }),
                colon > text.startIndex
            else { return }
            let rest = text[text.index(after: colon)...]
            guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return }
            let key = text[..<colon].lowercased()
            lastKey = key
            let value = Self.unquoted(String(rest).trimmingSpaces)
            if !value.isEmpty { values.append((key, value, line.line)) }
        }
        guard let closing, !values.isEmpty || lastKey != nil else { return }
        bodyLine = closing.line + 1
        bodyStart = min(bytes.count, closing.bytes.endIndex + 1)
        if bodyStart < bytes.count, bytes[bodyStart - 1] == 0x0D, bytes[bodyStart] == 0x0A { bodyStart += 1 }
        if let entry = values.first(where: { $0.key == "title" }) {
            title = entry.value
            titleLine = SourceLine(line: entry.line, text: entry.value)
        }
        let authors = values.filter { $0.key == "author" || $0.key == "authors" }.map(\.value)
        author = authors.isEmpty ? nil : authors.joined(separator: ", ")
        date = values.first(where: { $0.key == "date" || $0.key == "published" })?.value
    }

    private static func isDelimiter(_ bytes: ArraySlice<UInt8>, closing: Bool) -> Bool {
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        let line = bytes[bytes.startIndex..<end]
        return line.elementsEqual("---".utf8) || (closing && line.elementsEqual("...".utf8))
    }

    /// `"A title"` → `A title`; `[a, b]` → `a, b`.
    private static func unquoted(_ value: String) -> String {
        guard value.count >= 2, let first = value.first, let last = value.last else { return value }
        if (first == "\"" && last == "\"") || (first == "'" && last == "'") || (first == "[" && last == "]") {
            let inner = String(value.dropFirst().dropLast()).trimmingSpaces
            if first == "[" {
                return inner.split(separator: ",").map { unquoted(String($0).trimmingSpaces) }.joined(separator: ", ")
            }
            return inner
        }
        return value
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    fileprivate var trimmingSpaces: String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return String(slice)
    }
}
