#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Wakes the event loop from other threads: background work that has news for the app calls
/// `wake()`, and the loop, waiting for a key, runs its idle work at once instead of at its next
/// tick. A pipe the loop waits on beside the terminal: one byte per wake, drained by the loop.
public final class LoopWakeup: Sendable {
    /// The end the loop waits on.
    let readEnd: Int32
    private let writeEnd: Int32

    /// Creates the pipe (non-blocking at both ends: a wake never blocks its caller, and the
    /// loop drains what is there).
    public init() {
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends {
                _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            }
        }
        readEnd = ends[0]
        writeEnd = ends[1]
    }

    deinit {
        close(readEnd)
        close(writeEnd)
    }

    /// Wakes the loop. Safe from any thread; a pipe already full of wakes is enough.
    public func wake() {
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }

    /// Empties the pipe: the wakes so far are seen.
    func drain() {
        Self.drain(readEnd)
    }

    /// Reads a non-blocking descriptor until it is empty.
    static func drain(_ descriptor: Int32) {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(descriptor, &buffer, buffer.count) > 0 {}
    }
}
