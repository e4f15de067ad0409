import FolioKit
import Foundation

/// The path a file is known by in the state database: absolute and without `.` or `..`
/// parts, so that `folio notes` and `folio ~/notes` share their reading state.
enum StorePath {
    /// The working folder, read once (as `PathBytes`: its name need not be UTF-8).
    private static let workingFolder: String = {
        guard let folder = getcwd(nil, 0) else { return FileManager.default.currentDirectoryPath }
        defer { free(folder) }
        return PathBytes.string(cString: folder)
    }()

    /// `path` made absolute (against the working folder) and cleaned of `.`, `..` and `//`.
    static func key(_ path: String) -> String {
        let absolute = path.utf8.first == UInt8(ascii: "/") ? path : workingFolder + "/" + path
        guard needsCleaning(absolute) else { return absolute }
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

    /// True when `path` has a `/.` or `//` (checked on the bytes: this runs for every file).
    private static func needsCleaning(_ path: String) -> Bool {
        var afterSlash = false
        for byte in path.utf8 {
            if afterSlash, byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/") { return true }
            afterSlash = byte == UInt8(ascii: "/")
        }
        return false
    }
}
