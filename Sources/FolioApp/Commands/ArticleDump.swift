import FolioKit
import Foundation

/// `folio dump`: parses articles and prints what folio understood of them.
public enum ArticleDump {
    /// The output formats.
    public enum Format: String, CaseIterable, Sendable {
        /// The article as the reader shows it, wrapped to a width.
        case text
        /// One JSON object per article (JSON Lines).
        case json
        /// The article written back as Markdown.
        case markdown
    }

    /// Prints the articles under `paths` (none: the home library's) in `format`, text wrapped to
    /// `width` columns (nil: the terminal's width, or 80); files of more than `limit` bytes are
    /// refused. Exit status 2 when a path or file could not be read (the others are still printed).
    /// A feed read in part (not well-formed XML) is printed as far as it could be read, after a
    /// warning line.
    public static func run(paths: [String], format: Format, width: Int?, limit: SizeLimit = .standard) throws(ExitStatus) {
        var failed = false
        let files = try PathArguments.files(paths, failed: &failed)
        let width = width ?? TerminalWidth.current
        let today = SimpleDate(Date())
        var output = StandardOutput()
        var first = true
        FileBatches.run(files) { path -> Result<(documents: [[UInt8]], warnings: [String]), LoadError> in
            do throws(LoadError) {
                // A feed gives one article per item, printed in document order.
                let (articles, warnings) = try ArticleLoader.loadReporting(path, limit: limit)
                return .success((articles.map { article in
                    switch format {
                    case .json: return ArticleJSON.line(article)
                    case .markdown: return ArticleMarkdown.document(article)
                    case .text: return ArticleText.lines(article, width: width, today: today)
                    }
                }, warnings))
            } catch {
                return .failure(error)
            }
        } emit: { result in
            switch result {
            case .success(let (documents, warnings)):
                if !warnings.isEmpty { output.flush() }
                for warning in warnings { StandardOutput.error(warning) }
                // Nothing could be read of it: as good as unreadable.
                if documents.isEmpty && !warnings.isEmpty { failed = true }
                for bytes in documents {
                    if !first && format != .json { output.write([0x0A]) }
                    first = false
                    output.write(bytes)
                }
            case .failure(let error):
                output.flush()
                StandardOutput.error(error.description)
                failed = true
            }
        }
        output.flush()
        if failed { throw ExitStatus(2) }
    }
}
