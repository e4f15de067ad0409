import Foundation

/// Bytes read from a file descriptor into a new array, as many as fit or as there are.
struct DescriptorRead {
    /// The bytes read.
    var bytes: [UInt8]
    /// Whether the file ended before the array was full.
    var ended = false
    /// The error number of a read that failed, 0 when none did.
    var failure: Int32 = 0

    /// Fills up to `capacity` bytes with `read(destination, count, offset)` calls (a `read` or
    /// a `pread` at the offset reached so far), again after an interrupted call, until the
    /// array is full, a call returns 0 (the end) or one fails.
    init(capacity: Int, _ read: (UnsafeMutableRawPointer?, Int, Int) -> Int) {
        var ended = false, failure: Int32 = 0
        bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            while initialized < buffer.count {
                let count = read(buffer.baseAddress.map { $0 + initialized }, buffer.count - initialized, initialized)
                if count > 0 {
                    initialized += count
                } else if count == 0 {
                    ended = true
                    return
                } else if errno != EINTR {
                    failure = errno
                    return
                }
            }
        }
        self.ended = ended
        self.failure = failure
    }
}
