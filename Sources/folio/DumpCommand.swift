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

    @Option(help: "Columns to wrap text to (default: the terminal's width, or 80).")
    var width: Int?

    @Argument(help: "Article files or folders (read recursively); `-` reads standard input.")
    var paths: [String]

    func validate() throws {
        if let width, width < 10 { throw ValidationError("--width must be at least 10.") }
    }

    func run() throws {
        var failed = false
        var files: [String] = []
        for entry in ArticleFiles.expand(paths) {
            switch entry {
            case .success(let path): files.append(path)
            case .failure(let error):
                StandardOutput.error(error.description)
                failed = true
            }
        }
        let format = format
        let width = width ?? TerminalWidth.current
        let today = SimpleDate(Date())
        var output = StandardOutput()
        var first = true
        FileBatches.run(files) { path -> Result<[UInt8], LoadError> in
            do throws(LoadError) {
                let article = try ArticleLoader.load(path)
                switch format {
                case .json: return .success(ArticleJSON.line(article))
                case .markdown: return .success(ArticleMarkdown.document(article))
                case .text: return .success(ArticleText.lines(article, width: width, today: today))
                }
            } catch {
                return .failure(error)
            }
        } emit: { result in
            switch result {
            case .success(let bytes):
                if !first && format != .json { output.write([0x0A]) }
                first = false
                output.write(bytes)
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
