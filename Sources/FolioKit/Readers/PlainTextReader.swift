/// Reads scraped plain-text articles (title, byline, dateline, paragraphs, headings by shape).
public enum PlainTextReader {
    /// Parses the bytes of a plain-text article. Never fails: undecodable bytes are read as
    /// Windows-1252.
    public static func read(_ bytes: [UInt8], path: String) -> Article {
        // Placeholder until the reader lands: the whole file is one paragraph.
        let text = String(decoding: bytes, as: UTF8.self)
        return Article(
            path: path, format: .plainText, title: path,
            sections: [Section(heading: nil, level: 0, blocks: [Block(kind: .paragraph, text: text)])])
    }
}
