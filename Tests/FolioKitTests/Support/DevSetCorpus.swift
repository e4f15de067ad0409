import Foundation

/// The shared test corpus at `../shared/corpus` (relative to the package root), read in place.
enum DevSetCorpus {
    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The corpus folder (it may be absent on machines without the shared corpora).
    static let root = packageRoot.appendingPathComponent("../shared/corpus").standardizedFileURL

    /// The reference article.
    static let seed = root.appendingPathComponent("seed/putin-peace-talks.txt")

    /// The plain-text dev set folder.
    static let plainText = root.appendingPathComponent("dev/plaintext")

    /// True when `url` exists; prints why a test is skipped when it does not.
    static func isPresent(_ url: URL) -> Bool {
        guard FileManager.default.fileExists(atPath: url.path) else {
            print("skipped: \(url.path) is absent (the shared corpus is not on this machine)")
            return false
        }
        return true
    }

    /// The bytes of a corpus file.
    static func bytes(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }
}
