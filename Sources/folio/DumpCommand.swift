import ArgumentParser
import FolioApp
import FolioKit

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

    @Option(help: "Output format: text, json (JSON Lines) or markdown.")
    var format: ArticleDump.Format = .text

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

    func run() throws {
        try exiting { try ArticleDump.run(paths: paths, format: format, width: width, limit: maxFileSize) }
    }
}
