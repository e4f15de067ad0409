import Foundation

/// A folder of its own under the system's temporary folder, for tests that need files.
struct TemporaryFolder {
    let path = NSTemporaryDirectory() + "folio-test-\(UUID().uuidString)"

    /// Writes `bytes` to the file `name` in the folder (made when needed); returns its path.
    func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let file = path + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    /// Removes the folder and what it holds.
    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
