/// newsboat's `urls` file: one feed a line, `URL [TAG...]`, where a tag with spaces is
/// quoted (`"Tech news"`) and a quoted tag starting with `~` renames the feed (`"~My name"`).
/// `#` starts a comment; newsboat's own kinds of feed (`query:`, `exec:`, `filter:`) cannot be
/// fetched by anyone else and are skipped with a note.
public enum NewsboatURLs {
    /// Reads a `urls` file.
    public static func read(_ bytes: [UInt8]) -> OutlineImport {
        var result = OutlineImport()
        let text = String(decoding: bytes, as: UTF8.self)
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let words = self.words(line)
            guard let first = words.first else { continue }
            let lowered = first.lowercased()
            if let kind = ["query:", "exec:", "filter:"].first(where: lowered.hasPrefix) {
                result.notes.append("line \(number + 1): \(kind.dropLast()) feeds are newsboat's own; skipped")
                continue
            }
            guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://") else {
                result.notes.append("line \(number + 1): not an http or https address; skipped")
                continue
            }
            var outline = SubscriptionOutline(url: first)
            for tag in words.dropFirst() {
                if tag.hasPrefix("~") {
                    let name = String(tag.dropFirst())
                    if !name.isEmpty { outline.name = name }
                } else if !tag.isEmpty, !tag.hasPrefix("!") {
                    outline.categories.append(tag)
                }
            }
            result.outlines.append(outline)
        }
        return result
    }

    /// The words of a line: separated by spaces or tabs, `"…"` quoting (with `\"` inside), up
    /// to a `#` outside quotes.
    static func words(_ line: Substring) -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false, quoted = false, escaped = false
        for character in line {
            if quoted {
                if escaped {
                    word.append(character)
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    quoted = false
                } else {
                    word.append(character)
                }
                continue
            }
            switch character {
            case "#" where !inWord:
                return words
            case " ", "\t", "\r":
                if inWord { words.append(word) }
                word = ""
                inWord = false
            case "\"":
                quoted = true
                inWord = true
            default:
                word.append(character)
                inWord = true
            }
        }
        if inWord { words.append(word) }
        return words
    }
}
