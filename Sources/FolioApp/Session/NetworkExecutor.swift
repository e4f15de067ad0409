import Dispatch

/// An executor the reader's network work runs on: a serial queue of its own. The fetches are
/// async code, which otherwise runs on the concurrency pool; a host that blocks the pool's
/// threads (a test harness waiting on the reader in every thread it has) would then never let
/// a fetch finish. The work is short steps between network waits, so one queue serves a kind.
final class NetworkExecutor: TaskExecutor, @unchecked Sendable {
    /// The page saves (`a`) and the full texts (`F`).
    static let pageSaving = NetworkExecutor(label: "folio.page-saving")
    /// The fetches of the subscriptions (`r`), which may wait for the home library's lock.
    static let feedFetching = NetworkExecutor(label: "folio.feed-fetching")

    private let queue: DispatchQueue

    private init(label: String) {
        queue = DispatchQueue(label: label, qos: .utility)
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
