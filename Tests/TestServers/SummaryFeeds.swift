/// Feeds whose items give a summary only, and the pages their links lead to: what the full-text
/// tests serve.
public enum SummaryFeeds {
    /// An RSS feed of `items` (title, link, day of June 2024), each with a one-line summary.
    public static func feed(_ title: String, items: [(title: String, link: String, day: Int)]) -> String {
        let entries = items.map { item in
            "<item><title>\(item.title)</title><link>\(item.link)</link><guid>\(item.title)</guid>"
                + "<pubDate>\(item.day < 10 ? "0" : "")\(item.day) Jun 2024 10:00:00 GMT</pubDate>"
                + "<description>Summary of \(item.title).</description></item>"
        }
        return "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>\(title)</title><link>http://example.org/</link>\n"
            + entries.joined(separator: "\n") + "\n</channel></rss>\n"
    }

    /// `feed(_:items:)` with every item dated 10 June 2024.
    public static func feed(_ title: String, items: [(title: String, link: String)]) -> String {
        feed(title, items: items.map { ($0.title, $0.link, 10) })
    }

    /// A web page with navigation around an article of two sections, the first with a link to
    /// `https://example.org/WORD-source`.
    public static func article(_ word: String) -> String {
        let paragraph = "The \(word) paragraph tells the whole story of the harbour, the boats and the people who work there every day of the year."
        return """
            <!doctype html><html><head><title>\(word) page title | Site</title></head><body>
            <nav><a href="/">Home</a> <a href="/about">About</a></nav>
            <article><h1>\(word) page title</h1>
            <p>\(paragraph) \(paragraph)</p><p>\(paragraph)</p>
            <h2>\(word) first section</h2><p>\(paragraph) See <a href="https://example.org/\(word)-source">the \(word) source</a>.</p>
            <h2>\(word) second section</h2><p>\(paragraph) \(paragraph)</p>
            </article><footer>Copyright</footer></body></html>
            """
    }
}
