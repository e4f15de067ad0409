import ArgumentParser
import FolioKit
import FolioNet
import FolioStore

/// `folio feed list`: the subscriptions, with their items and fetch state.
struct FeedListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the subscriptions: title, address, items, unread, last fetch, last error.",
        discussion: """
            One block per subscription: its name, its address, how many items are kept and \
            how many of them are unread, when it was last fetched, and its last error, with \
            when it will be tried again when it waits (after failing again and again, or \
            because the server asked) or that it is gone. --json prints one JSON object per \
            subscription (url, title, name, categories, full_text, items, unread, \
            last_fetched, last_error, failures, not_before, dead).
            """
    )

    @Flag(help: "Print one JSON object per subscription (JSON Lines).")
    var json = false

    @Flag(name: .long, help: "Read no state database: unread counts are left out.")
    var noState = false

    func run() throws {
        let environment = ProcessEnvironment.variables()
        let library = try AsyncRun.homeLibrary(environment)
        let listings: [FeedSubscriptions.Listing]
        do {
            listings = try FeedSubscriptions(library: library).list()
        } catch {
            StandardOutput.error(error.description)
            throw ExitCode(2)
        }
        var readPaths: Set<String>?
        if !noState, !listings.isEmpty {
            let (store, warning) = LibraryStore.open(environment: environment)
            if let warning { StandardOutput.error(warning) }
            readPaths = try? store.readPaths()
        }
        var output = StandardOutput()
        for listing in listings {
            let unread = readPaths.map { read in listing.itemPaths.filter { !read.contains($0) }.count }
            output.write(json ? FeedOutput.listingLine(listing, unread: unread) : FeedOutput.listing(listing, unread: unread))
        }
        if listings.isEmpty && !json { output.write("No subscriptions: add one with `folio feed add URL` or `folio feed import FILE`.\n") }
        output.flush()
    }
}
