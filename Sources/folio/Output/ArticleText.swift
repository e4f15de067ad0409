import FolioKit

/// An article as plain text wrapped to a width in display columns (`folio dump --format text`).
enum ArticleText {
    /// The article's lines, each at most `width` columns wide, made safe for a terminal.
    static func lines(_ article: Article, width: Int, today: SimpleDate) -> [UInt8] {
        var output: [UInt8] = []
        func emit(_ text: String, first: String = "", rest: String = "") {
            for line in wrap(SafeText.string(text), width: width, first: first, rest: rest) {
                output += Array(line.utf8)
                output.append(0x0A)
            }
        }
        emit(article.title)
        let date = article.published?.longText ?? article.publishedText
        let meta = [article.author.map { "By \($0)" }, date].compactMap { $0 }
        if !meta.isEmpty { emit(meta.joined(separator: " · ")) }
        for section in article.sections {
            if let heading = section.heading {
                output.append(0x0A)
                emit(heading)
            }
            for block in section.blocks {
                output.append(0x0A)
                switch block.kind {
                case .paragraph: emit(block.text)
                case .listItem: emit(block.text, first: "• ", rest: "  ")
                case .quote: emit(block.text, first: "│ ", rest: "│ ")
                case .code:
                    for line in block.text.split(separator: "\n", omittingEmptySubsequences: false) {
                        emit(String(line), first: "    ", rest: "    ")
                    }
                }
            }
        }
        return output
    }

    /// Greedy word wrap by display width; words wider than the line are cut.
    static func wrap(_ text: String, width: Int, first: String, rest: String) -> [String] {
        var lines: [String] = []
        var line = first
        var lineWidth = DisplayWidth.of(first)
        var hasWord = false
        for word in text.split(separator: " ") {
            let wordWidth = DisplayWidth.of(word)
            if hasWord && lineWidth + 1 + wordWidth > width {
                lines.append(line)
                line = rest
                lineWidth = DisplayWidth.of(rest)
                hasWord = false
            }
            if hasWord {
                line += " "
                lineWidth += 1
            }
            for character in word {
                let characterWidth = DisplayWidth.of(character)
                if lineWidth + characterWidth > width && lineWidth > DisplayWidth.of(rest) {
                    lines.append(line)
                    line = rest
                    lineWidth = DisplayWidth.of(rest)
                }
                line.append(character)
                lineWidth += characterWidth
            }
            hasWord = true
        }
        lines.append(line)
        return lines
    }
}
