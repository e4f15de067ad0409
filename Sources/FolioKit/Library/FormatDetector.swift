/// Decides which reader an article file needs, from its name and first bytes.
public enum FormatDetector {
    /// The format of the article in `bytes`. Plain text is the only format read so far;
    /// HTML, Markdown and feeds come with their readers.
    public static func format(of bytes: [UInt8], path: String) -> ArticleFormat {
        .plainText
    }
}
