import FolioKit

/// An article as one line of JSON (`folio dump --format json`), keys in a fixed order.
enum ArticleJSON {
    /// The JSON object for `article`, followed by a newline.
    static func line(_ article: Article) -> [UInt8] {
        var json = JSONWriter()
        json.raw("{")
        json.key("path")
        json.string(PathBytes.text(article.path))
        json.raw(",")
        json.key("format")
        json.string(article.format.rawValue)
        json.raw(",")
        json.key("title")
        json.string(article.title)
        json.raw(",")
        json.key("author")
        json.string(article.author)
        json.raw(",")
        json.key("published")
        json.string(article.published?.iso)
        json.raw(",")
        json.key("published_text")
        json.string(article.publishedText)
        json.raw(",")
        json.key("word_count")
        json.number(article.wordCount)
        json.raw(",")
        json.key("reading_minutes")
        json.number(article.readingMinutes)
        json.raw(",")
        json.key("feed")
        json.string(article.feed)
        json.raw(",")
        json.key("url")
        json.string(article.url)
        json.raw(",")
        json.key("trailer")
        json.string(article.trailer)
        json.raw(",")
        json.key("links")
        json.raw("[")
        for (index, link) in article.links.enumerated() {
            if index > 0 { json.raw(",") }
            json.raw("{")
            json.key("text")
            json.string(link.text)
            json.raw(",")
            json.key("url")
            json.string(link.url)
            json.raw("}")
        }
        json.raw("],")
        json.key("sections")
        json.raw("[")
        for (index, section) in article.sections.enumerated() {
            if index > 0 { json.raw(",") }
            json.raw("{")
            json.key("heading")
            json.string(section.heading)
            json.raw(",")
            json.key("level")
            json.number(section.level)
            json.raw(",")
            json.key("blocks")
            json.raw("[")
            for (blockIndex, block) in section.blocks.enumerated() {
                if blockIndex > 0 { json.raw(",") }
                json.raw("{")
                json.key("kind")
                json.string(block.kind.rawValue)
                json.raw(",")
                json.key("text")
                json.string(block.text)
                json.raw("}")
            }
            json.raw("]}")
        }
        json.raw("]}\n")
        return json.bytes
    }
}
