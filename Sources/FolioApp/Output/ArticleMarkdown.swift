import FolioKit

/// An article written back as Markdown (`folio dump --format markdown`).
enum ArticleMarkdown {
    /// The Markdown for `article`, made safe for a terminal.
    static func document(_ article: Article) -> [UInt8] {
        var output: [UInt8] = []
        func line(_ text: String = "") {
            SafeText.append(text, to: &output)
            output.append(0x0A)
        }
        line("# " + escaped(article.title))
        let date = article.published?.longText ?? article.publishedText
        let byline = [article.author.map { "*By \(escaped($0))*" }, date.map(escaped)].compactMap { $0 }
        if !byline.isEmpty {
            line()
            line(byline.joined(separator: " · "))
        }
        for section in article.sections {
            if let heading = section.heading {
                line()
                line(String(repeating: "#", count: min(6, max(2, section.level))) + " " + escaped(heading))
            }
            for block in section.blocks {
                line()
                switch block.kind {
                case .paragraph:
                    line(escaped(block.text))
                case .listItem:
                    line("- " + escaped(block.text))
                case .quote:
                    for quoted in block.text.split(separator: "\n", omittingEmptySubsequences: false) {
                        line("> " + escaped(String(quoted)))
                    }
                case .code:
                    let fence = String(repeating: "`", count: max(3, longestBacktickRun(block.text) + 1))
                    line(fence)
                    SafeText.append(block.text, to: &output, keepsNewlines: true)
                    output.append(0x0A)
                    line(fence)
                }
            }
        }
        return output
    }

    /// `text` with leading white space removed, a backslash before a leading character that
    /// Markdown would read as syntax (heading, quote, list marker, rule, table), and the
    /// inline syntax escaped (`inlineEscaped`), so that a Markdown reader shows the text
    /// exactly as folio does.
    static func escaped(_ text: String) -> String {
        let trimmed = text.drop { $0 == " " || $0 == "\t" }
        guard let first = trimmed.first else { return "" }
        let inline = inlineEscaped(trimmed)
        if "#>-+=|".contains(first) { return "\\" + inline }
        let digits = inline.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 9, let next = inline.dropFirst(digits.count).first, next == "." || next == ")" {
            return digits + "\\" + inline.dropFirst(digits.count)
        }
        // A heading's closing `#`s would be dropped: `C #` stays `C #`.
        if inline.hasSuffix("#"), let start = inline.lastIndex(where: { $0 != "#" }), inline[start] == " " {
            return inline[...start] + "\\" + inline[inline.index(after: start)...]
        }
        return inline
    }

    /// `text` with a backslash before every character a Markdown reader would take as inline
    /// syntax: emphasis (`*`, and `_` unless inside a word), code spans, links and images
    /// (`[`, `]`), HTML and autolinks (`<`), strikethrough (`~`), an entity (`&` before `#` or
    /// a letter: `&#27;` is shown as written, not decoded) and the backslash itself.
    static func inlineEscaped(_ text: Substring) -> String {
        var result = ""
        var previous: Character?
        var characters = text.makeIterator()
        var next = characters.next()
        while let character = next {
            next = characters.next()
            switch character {
            case "\\", "`", "*", "[", "]", "<", "~":
                result.append("\\")
            case "_" where !(previous.map(isWordCharacter) ?? false && next.map(isWordCharacter) ?? false):
                result.append("\\")
            case "&" where next.map { $0 == "#" || ($0.isASCII && $0.isLetter) } ?? false:
                result.append("\\")
            default:
                break
            }
            result.append(character)
            previous = character
        }
        return result
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    private static func longestBacktickRun(_ text: String) -> Int {
        var longest = 0, current = 0
        for byte in text.utf8 {
            current = byte == 0x60 ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }
}
