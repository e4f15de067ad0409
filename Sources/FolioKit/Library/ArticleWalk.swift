import Foundation

/// A walk of command-line paths that hands out their article files in order a few at a time,
/// so that the first screenful can be shown before a big folder tree has been read.
///
/// The order is `ArticleFiles.expand`'s: the paths as given, each folder's files sorted by
/// their whole path's UTF-8 bytes. The walk gets there reading one folder at a time: a folder's
/// entries are sorted by name, a subfolder's name taken with its trailing `/`, which puts
/// `b.txt` before `b/x.txt` exactly as comparing the full paths does. A path that cannot be
/// used is found when the walk starts (`errors`), so it can be reported before the screen
/// starts; a subfolder that cannot be read is added to `errors` when the walk gets to it, and
/// the walk goes on. Names are read as bytes (`PathBytes`): a name that is not UTF-8 is walked
/// and opened like any other.
public struct ArticleWalk: Sendable {
    /// One folder being walked: its path with a trailing `/` and its entries, sorted, still to
    /// visit (in reverse, the next at the end).
    private struct Folder: Sendable {
        var prefix: String
        var remaining: [Entry]
    }

    /// A folder entry worth visiting: an article file or a subfolder.
    private struct Entry: Sendable {
        var name: [UInt8]
        var isFolder: Bool
        /// The name as compared: a folder's with `/` after it.
        var key: [UInt8] { isFolder ? name + [0x2F] : name }
    }

    /// A command-line path still to walk: a file (or `-`) is handed out as it is, a folder is
    /// opened when the walk gets to it.
    private enum Start: Sendable {
        case file(String)
        case folder(String)
    }

    /// The command-line paths that cannot be used (missing, unreadable), in the order given,
    /// then the folders found unreadable on the way, in walk order.
    public private(set) var errors: [LoadError] = []
    private var starts: [Start] = []
    private var folders: [Folder] = []

    /// Prepares the walk of `paths` (`-` stands for standard input and is handed out as it is).
    /// Only the paths themselves are looked at here.
    public init(_ paths: [String]) {
        for path in paths {
            if path == "-" {
                starts.append(.file(path))
                continue
            }
            var status = stat()
            guard PathBytes.withCString(path, { stat($0, &status) }) == 0 else {
                errors.append(.unreadable(path: path, reason: ArticleLoader.systemReason(errno)))
                continue
            }
            let isFolder = status.st_mode & S_IFMT == S_IFDIR
            // A folder that cannot be listed is named now, before the screen starts.
            if isFolder, PathBytes.withCString(path, { access($0, R_OK | X_OK) }) != 0 {
                errors.append(.unreadable(path: path, reason: ArticleLoader.systemReason(errno)))
                continue
            }
            starts.append(isFolder ? .folder(path) : .file(path))
        }
        starts.reverse()
    }

    /// True when every file has been handed out.
    public var isFinished: Bool { starts.isEmpty && folders.isEmpty }

    /// Up to `count` more files, in order; fewer only when the walk is finished.
    public mutating func next(_ count: Int) -> [String] {
        var files: [String] = []
        while files.count < count {
            if var folder = folders.popLast() {
                guard let entry = folder.remaining.popLast() else { continue }
                let path = folder.prefix + PathBytes.string(entry.name)
                folders.append(folder)
                if entry.isFolder {
                    open(path)
                } else {
                    files.append(path)
                }
            } else if let start = starts.popLast() {
                switch start {
                case .file(let path): files.append(path)
                case .folder(let path): open(path)
                }
            } else {
                break
            }
        }
        return files
    }

    /// Every file left.
    public mutating func rest() -> [String] { next(Int.max) }

    /// Lists the folder at `path` and puts it on top of the walk; one that cannot be listed
    /// goes to `errors`.
    private mutating func open(_ path: String) {
        guard let directory = PathBytes.withCString(path, { opendir($0) }) else {
            errors.append(.unreadable(path: path, reason: ArticleLoader.systemReason(errno)))
            return
        }
        defer { closedir(directory) }
        let prefix = path.hasSuffix("/") ? path : path + "/"
        var entries: [Entry] = []
        while let found = readdir(directory) {
            if let entry = Self.entry(named: DirectoryEntry.name(found), type: DirectoryEntry.type(found), prefix: prefix) {
                entries.append(entry)
            }
        }
        let keyed = entries.map { ($0.key, $0) }
        // Sorted in reverse: the walk takes the next entry from the end.
        let sorted = keyed.sorted { left, right in left.0.lexicographicallyPrecedes(right.0) }
        folders.append(Folder(prefix: prefix, remaining: sorted.reversed().map(\.1)))
    }

    /// The entry for a folder item worth visiting, or nil: hidden items, files that are not
    /// articles, symbolic links to folders and anything else are skipped.
    private static func entry(named name: UnsafeBufferPointer<UInt8>, type: Int32, prefix: String) -> Entry? {
        guard let first = name.first, first != 0x2E else { return nil }
        switch type {
        case Int32(DT_DIR):
            return Entry(name: Array(name), isFolder: true)
        case Int32(DT_REG):
            let isArticle = ArticleFiles.isArticle(name: name, path: prefix + PathBytes.string(name))
            return isArticle ? Entry(name: Array(name), isFolder: false) : nil
        case Int32(DT_LNK), Int32(DT_UNKNOWN):
            let path = prefix + PathBytes.string(name)
            var status = stat()
            guard PathBytes.withCString(path, { stat($0, &status) }) == 0 else { return nil }
            if status.st_mode & S_IFMT == S_IFREG, ArticleFiles.isArticle(path) { return Entry(name: Array(name), isFolder: false) }
            // A symbolic link to a folder is not followed (it could loop); a folder the file
            // system did not type is.
            if status.st_mode & S_IFMT == S_IFDIR, type == Int32(DT_UNKNOWN) { return Entry(name: Array(name), isFolder: true) }
            return nil
        default:
            return nil
        }
    }
}
