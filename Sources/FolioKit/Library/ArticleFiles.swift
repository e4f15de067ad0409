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
                result += sortedByBytes(files).map { .success($0) }
            } else {
                result.append(.success(path))
            }
        }
        return result
    }

    /// True when a file in a folder should be read as an article: a known extension, or no
    /// extension and text in its first bytes.
    public static func isArticle(_ path: String) -> Bool {
        var name = Substring(path)
        if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
        return name.withUTF8 { isArticle(name: $0, path: path) }
    }

    /// The same check on a file name's bytes, reading the file only when it has no extension.
    private static func isArticle(name: UnsafeBufferPointer<UInt8>, path: @autoclosure () -> String) -> Bool {
        guard let lowered = FileName.lowercasedExtension(ofName: name) else { return startsWithText(path()) }
        return extensionBytes.contains(lowered)
    }

    private static let extensionBytes: Set<[UInt8]> = Set(extensions.map { Array($0.utf8) })

    // MARK: - Walking folders

    /// `paths` sorted by their UTF-8 bytes (memcmp on contiguous copies: fast for many files).
    private static func sortedByBytes(_ paths: [String]) -> [String] {
        let keyed = paths.map { ContiguousArray($0.utf8) }
        let order = keyed.indices.sorted { left, right in
            keyed[left].withUnsafeBufferPointer { a in
                keyed[right].withUnsafeBufferPointer { b in
                    guard let first = a.baseAddress, let second = b.baseAddress else { return a.count < b.count }
                    let compared = memcmp(first, second, min(a.count, b.count))
                    return compared != 0 ? compared < 0 : a.count < b.count
                }
            }
        }
        return order.map { paths[$0] }
    }

    private static func collect(in folder: String, into files: inout [String]) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        while let entry = readdir(directory) {
            let (isHidden, isCandidate, path) = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let name = UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self).prefix { $0 != 0 })
                let hidden = name.first == 0x2E
                let type = Int32(entry.pointee.d_type)
                let path = prefix + String(decoding: name, as: UTF8.self)
                let candidate = type != Int32(DT_REG) || isArticle(name: name, path: path)
                return (hidden, candidate, path)
            }
            if isHidden || !isCandidate { continue }
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR):
                collect(in: path, into: &files)
            case Int32(DT_REG):
                files.append(path)
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
