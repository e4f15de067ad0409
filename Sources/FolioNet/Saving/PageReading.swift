import FolioKit

/// Reads a fetched page with folio's readers, to learn its format and title before it is
/// saved.
enum PageReading {
    /// What a page was read as.
    struct Reading {
        var format: ArticleFormat
        var title: String

        /// The saved file's extension, which reads back as the same format.
        var fileExtension: String { PageReading.fileExtension(format) }
    }

    /// The format and title of `page`: an HTML page through the Readability pass, plain text
    /// and Markdown as they are. A feed, binary data and an empty page are refused.
    static func read(_ page: FetchedPage) throws(AddError) -> Reading {
        let format = try self.format(of: page)
        let name = page.finalAddress.lastPathComponent
        guard let article = ArticleLoader.read(page.body, path: name, as: format, address: page.finalAddress.text).first else {
            throw .empty
        }
        return Reading(format: format, title: article.title)
    }

    /// The format `page` reads as, learnt from its type and first bytes without reading it:
    /// what the full text of a feed item needs, as the item reads its page when it is read.
    /// A feed, binary data, an empty page and a hostile one are refused.
    static func format(of page: FetchedPage) throws(AddError) -> ArticleFormat {
        let name = page.finalAddress.lastPathComponent
        do {
            try ArticleLoader.check(page.body, path: name)
        } catch .binary {
            throw .binary(type: WantedContent.mediaType(page.contentType))
        } catch .entityBomb {
            throw .refused(EntityExpansion.refusal)
        } catch {
            throw .empty
        }
        let format = FormatDetector.format(of: page.body, path: formatHint(page.contentType, name: name))
        if format == .feed { throw .feed }
        return format
    }

    /// The extension of a file that reads back as `format`.
    static func fileExtension(_ format: ArticleFormat) -> String {
        switch format {
        case .html: return "html"
        case .markdown: return "md"
        case .plainText, .feed: return "txt"
        }
    }

    /// A file name that leads `FormatDetector` to the format the server declared: a web page
    /// or Markdown by its type; plain text by the address's own extension, or by its syntax
    /// when it has none (Markdown is often served as text/plain).
    private static func formatHint(_ contentType: String?, name: String) -> String {
        switch WantedContent.mediaType(contentType) {
        case "text/html", "application/xhtml+xml": return "page.html"
        case "text/markdown", "text/x-markdown": return "page.md"
        case "text/plain":
            let lowered = name.lowercased()
            return [".md", ".markdown", ".mdown", ".mkd", ".txt", ".text"].contains(where: lowered.hasSuffix) ? lowered : "page"
        default: return name
        }
    }
}
