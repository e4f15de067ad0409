import ArgumentParser
import FolioKit
import FolioNet
import Foundation
import Synchronization

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

            Proxies come from https_proxy, http_proxy, all_proxy and no_proxy (and their \
            upper-case forms, but for HTTP_PROXY) as in curl; SSL_CERT_FILE replaces the \
            system's trusted certificates.

            Exit status: 0 when every page was saved or was there already, 2 when any failed \
            (the others are still saved) or on a usage error.
            """
    )

    @Argument(help: "Addresses of pages to save; - reads addresses from standard input, one a line.")
    var urls: [String]

    @Flag(help: "Fetch pages already saved again and replace them (unless unchanged).")
    var refresh = false

    @Flag(help: "Print one JSON object per address (JSON Lines).")
    var json = false

    @OptionGroup var network: NetworkOptions

    func run() throws {
        let environment = ProcessEnvironment.variables()
        let library = try AsyncRun.homeLibrary(environment)
        var addresses: [String] = []
        for url in urls {
            if url == "-" {
                addresses += AddressList.read(Array(FileHandle.standardInput.readDataToEndOfFile()))
            } else {
                addresses.append(url)
            }
        }
        let adder = PageAdder(library: library, settings: network.settings(environment: environment), refresh: refresh)
        let json = json, given = addresses
        let failed = Atomic<Bool>(false)
        let result = AsyncRun.wait { () async throws(AddError) in
            try await adder.add(given) { outcome in
                if outcome.status == .failed { failed.store(true, ordering: .relaxed) }
                AddOutput.print(outcome, json: json)
            }
        }
        if case .failure(let error) = result {
            StandardOutput.error(error.description)
            throw ExitCode(2)
        }
        if failed.load(ordering: .relaxed) { throw ExitCode(2) }
    }
}
