import FolioKit
import FolioNet
import Foundation
import Synchronization

/// `folio add URL...`: fetches web pages and saves them in the home library.
public enum PageSaving {
    /// Saves the pages at `urls` (`-`: addresses read from standard input, one a line) in the
    /// home library, fetching again those saved before when `refresh`, with the fetch settings
    /// the environment gives (proxies, trust store), then the `[fetch]` of the configuration
    /// file `configuration` names, then `adjust` (the command line's options, which win for
    /// their run). Prints a line per address (with `json`, a JSON object). Exit status 2 when
    /// any page failed (the others are still saved), when the configuration file has a mistake
    /// (nothing is fetched), or when there is no home library or its folders cannot be made.
    public static func run(
        urls: [String], refresh: Bool, json: Bool, configuration source: ConfigurationSource = .standard,
        adjust: (inout FetchSettings) -> Void = { _ in }
    ) throws(ExitStatus) {
        let environment = ProcessEnvironment.variables()
        let fetching = try CommandRun.fetching(environment, configuration: source, adjust: adjust)
        var addresses: [String] = []
        for url in urls {
            if url == "-" {
                addresses += AddressList.read(Array(FileHandle.standardInput.readDataToEndOfFile()))
            } else {
                addresses.append(url)
            }
        }
        let adder = PageAdder(library: fetching.library, settings: fetching.settings, refresh: refresh)
        let given = addresses
        let failed = Atomic<Bool>(false)
        let result = CommandRun.wait { () async throws(AddError) in
            try await adder.add(given) { outcome in
                if outcome.status == .failed { failed.store(true, ordering: .relaxed) }
                AddOutput.print(outcome, json: json)
            }
        }
        if case .failure(let error) = result {
            StandardOutput.error(error.description)
            throw ExitStatus(2)
        }
        if failed.load(ordering: .relaxed) { throw ExitStatus(2) }
    }
}
