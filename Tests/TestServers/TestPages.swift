/// The pages the network tests serve.
public enum TestPages {
    public static func article(_ title: String, _ body: String = "talks about café culture at length") -> String {
        """
        <!doctype html><html><head><meta charset="utf-8"><title>\(title)</title></head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>\(title)</h1>
        <p>The body paragraph \(body), and then goes on for a while so that the Readability pass takes it as the text of the article.</p>
        <p>A second paragraph, with more words in it, to make the article long enough to be one.</p>
        </article></body></html>
        """
    }

    public static let alpha = article("Alpha story")
    public static let beta = article("Beta story")
    public static let markdown = "# Notes on reading\n\nSome *Markdown* text, served compressed.\n\n" + String(repeating: "More words in a paragraph. ", count: 40) + "\n"
    public static let plain = "Plain words\n\nA plain text article, served as text/plain, with a title line first.\n"
    public static let feed = """
        <?xml version="1.0"?><rss version="2.0"><channel><title>A feed</title><link>http://example.org/</link>
        <item><title>One item</title><link>http://example.org/1</link><description>Text of the item.</description></item>
        </channel></rss>
        """

    /// The usual site: `a.html` (Alpha story), `b.html` (Beta story), `notes.md`, `plain.txt`,
    /// `feed.rss`, `image.png`.
    public static let site: [String: String] = [
        "a.html": alpha, "b.html": beta, "notes.md": markdown, "plain.txt": plain, "feed.rss": feed,
        "image.png": "\u{89}PNG\r\n",
    ]
}
