import Foundation

/// The shared test corpus at `../shared/corpus`, relative to the package root.
enum CorpusFiles {
    /// The corpus folder, or nil when it is absent.
    static var root: URL? {
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let corpus = packageRoot.appendingPathComponent("../shared/corpus").standardized
        return FileManager.default.fileExists(atPath: corpus.path) ? corpus : nil
    }

    /// The seed article and the plain-text dev articles, or none when the corpus is absent.
    static func plainText() -> [String] {
        guard let root else { return [] }
        let folder = root.appendingPathComponent("dev/plaintext")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return [root.appendingPathComponent("seed/putin-peace-talks.txt").path]
            + names.filter { $0.hasSuffix(".txt") }.sorted().map { folder.appendingPathComponent($0).path }
    }
}
