extension WantedContent {
    /// Feeds, and the web pages that name them (for `folio feed add` of a site's address).
    public static let feed = WantedContent(
        mediaTypes: [
            "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+xml",
            "application/x-rss+xml", "application/xml", "text/xml", "text/rss+xml", "text/atom+xml",
            "text/html", "application/xhtml+xml", "text/plain", "application/octet-stream",
        ],
        noun: "a feed",
        acceptHeader: "application/rss+xml,application/atom+xml,application/rdf+xml;q=0.9,application/xml;q=0.8,text/xml;q=0.8,text/html;q=0.5,*/*;q=0.1")
}
