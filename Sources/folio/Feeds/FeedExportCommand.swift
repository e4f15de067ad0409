import ArgumentParser
import FolioApp

/// `folio feed export`: the subscriptions as OPML 2.0 on standard output.
struct FeedExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print the subscriptions as OPML 2.0 (import gives them back).",
        discussion: "Categories become nested outlines; feeds with --full-text keep it."
    )

    func run() throws {
        try exiting { try FeedSubscribing.export() }
    }
}
