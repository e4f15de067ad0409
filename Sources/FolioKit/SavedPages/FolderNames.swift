import Foundation

/// The names in a folder, read with `readdir`.
enum FolderNames {
    /// Every name in `folder` but `.` and `..`, in no particular order; none when it cannot be
    /// opened.
    static func names(in folder: String) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = String(decoding: DirectoryEntry.name(entry), as: UTF8.self)
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }
}
