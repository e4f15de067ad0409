/// The header of a plain-text article: the title line, then the byline and datelines that
/// stand between it and the body.
struct PlainTextHeader {
    /// The title as a source line (cut at `maxTitleLength` characters; a longer first line is
    /// also the body's first paragraph, so no text is lost).
    var titleLine: SourceLine
    /// The byline as written, e.g. `by Kimberly`.
    var bylineLine: SourceLine?
    /// The byline's name part.
    var author: String?
    /// The publication date (or the update date when no publication date is given).
    var published: SimpleDate?
    /// The date text as written after the label.
    var publishedText: String?
    /// The body paragraphs: ranges of line indices after the header.
    var bodyParagraphs: [Range<Int>]

    /// Longest title kept, in characters.
    static let maxTitleLength = 300
    /// Header paragraphs looked at after the title.
    static let maxHeaderParagraphs = 3

    /// Reads the header from the first paragraphs; nil when there is no text at all.
    init?(paragraphs: [Range<Int>], lines: [ScannedLine], bytes: UnsafeBufferPointer<UInt8>) {
        guard let first = paragraphs.first else { return nil }
        let title = lines[first.lowerBound]
        let titleEnd = ByteText.offset(
            in: bytes, from: title.textStart, to: title.textEnd, scalars: Self.maxTitleLength)
        titleLine = SourceLine(
            line: title.number, column: title.column, text: ByteText.string(bytes, from: title.textStart, to: titleEnd))
        guard titleEnd == title.textEnd else {
            // A first line too long for a title is text: keep all of it in the body.
            bodyParagraphs = paragraphs
            return
        }
        var rest = Array(paragraphs.dropFirst())
        if first.count > 1 { rest.insert(first.lowerBound + 1..<first.upperBound, at: 0) }
        var consumed = 0
        var updated: (date: SimpleDate, text: String)?
        paragraphLoop: for paragraph in rest.prefix(Self.maxHeaderParagraphs) {
            var found: [(line: ScannedLine, byline: BylineParser.Match?, date: DateLineParser.Match?)] = []
            for index in paragraph {
                let line = lines[index]
                if let byline = BylineParser.match(in: bytes, from: line.textStart, to: line.textEnd) {
                    found.append((line, byline, nil))
                } else if let date = DateLineParser.match(in: bytes, from: line.textStart, to: line.textEnd) {
                    found.append((line, nil, date))
                } else {
                    break paragraphLoop
                }
            }
            // A lone sentence starting with "By" is body text; next to a dateline it is a byline.
            let hasDate = found.contains { $0.date != nil }
            if !hasDate, found.contains(where: { $0.byline?.looksLikeSentence == true }) { break }
            for (line, byline, date) in found {
                if let byline, bylineLine == nil {
                    bylineLine = SourceLine(
                        line: line.number, column: line.column,
                        text: ByteText.string(bytes, from: line.textStart, to: line.textEnd))
                    author = ByteText.string(bytes, from: byline.name.lowerBound, to: byline.name.upperBound)
                }
                if let date {
                    let text = ByteText.string(bytes, from: date.textRange.lowerBound, to: date.textRange.upperBound)
                    if date.kind == .published, published == nil {
                        published = date.date
                        publishedText = text
                    } else if date.kind == .updated, updated == nil {
                        updated = (date.date, text)
                    }
                }
            }
            consumed += 1
        }
        if published == nil, let updated {
            published = updated.date
            publishedText = updated.text
        }
        bodyParagraphs = Array(rest.dropFirst(consumed))
    }

    /// A title made from a file name: `my-great_article.txt` → `My great article` (bytes that
    /// are not UTF-8 shown escaped, `\xff`).
    static func readableTitle(fromPath path: String) -> String {
        var name = Substring(PathBytes.text(path))
        if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = name[..<dot] }
        let words = name.split { character in
            character == "-" || character == "_" || character.isWhitespace
                || character.unicodeScalars.contains { $0.properties.generalCategory == .control }
        }
        let sentence = words.joined(separator: " ")
        guard let first = sentence.first else { return "Untitled" }
        return first.uppercased() + sentence.dropFirst()
    }
}
