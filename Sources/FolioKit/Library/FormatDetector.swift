/// Decides which reader an article file needs, from its content first and its name second.
public enum FormatDetector {
    /// The format of the article in `bytes`: a feed or an HTML page by their markup, whatever
    /// the file is called; Markdown by its extension or, for files named neither `.txt` nor
    /// `.md`, by its syntax; plain text otherwise.
    public static func format(of bytes: [UInt8], path: String) -> ArticleFormat {
        // Feeds and web pages start with markup; most articles start with a word, and are
        // told apart here without looking further.
        if startsWithMarkup(bytes) {
            if FeedReader.looksLikeFeed(bytes) { return .feed }
            if looksLikeHTML(bytes) { return .html }
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
    /// `<head>` or `<body>` (after white space, a byte-order mark, an XML declaration or
    /// comments).
    public static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        let prefix = bytes.prefix(4096).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        var index = prefix.startIndex
        if prefix.starts(with: [0xEF, 0xBB, 0xBF]) { index += 3 }
        while index < prefix.endIndex {
            let byte = prefix[index]
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                index += 1
                continue
            }
            guard byte == 0x3C else { return false }  // text before any tag: not a web page
            let rest = prefix[index...]
            for start in ["<!doctype html", "<html", "<head", "<body"] where rest.starts(with: start.utf8) {
                return true
            }
            // Skip an XML declaration, a comment or another doctype, then look again.
            let closer: [UInt8] = rest.starts(with: "<!--".utf8) ? Array("-->".utf8) : [0x3E]
            guard let end = find(closer, in: prefix, from: index + 1) else { return false }
            if !(rest.starts(with: "<?".utf8) || rest.starts(with: "<!".utf8)) { return false }
            index = end + closer.count
        }
        return false
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
