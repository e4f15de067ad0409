import ArgumentParser
import FolioKit
import Foundation

/// `folio dump`: parses articles and prints what folio understood of them.
struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Parse articles and print them as text, JSON Lines or Markdown.",
        discussion: """
            text: the article as the reader shows it, wrapped to --width columns. \
            json: one JSON object per article (path, format, title, author, published, \
            published_text, word_count, reading_minutes, sections with their blocks). \
            markdown: the article written back as Markdown.

            Exit status: 0 on success, 2 on a usage error or when a file could not be read \
            (the other files are still printed).
            """
    )

    /// The output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable, Sendable {
        case text, json, markdown
    }

    @Option(help: "Output format: text, json (JSON Lines) or markdown.")
    var format: Format = .text

    // Unconditional: `--width -5` is a width that is wrong, not a missing one.
    @Option(parsing: .unconditional, help: "Columns to wrap text to (default: the terminal's width, or 80).")
    var width: Int?

    @Flag(name: .long, help: "Read and write no state database (dump uses none: accepted as the other commands accept it).")
    var noState = false

    @Option(help: "The largest file (or standard input) to read, e.g. 100M, 1G.")
    var maxFileSize = SizeLimit.standard

    @Argument(help: "Article files or folders (read recursively); `-` reads standard input; none: the home library.", completion: .file())
    var paths: [String] = []

    func validate() throws {
        if let width, width < 10 { throw ValidationError("--width must be at least 10, not \(width).") }
    }

    func run() throws { try DumpCommand.run(paths: PathArguments.orHomeLibrary(paths), format: format, width: width, limit: maxFileSize) }

    /// Prints the articles under `paths` in `format`, text wrapped to `width` columns (nil: the
    /// terminal's width, or 80); files of more than `limit` bytes are refused.
    static func run(paths: [String], format: Format, width: Int?, limit: SizeLimit = .standard) throws {
        var failed = false
        let files = PathArguments.files(paths, failed: &failed)
        let width = width ?? TerminalWidth.current
        let today = SimpleDate(Date())
        var output = StandardOutput()
        var first = true
        FileBatches.run(files) { path -> Result<[[UInt8]], LoadError> in
            do throws(LoadError) {
                // A feed gives one article per item, printed in document order.
                let articles = try ArticleLoader.load(path, limit: limit)
                return .success(articles.map { article in
                    switch format {
                    case .json: return ArticleJSON.line(article)
                    case .markdown: return ArticleMarkdown.document(article)
                    case .text: return ArticleText.lines(article, width: width, today: today)
                    }
                })
            } catch {
                return .failure(error)
            }
        } emit: { result in
            switch result {
            case .success(let documents):
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
        if failed { throw ExitCode(2) }
    }
}
