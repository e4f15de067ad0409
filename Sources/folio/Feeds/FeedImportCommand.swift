import ArgumentParser
import FolioKit
import FolioNet

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
        let library = try AsyncRun.homeLibrary(ProcessEnvironment.variables())
        do {
            let bytes = try ArticleLoader.bytes(of: file, limit: maxFileSize)
            let imported = try FeedSubscriptions(library: library).importFile(bytes, path: file, waiting: AsyncRun.sayWaiting)
            for note in imported.notes { StandardOutput.error("\(file): \(note)") }
            var output = StandardOutput()
            output.write(FeedOutput.imported(imported))
            output.flush()
        } catch let error as LoadError {
            StandardOutput.error(error.description)
            throw ExitCode(2)
        } catch let error as FeedError {
            StandardOutput.error(error.description)
            throw ExitCode(2)
        }
    }
}
