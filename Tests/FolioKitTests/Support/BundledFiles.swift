import Foundation
import TestCorpus

/// The package's own resource files, read from the source tree, to check the embedded copies.
enum BundledFiles {
    /// The files in `folder` (relative to the package root) ending in `suffix`, name to text.
    static func files(in folder: String, endingIn suffix: String) throws -> [String: String] {
        let directory = PackageRoot.url.appendingPathComponent(folder)
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where name.hasSuffix(suffix) {
            files[name] = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
        }
        return files
    }
}
