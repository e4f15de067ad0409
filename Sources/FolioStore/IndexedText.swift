import FolioKit

/// The text of an article as the full-text index holds it: the places the search scan looks at
/// (title; byline and author; headings and blocks), normalized so that every whole-word hit of
/// an ASCII query is a token match in the index (`LibraryStore.canNarrow`).
enum IndexedText {
    /// The title column.
    static func title(of article: Article) -> String { normalized(article.title) }

    /// The author column: the author's name and the byline line as written.
    static func author(of article: Article) -> String {
        normalized([article.author, article.header.bylineLine?.text].compactMap { $0 }.joined(separator: "\n"))
    }

    /// The body column: every heading and block, one per line.
    static func body(of article: Article) -> String {
        var body = ""
        for section in article.sections {
            if let heading = section.heading {
                body += heading
                body += "\n"
            }
            for block in section.blocks {
                body += block.text
                body += "\n"
            }
        }
        return normalized(body)
    }

    /// `text` with symbols beyond the Basic Multilingual Plane (emoji) turned into spaces, as
    /// SQLite's tokenizer would keep `🙂nato` as one token where whole-word search sees `nato`;
    /// and with Latin ligatures (`ﬁ`) and sharp s spelled out in ASCII, so a word search for
    /// `find` or `strasse` finds `ﬁnd` (text extracted from PDFs) and `Straße`. Both only add
    /// candidates, never lose one.
    static func normalized(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xDF, 0x1E9E: result.append(contentsOf: "ss".unicodeScalars)
            case 0xFB00...0xFB06: result.append(contentsOf: ligatures[Int(scalar.value - 0xFB00)].unicodeScalars)
            case 0x10000...:
                switch scalar.properties.generalCategory {
                case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                    .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
                    result.append(scalar)
                default:
                    result.append(" ")
                }
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// U+FB00 to U+FB06 spelled out.
    private static let ligatures = ["ff", "fi", "fl", "ffi", "ffl", "st", "st"]
}
