import Dispatch

/// The executor the reader's page saves run on: a serial queue of their own. The fetches are
/// async code, which otherwise runs on the concurrency pool; a host that blocks the pool's
/// threads (a test harness waiting on the reader in every thread it has) would then never let
/// a save finish. Saves are short steps between network waits, so one queue serves them all.
final class PageSavingExecutor: TaskExecutor, @unchecked Sendable {
    /// The one used by the reader.
    static let shared = PageSavingExecutor()

    private let queue = DispatchQueue(label: "folio.page-saving", qos: .utility)

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
