import Foundation

/// An entry `readdir` returned, read where it lies.
///
/// The kernel packs a folder's `dirent` records end to end, each only as long as its name: the
/// last one in `readdir`'s buffer may end before `d_name`'s 256 bytes do. So a record is never
/// copied whole (`entry.pointee.d_name` copies all 256 bytes, reading past the buffer, as
/// AddressSanitizer showed on a folder of 10,000 files); its fields are read at their offsets.
enum DirectoryEntry {
    /// The entry's name, without its terminating NUL; valid until the next `readdir` or
    /// `closedir` of its folder.
    static func name(_ entry: UnsafeMutablePointer<dirent>) -> UnsafeBufferPointer<UInt8> {
        let offset = MemoryLayout<dirent>.offset(of: \dirent.d_name) ?? 0
        let start = UnsafeRawPointer(entry) + offset
        return UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self), count: strlen(start.assumingMemoryBound(to: CChar.self)))
    }

    /// The entry's type as the folder knows it (`DT_REG`, `DT_DIR`, `DT_LNK`, `DT_UNKNOWN`, …).
    static func type(_ entry: UnsafeMutablePointer<dirent>) -> Int32 {
        let offset = MemoryLayout<dirent>.offset(of: \dirent.d_type) ?? 0
        return Int32(UnsafeRawPointer(entry).load(fromByteOffset: offset, as: UInt8.self))
    }
}
