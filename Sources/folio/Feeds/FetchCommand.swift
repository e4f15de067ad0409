import ArgumentParser
import FolioApp

/// `folio fetch`: fetches the subscriptions and keeps their new items.
struct FetchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Fetch every subscription (or those named) and keep their new items.",
        discussion: """
            Fetches concurrently (--max-requests at once, --max-per-host to one host), asking \
            each server for the feed only if it changed since the last fetch. A server that \
            answers 429 or 503 with Retry-After is left alone until then (deferred); a feed \
            that fails again and again is tried less and less often (see `folio feed list`); \
            a feed moved for good (301, 308) is followed and its address updated; a feed gone \
            (410) is not fetched again.

            Items are kept in the home library, one file each, also after they leave the feed; \
            an item the feed changed is updated in place, keeping its read mark, position and \
            bookmarks. One fetch runs at a time: a second one waits for the first.

            Output: on a terminal, a progress line on standard error; then one summary line, \
            `N new articles in N feeds · N not modified · N failed`, and a line on standard \
            error per failed feed. --json prints one JSON object per feed instead of the \
            summary (url, title, status: fetched, not_modified, deferred, dead or failed; \
            new; error).

            Exit status: 0 when every feed was fetched, not modified, deferred or already \
            known to be gone; 2 when any failed (the others are kept all the same).
            """
    )

    @Argument(help: "Addresses or names of the feeds to fetch (default: all).")
    var feeds: [String] = []

    @Flag(help: "Print one JSON object per feed (JSON Lines).")
    var json = false

    @Flag(help: "Also fetch the whole article behind each new item, as for feeds added with --full-text.")
    var fullText = false

    @OptionGroup var network: NetworkOptions

    func run() throws {
        try exiting { try FeedFetching.run(feeds: feeds, json: json, fullText: fullText, adjust: network.apply) }
    }
}
