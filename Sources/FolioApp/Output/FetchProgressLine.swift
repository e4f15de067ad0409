import FolioNet
import Foundation
import Synchronization

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
