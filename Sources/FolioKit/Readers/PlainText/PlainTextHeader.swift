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
    /// A dateline that goes on with other words starts the body (the index of its line): its
    /// text is the article's, as a paragraph, never a heading.
    var datelineInBody: Int?

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
        var bylineDate: (date: SimpleDate, text: String)?
        // A dateline that goes on with other words keeps them: the body starts at its line.
        var body: [Range<Int>]?
        paragraphLoop: for paragraph in rest.prefix(Self.maxHeaderParagraphs) {
            var found: [(line: ScannedLine, byline: BylineParser.Match?, date: DateLineParser.Match?)] = []
            for index in paragraph {
                let line = lines[index]
                if let byline = BylineParser.match(in: bytes, from: line.textStart, to: line.textEnd) {
                    found.append((line, byline, nil))
                } else if let date = DateLineParser.match(in: bytes, from: line.textStart, to: line.textEnd) {
                    found.append((line, nil, date))
                    if date.hasOtherWords {
                        datelineInBody = index
                        break
                    }
                } else {
                    break paragraphLoop
                }
            }
            // A lone sentence starting with "By" is body text; next to a dateline it is a byline.
            let hasDate = found.contains { $0.date != nil }
            if !hasDate, found.contains(where: { $0.byline?.looksLikeSentence == true }) { break }
            for (line, byline, date) in found {
                if let byline {
                    let name = byline.name
                    // A byline of only a date and time (`by April 28, 2019 at 6:01 am`) names nobody.
                    if let date = DateLineParser.date(in: bytes, from: name.lowerBound, to: name.upperBound) {
                        if bylineDate == nil { bylineDate = (date, ByteText.string(bytes, from: name.lowerBound, to: name.upperBound)) }
                    } else if bylineLine == nil {
                        bylineLine = SourceLine(
                            line: line.number, column: line.column,
                            text: ByteText.string(bytes, from: line.textStart, to: line.textEnd))
                        author = ByteText.string(bytes, from: name.lowerBound, to: name.upperBound)
                    }
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
            if let datelineInBody {
                body = [datelineInBody..<paragraph.upperBound] + rest.dropFirst(consumed + 1)
                break
            }
            consumed += 1
        }
        // The date to show: the publication date, else the byline's date, else the update's.
        if published == nil, let fallback = bylineDate ?? updated {
            published = fallback.date
            publishedText = fallback.text
        }
        bodyParagraphs = body ?? Array(rest.dropFirst(consumed))
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
