/// Decides which reader an article file needs, from its content first and its name second.
public enum FormatDetector {
    /// The format of the article in `bytes`: a feed or an HTML page by their first element
    /// (see `MarkupStart`), whatever the file is called; Markdown by its extension or, for
    /// files named neither `.txt` nor `.md`, by its syntax; plain text otherwise.
    public static func format(of bytes: [UInt8], path: String) -> ArticleFormat {
        // Feeds and web pages start with markup; most articles start with a word, and are
        // told apart here without looking further.
        if startsWithMarkup(bytes), let start = MarkupStart(bytes) {
            if start.isFeed { return .feed }
            if start.isHTML { return .html }
        }
        switch FileName.lowercasedExtension(ofPath: path).map({ String(decoding: $0, as: UTF8.self) }) ?? "" {
        case "md", "markdown", "mdown", "mkd": return .markdown
        case "txt", "text": return .plainText
        case "html", "htm", "xhtml": return .html
        default: return MarkdownReader.looksLikeMarkdown(bytes) ? .markdown : .plainText
        }
    }

    /// True when the first byte after a byte-order mark and white space is `<`.
    static func startsWithMarkup(_ bytes: [UInt8]) -> Bool {
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < bytes.count, bytes[index] == 0x20 || (bytes[index] >= 0x09 && bytes[index] <= 0x0D) {
            index += 1
        }
        return index < bytes.count && bytes[index] == 0x3C
    }

    /// True when the first markup in the file is an HTML document's: a doctype, `<html>`,
    /// `<head>`, `<body>` or an element of the head (after white space, a byte-order mark, an
    /// XML declaration, comments and processing instructions).
    public static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        MarkupStart(bytes)?.isHTML ?? false
    }
}
