import ArgumentParser
import FolioApp

/// `folio feed add URL`: subscribes to a feed, or to the feed a web page names.
struct FeedAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Subscribe to a feed (RSS or Atom), or to the feed a web page names.",
        discussion: """
            Fetches the address once to check that it is a feed, and keeps its items. The \
            address of a web page works when the page names its feed (<link rel="alternate" \
            type="application/rss+xml"> or Atom): folio subscribes to that feed and says so.

            Exit status: 0 when subscribed, 2 when not (the line on standard error says why).
            """
    )

    @Argument(help: "The feed's address, or a web page that names its feed.")
    var url: String

    @Flag(help: "Fetch the whole article behind each new item.")
    var fullText = false

    @Option(help: "The name to show for the feed instead of its title.")
    var name: String?

    @OptionGroup var network: NetworkOptions

    func run() throws {
        try exiting { try FeedSubscribing.add(url, name: name, fullText: fullText, adjust: network.apply) }
    }
}
