import ArgumentParser
import FolioApp

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
        try exiting { try FeedSubscribing.list(json: json, noState: noState) }
    }
}
