import ArgumentParser
import FolioKit
import FolioNet

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
        let library = try AsyncRun.homeLibrary(ProcessEnvironment.variables())
        do {
            let removed = try FeedSubscriptions(library: library).remove(feed, deleteItems: deleteItems, waiting: AsyncRun.sayWaiting)
            var output = StandardOutput()
            output.write(FeedOutput.removed(removed, deletedItems: deleteItems, library: library))
            output.flush()
        } catch {
            StandardOutput.error(error.description)
            throw ExitCode(2)
        }
    }
}
