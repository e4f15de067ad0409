import FolioKit
import FolioNet
import Foundation

/// `folio fetch`: fetches the subscriptions and keeps their new items.
public enum FeedFetching {
    /// Fetches the subscriptions `feeds` names (addresses or names; all when empty), with the fetch
    /// settings the environment and the configuration file give, adjusted by `adjust`. Prints a
    /// summary line (with `json`, one JSON object per feed) and a line on standard error per failed
    /// feed; on a terminal, a progress line that leaves no trace. With `fullText` (or the file's
    /// `full-text`), the pages of every feed's new items are kept (as for feeds added with
    /// `--full-text`). Exit status 2 when any feed failed.
    public static func run(feeds: [String], json: Bool, fullText: Bool = false, adjust: (inout FetchSettings) -> Void = { _ in }) throws(ExitStatus) {
        let environment = ProcessEnvironment.variables()
        let fetching = try CommandRun.fetching(environment, adjust: adjust)
        let library = fetching.library
        let fullText = fullText || fetching.file.fullText
        let fetch = FeedFetch(library: library, settings: fetching.settings)
        var chosen: Set<String>?
        if !feeds.isEmpty {
            do {
                let subscriptions = try library.subscriptions.load()
                chosen = Set(try feeds.map { given throws(FeedError) in try FeedSubscriptions.find(given, in: subscriptions).url })
            } catch let error as FeedError {
                StandardOutput.error(error.description)
                throw ExitStatus(2)
            } catch {
                StandardOutput.error("\(error)")
                throw ExitStatus(2)
            }
        }
        let only = chosen
        let progress = FetchProgressLine(isShown: isatty(STDERR_FILENO) == 1)
        let result = CommandRun.wait { () async throws(FeedError) in
            try await fetch.fetchAll(fullText: fullText, only: { only?.contains($0.url) ?? true }, waiting: CommandRun.sayWaiting) { progress.show($0) }
        }
        progress.clear()
        switch result {
        case .failure(let error):
            StandardOutput.error(error.description)
            throw ExitStatus(2)
        case .success(let outcomes):
            var output = StandardOutput()
            if json {
                for outcome in outcomes { output.write(FeedOutput.outcomeLine(outcome)) }
            } else if outcomes.isEmpty {
                output.write(FeedSubscribing.noSubscriptions)
            } else {
                output.write(FeedOutput.summary(outcomes))
            }
            output.flush()
            for outcome in outcomes where outcome.status == .failed {
                StandardOutput.error("\(outcome.title) (\(outcome.url)): \(outcome.error ?? "failed")")
            }
            if outcomes.contains(where: { $0.status == .failed }) { throw ExitStatus(2) }
        }
    }
}
