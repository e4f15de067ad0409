import ArgumentParser
import FolioApp
import FolioKit

/// `folio feed import FILE`: subscriptions from OPML or newsboat's `urls` file.
struct FeedImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import subscriptions from an OPML file or a newsboat urls file.",
        discussion: """
            OPML 1.0 and 2.0: nested outlines become categories (Tech/Linux). newsboat's urls \
            file: one address a line, its tags kept as categories and "~Title" as the name; \
            comments and query:, exec: and filter: lines are skipped, each with a note on \
            standard error. Feeds already subscribed to stay as they are. Nothing is fetched: \
            `folio fetch` does.

            Exit status: 0 on success, 2 when the file cannot be read or is not OPML.
            """
    )

    @Argument(help: "The OPML or urls file; - reads standard input.", completion: .file())
    var file: String

    @Option(help: "The largest file to read, e.g. 10M.")
    var maxFileSize = SizeLimit.standard

    func run() throws {
        try exiting { try FeedSubscribing.importFile(file, limit: maxFileSize) }
    }
}
