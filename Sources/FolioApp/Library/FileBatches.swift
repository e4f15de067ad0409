import Dispatch

/// Runs work over files in parallel on all cores, handing the results back in file order.
enum FileBatches {
    /// Calls `work` for every file (concurrently, in batches) and `emit` with each result in
    /// the order of `files`.
    static func run<Result: Sendable>(
        _ files: [String], work: @escaping @Sendable (String) -> Result, emit: (Result) -> Void
    ) {
        let batchSize = 256
        var start = 0
        while start < files.count {
            let batch = Array(files[start..<min(start + batchSize, files.count)])
            let slots = Slots<Result>(count: batch.count)
            DispatchQueue.concurrentPerform(iterations: batch.count) { index in
                slots.store(work(batch[index]), at: index)
            }
            slots.drain(emit)
            start += batchSize
        }
    }
}

/// One result slot per file of a batch. Each slot is written by exactly one worker and read
/// only after all workers are done, so sharing it across threads is safe.
private final class Slots<Result: Sendable>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Result?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    func store(_ result: Result, at index: Int) { buffer[index] = result }

    func drain(_ emit: (Result) -> Void) {
        for index in buffer.indices {
            if let result = buffer[index] { emit(result) }
            buffer[index] = nil
        }
    }
}
