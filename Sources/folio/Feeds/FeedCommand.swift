import ArgumentParser

/// `folio feed`: the subscriptions kept in the home library.
struct FeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feed",
        abstract: "Subscribe to feeds, list, remove, import and export subscriptions.",
        discussion: """
            Subscriptions and their items live in the home library, $XDG_DATA_HOME/folio \
            (default ~/.local/share/folio): subscriptions.json, and one file per item under \
            feeds/. `folio fetch` fetches them.
            """,
        subcommands: [FeedAddCommand.self, FeedListCommand.self, FeedRemoveCommand.self, FeedImportCommand.self, FeedExportCommand.self]
    )
}
