import Foundation

/// The full text of a feed item: the page behind its link, fetched once and kept beside the
/// item file (`.pages/` in the item's folder, named after the item file), so that it reads
/// offline.
///
/// An item file with a kept page reads as the page's article (the Readability pass: sections,
/// links) under the item's own title, date, author, feed and address; without one, as the
/// feed's summary. The reader, `folio dump` and `folio search` all read items through
/// `ArticleLoader`, so they see the same text.
public enum FeedItemPage {
    /// The kept page's file extensions, in the order they are looked for: a web page, or the
    /// Markdown or plain text some links serve.
    public static let fileExtensions = ["html", "md", "txt"]

    /// Where the page of the item file at `itemPath` is kept when it was read as
    /// `fileExtension` (`html`, `md` or `txt`).
    public static func path(forItemFile itemPath: String, fileExtension: String = "html") -> String {
        let slash = itemPath.lastIndex(of: "/")
        let folder = slash.map { String(itemPath[..<$0]) } ?? "."
        let file = slash.map { String(itemPath[itemPath.index(after: $0)...]) } ?? itemPath
        let stem = file.hasSuffix(".xml") ? String(file.dropLast(4)) : file
        return folder + "/.pages/" + stem + "." + fileExtension
    }

    /// The page kept for the item file at `itemPath`, when there is one: its path and bytes.
    public static func kept(forItemFile itemPath: String, limit: SizeLimit = .standard) -> (path: String, bytes: [UInt8])? {
        for fileExtension in fileExtensions {
            let page = path(forItemFile: itemPath, fileExtension: fileExtension)
            guard access(page, F_OK) == 0 else { continue }
            guard let bytes = try? ArticleLoader.bytes(of: page, limit: limit) else { return nil }
            return (page, bytes)
        }
        return nil
    }

    /// `articles` (what a feed file was read as) with the item's kept page in place of its
    /// summary, when the file holds one item and a page is kept for it.
    static func withKeptPage(_ articles: [Article], path: String) -> [Article] {
        guard articles.count == 1, path != ArticleSource.standardInputArgument, path.hasSuffix(".xml"),
            let (pagePath, bytes) = kept(forItemFile: path)
        else { return articles }
        return [article(articles[0], page: bytes, pagePath: pagePath)]
    }

    /// The item `item` read with the page `bytes` (kept at `pagePath`) as its text: the page's
    /// sections and links (relative ones resolved against the item's link), the item's title,
    /// date, author, feed and address.
    public static func article(_ item: Article, page bytes: [UInt8], pagePath: String) -> Article {
        let format = FormatDetector.format(of: bytes, path: pagePath)
        guard format != .feed, let page = ArticleLoader.read(bytes, path: pagePath, as: format, address: item.url).first,
            !page.sections.isEmpty
        else { return item }
        var article = item
        article.sections = page.sections
        article.links = page.links
        article.trailer = page.trailer
        if article.author == nil { article.author = page.author }
        if article.published == nil {
            article.published = page.published
            article.publishedText = page.publishedText
        }
        return article
    }

    /// Writes `body` as the kept page of the item file at `itemPath`, read as `fileExtension`
    /// (by a rename, replacing a page kept before in any format), then touches the item file,
    /// so that what knows the item by its file's time (the catalog, the search index) reads it
    /// again.
    public static func keep(_ body: [UInt8], fileExtension: String, forItemFile itemPath: String) throws(SaveError) {
        let target = path(forItemFile: itemPath, fileExtension: fileExtension)
        let folder = FileName.folder(ofPath: target)
        try HomeLibrary.makeFolder(folder, private: true)
        try TemporaryFile(body, in: folder, for: target, durable: false).commit(to: target, replacing: true)
        for other in fileExtensions where other != fileExtension {
            unlink(path(forItemFile: itemPath, fileExtension: other))
        }
        utimes(itemPath, nil)
    }
}
