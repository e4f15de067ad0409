import Foundation

/// The path a file is known by in the state database: absolute and without `.` or `..`
/// parts, so that `folio notes` and `folio ~/notes` share their reading state.
enum StorePath {
    /// The working folder, read once.
    private static let workingFolder = FileManager.default.currentDirectoryPath

    /// `path` made absolute (against the working folder) and cleaned of `.`, `..` and `//`.
    static func key(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : workingFolder + "/" + path
        guard absolute.contains("/.") || absolute.contains("//") else { return absolute }
        var parts: [Substring] = []
        for part in absolute.split(separator: "/") {
            if part == "." { continue }
            if part == ".." {
                _ = parts.popLast()
                continue
            }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }
}
