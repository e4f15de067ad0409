import FolioKit

/// An article as the reader shows it, wrapped to a width in display columns
/// (`folio dump --format text`).
enum ArticleText {
    /// The article's lines from `ArticleLayout`, each at most `width` columns wide, made safe
    /// for a terminal.
    static func lines(_ article: Article, width: Int, today: SimpleDate) -> [UInt8] {
        var output: [UInt8] = []
        for line in ArticleLayout(article: article, width: width, today: today).lines {
            SafeText.append(line.text, to: &output)
            output.append(0x0A)
        }
        return output
    }
}
