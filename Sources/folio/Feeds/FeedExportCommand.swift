import ArgumentParser
import FolioKit
import FolioNet

/// `folio feed export`: the subscriptions as OPML 2.0 on standard output.
struct FeedExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print the subscriptions as OPML 2.0 (import gives them back).",
        discussion: "Categories become nested outlines; feeds with --full-text keep it."
    )

    func run() throws {
        let library = try AsyncRun.homeLibrary(ProcessEnvironment.variables())
        do {
            var output = StandardOutput()
            output.write(try FeedSubscriptions(library: library).export())
            output.flush()
        } catch {
            StandardOutput.error(error.description)
            throw ExitCode(2)
        }
    }
}
