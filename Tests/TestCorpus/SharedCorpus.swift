import Foundation

/// The package's source tree, for tests that read its own files (themes, samples).
public enum PackageRoot {
    /// The package's root folder, found from this file's path (`Tests/TestCorpus/…`).
    public static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}

/// The shared test corpus at `../shared/corpus` beside the package, read in place (never copied
/// into the repository). A test that needs it asks for its files here and fails, naming what
/// is missing, when the corpus is not on the machine: no test passes with nothing checked.
public enum SharedCorpus {
    /// Where the corpus is expected.
    public static let root = PackageRoot.url.appendingPathComponent("../shared/corpus").standardizedFileURL

    /// The reference article.
    public static let seed = "seed/putin-peace-talks.txt"
    /// The plain-text dev set (each `NAME.txt` with its `NAME.expected.json`).
    public static let plainText = "dev/plaintext"

    /// The file or folder at `relative` (a path inside the corpus, `.` for the corpus itself),
    /// or `SharedCorpus.Missing`.
    public static func url(_ relative: String) throws -> URL {
        let url = root.appendingPathComponent(relative).standardizedFileURL
        guard FileManager.default.fileExists(atPath: url.path) else { throw Missing(path: url.path) }
        return url
    }

    /// The path of the file or folder at `relative`, or `SharedCorpus.Missing`.
    public static func path(_ relative: String) throws -> String { try url(relative).path }

    /// The bytes of the file at `relative`.
    public static func bytes(_ relative: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: url(relative))) }

    /// The names in the folder at `relative` that end in `suffix`, sorted; `Missing` when the
    /// folder is absent or holds none (a test over an empty folder would check nothing).
    public static func names(in relative: String, endingIn suffix: String) throws -> [String] {
        let folder = try url(relative)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(suffix) }.sorted()
        guard !names.isEmpty else { throw Missing(path: folder.appendingPathComponent("*" + suffix).path) }
        return names
    }

    /// The paths of the plain-text articles: the seed, then the dev set's.
    public static func plainTextArticles() throws -> [String] {
        try [path(seed)] + names(in: plainText, endingIn: ".txt").map { try path(plainText + "/" + $0) }
    }

    /// A file or folder of the corpus that is not there.
    public struct Missing: Error, CustomStringConvertible {
        /// The path that was looked for.
        public let path: String

        public var description: String {
            "the shared test corpus is missing: \(path) not found. This test reads the corpus in place; "
                + "put it at \(SharedCorpus.root.path) (see its README.md) and run the tests again"
        }
    }
}
