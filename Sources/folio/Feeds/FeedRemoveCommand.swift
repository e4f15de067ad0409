import ArgumentParser
import FolioApp

/// `folio feed remove URL|NAME`: ends a subscription.
struct FeedRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove a subscription; its items stay readable unless --delete-items.",
        discussion: "Exit status: 0 when removed, 2 when no subscription has that address or name."
    )

    @Argument(help: "The feed's address or name.")
    var feed: String

    @Flag(help: "Delete the items fetched from the feed too.")
    var deleteItems = false

    func run() throws {
        try exiting { try FeedSubscribing.remove(feed, deleteItems: deleteItems) }
    }
}
