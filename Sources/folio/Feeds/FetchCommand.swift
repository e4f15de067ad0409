import ArgumentParser
import FolioKit
import FolioNet
import Foundation
import Synchronization

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

    @OptionGroup var network: NetworkOptions

    func run() throws {
        let environment = ProcessEnvironment.variables()
        let library = try AsyncRun.homeLibrary(environment)
        let fetch = FeedFetch(library: library, settings: network.settings(environment: environment))
        var chosen: Set<String>?
        if !feeds.isEmpty {
            do {
                let subscriptions = try library.subscriptions.load()
                chosen = Set(try feeds.map { given throws(FeedError) in try FeedSubscriptions.find(given, in: subscriptions).url })
            } catch let error as FeedError {
                StandardOutput.error(error.description)
                throw ExitCode(2)
            } catch {
                StandardOutput.error("\(error)")
                throw ExitCode(2)
            }
        }
        let only = chosen
        let progress = FetchProgressLine(isShown: isatty(STDERR_FILENO) == 1)
        let result = AsyncRun.wait { () async throws(FeedError) in
            try await fetch.fetchAll(only: { only?.contains($0.url) ?? true }, waiting: AsyncRun.sayWaiting) { progress.show($0) }
        }
        progress.clear()
        switch result {
        case .failure(let error):
            StandardOutput.error(error.description)
            throw ExitCode(2)
        case .success(let outcomes):
            var output = StandardOutput()
            if json {
                for outcome in outcomes { output.write(FeedOutput.outcomeLine(outcome)) }
            } else if outcomes.isEmpty {
                output.write("No subscriptions: add one with `folio feed add URL` or `folio feed import FILE`.\n")
            } else {
                output.write(FeedOutput.summary(outcomes))
            }
            output.flush()
            for outcome in outcomes where outcome.status == .failed {
                StandardOutput.error("\(outcome.title) (\(outcome.url)): \(outcome.error ?? "failed")")
            }
            if outcomes.contains(where: { $0.status == .failed }) { throw ExitCode(2) }
        }
    }
}

/// The progress line `folio fetch` shows on a terminal: `fetching 37/120 feeds · 2 failed`,
/// redrawn in place on standard error and cleared at the end, so that nothing of it stays.
final class FetchProgressLine: Sendable {
    private let isShown: Bool
    private let drawn = Mutex(false)

    /// A line shown only when `isShown` (standard error is a terminal).
    init(isShown: Bool) { self.isShown = isShown }

    /// Draws `progress` over the line.
    func show(_ progress: FeedProgress) {
        guard isShown else { return }
        let failed = progress.failed > 0 ? " · \(progress.failed) failed" : ""
        write("\r\u{1B}[Kfetching \(progress.done)/\(progress.total) feeds\(failed)")
        drawn.withLock { $0 = true }
    }

    /// Clears the line, when one was drawn.
    func clear() {
        guard drawn.withLock({ $0 }) else { return }
        write("\r\u{1B}[K")
    }

    private func write(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Foundation.write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
}
