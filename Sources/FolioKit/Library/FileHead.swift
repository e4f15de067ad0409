import Foundation

/// The first bytes of a file, which decide whether it is text at all, as grep and less decide:
/// a file is binary when a NUL character appears in its first 8 KiB. A file is never read
/// whole to be rejected.
public enum FileHead {
    /// How many bytes decide.
    public static let size = 8192

    /// Up to `size` bytes from the start of the open file `descriptor`, read with `pread` so
    /// that the file's offset does not move; or the system's error number.
    public static func read(_ descriptor: Int32, size: Int = FileHead.size) -> Result<[UInt8], Errno> {
        let read = DescriptorRead(capacity: size) { buffer, count, offset in pread(descriptor, buffer, count, off_t(offset)) }
        return read.failure == 0 ? .success(read.bytes) : .failure(Errno(code: read.failure))
    }

    /// Whether a file that starts with `head` is binary: a NUL character in its first `size`
    /// bytes, read as UTF-16 or UTF-32 after such a byte-order mark, as bytes otherwise.
    public static func isBinary<Bytes: Collection<UInt8>>(_ head: Bytes) -> Bool {
        let window = head.prefix(size)
        if let wide = WideText.containsNUL(window) { return wide }
        return window.contains(0)
    }

    /// A system error number.
    public struct Errno: Error, Equatable, Sendable {
        /// The number, e.g. `EIO`.
        public var code: Int32
    }
}
