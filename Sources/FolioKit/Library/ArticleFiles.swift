import Foundation

/// Expands command-line paths into the article files to read: a file as given; a folder
/// recursively, every article file under it sorted by path (hidden entries and symbolic
/// links to folders skipped); `-` stands for standard input.
public enum ArticleFiles {
    /// Extensions of article files, lower case.
    public static let extensions: Set<String> = [
        "txt", "text", "md", "markdown", "html", "htm", "xhtml", "xml", "rss", "atom",
    ]

    /// The files for `paths` in order, or the error for a path that cannot be used.
    public static func expand(_ paths: [String]) -> [Result<String, LoadError>] {
        var result: [Result<String, LoadError>] = []
        for path in paths {
            if path == "-" {
                result.append(.success(path))
                continue
            }
            var status = stat()
            guard stat(path, &status) == 0 else {
                result.append(.failure(.unreadable(path: path, reason: ArticleLoader.systemReason(errno))))
                continue
            }
            if status.st_mode & S_IFMT == S_IFDIR {
                var files: [String] = []
                collect(in: path, into: &files)
                files.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
                result += files.map { .success($0) }
            } else {
                result.append(.success(path))
            }
        }
        return result
    }

    /// True when a file in a folder should be read as an article: a known extension, or no
    /// extension and text in its first bytes.
    public static func isArticle(_ path: String) -> Bool {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return startsWithText(path) }
        return extensions.contains(name[name.index(after: dot)...].lowercased())
    }

    // MARK: - Walking folders

    private static func collect(in folder: String, into files: inout [String]) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }
            let path = prefix + name
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR):
                collect(in: path, into: &files)
            case Int32(DT_REG):
                if isArticle(path) { files.append(path) }
            case Int32(DT_LNK), Int32(DT_UNKNOWN):
                var status = stat()
                guard stat(path, &status) == 0 else { continue }
                if status.st_mode & S_IFMT == S_IFREG, isArticle(path) { files.append(path) }
                if status.st_mode & S_IFMT == S_IFDIR, Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) {
                    collect(in: path, into: &files)
                }
            default:
                continue
            }
        }
    }

    /// True when the file's first 512 bytes look like text: no NUL and mostly printable.
    private static func startsWithText(_ path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 512)
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0 else { return false }
        let head = buffer[..<count]
        if head.contains(0) { return false }
        let controls = head.filter { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C }.count
        return controls * 10 < count
    }
}
