import Foundation

/// A folder of its own under the temporary folder for a test's files, removed with everything
/// in it at the end.
public final class ScratchFolder {
    /// The folder's path.
    public let path = NSTemporaryDirectory() + "folio-test-\(UUID().uuidString)"

    public init() throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes a file (and the folders it needs) and returns its path.
    @discardableResult
    public func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = path + "/" + name
        try FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    /// Writes a text file and returns its path.
    @discardableResult
    public func file(_ name: String, _ text: String) throws -> String { try file(name, Array(text.utf8)) }

    /// Removes a file.
    public func remove(_ name: String) throws { try FileManager.default.removeItem(atPath: path + "/" + name) }

    /// Every file and folder under the folder, by its path below it.
    public var contents: [String] { (FileManager.default.enumerator(atPath: path)?.allObjects as? [String]) ?? [] }
}
