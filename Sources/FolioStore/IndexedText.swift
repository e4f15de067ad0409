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
    /// candidates, never lose one. Text is composed first (`CanonicalComposition`), so that
    /// canonically equivalent spellings give the same tokens in every script.
    static func normalized(_ text: String) -> String {
        var text = text
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return text }
        text = CanonicalComposition.composed(text)
        return text.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 16)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                // The text is valid UTF-8: a lead byte has all its continuation bytes.
                if byte == 0xC3, bytes[index + 1] == 0x9F {  // ß
                    output += [0x73, 0x73]
                    index += 2
                } else if byte == 0xE1, bytes[index + 1] == 0xBA, bytes[index + 2] == 0x9E {  // ẞ
                    output += [0x73, 0x73]
                    index += 3
                } else if byte == 0xEF, bytes[index + 1] == 0xAC, bytes[index + 2] <= 0x86 {  // ﬀ … ﬆ
                    output += ligatures[Int(bytes[index + 2] - 0x80)]
                    index += 3
                } else if byte >= 0xF0 {
                    let scalar = (UInt32(byte & 0x07) << 18) | (UInt32(bytes[index + 1] & 0x3F) << 12)
                        | (UInt32(bytes[index + 2] & 0x3F) << 6) | UInt32(bytes[index + 3] & 0x3F)
                    if let scalar = Unicode.Scalar(scalar), isWordPart(scalar) {
                        output.append(contentsOf: bytes[index..<index + 4])
                    } else {
                        output.append(0x20)
                    }
                    index += 4
                } else {
                    output.append(byte)
                    index += 1
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// Letters, digits and marks: what a word is made of beyond the Basic Multilingual Plane.
    private static func isWordPart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    /// U+FB00 to U+FB06 spelled out.
    private static let ligatures: [[UInt8]] = ["ff", "fi", "fl", "ffi", "ffl", "st", "st"].map { Array($0.utf8) }
}
