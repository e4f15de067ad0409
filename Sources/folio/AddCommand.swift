import ArgumentParser
import FolioApp

/// `folio add URL...`: fetches web pages and saves them in the home library.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Fetch web pages and save them in the home library.",
        discussion: """
            Saves each page as it was fetched in $XDG_DATA_HOME/folio/pages (default \
            ~/.local/share/folio/pages), named after its title, with where it came from beside \
            it. A page saved before, from the same address or one that redirected to it, is \
            not fetched again unless --refresh is given. Web pages are read with folio's \
            Readability pass, plain text and Markdown as they are; feeds are not saved.

            Output: one line per address, `saved  TITLE  (PATH)` or `exists  TITLE  (PATH)`; \
            a failure is one line on standard error, `folio: URL: REASON`. --json prints one \
            JSON object per address instead (url, final_url, status, path, title, error).

            The limits, timeout, User-Agent and trust come from the configuration file's \
            [fetch] (see folio config); an option here wins over it for this run. A mistake in \
            the file stops folio add before anything is fetched, naming its line and column.

            Proxies come from https_proxy, http_proxy, all_proxy and no_proxy (and their \
            upper-case forms, but for HTTP_PROXY) as in curl; SSL_CERT_FILE replaces the \
            system's trusted certificates.

            Exit status: 0 when every page was saved or was there already, 2 when any failed \
            (the others are still saved), on a mistake in the configuration file or on a usage \
            error.
            """
    )

    @Argument(help: "Addresses of pages to save; - reads addresses from standard input, one a line.")
    var urls: [String]

    @Flag(help: "Fetch pages already saved again and replace them (unless unchanged).")
    var refresh = false

    @Flag(help: "Print one JSON object per address (JSON Lines).")
    var json = false

    @OptionGroup var network: NetworkOptions

    @OptionGroup var config: ConfigurationOptions

    func run() throws {
        try exiting {
            try PageSaving.run(urls: urls, refresh: refresh, json: json, configuration: config.source, adjust: network.apply)
        }
    }
}
