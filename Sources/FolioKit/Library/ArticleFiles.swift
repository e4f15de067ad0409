import Foundation

/// Expands command-line paths into the article files to read: a file as given; a folder
/// recursively, every article file under it sorted by path (hidden entries and symbolic
/// links to folders skipped); `-` stands for standard input.
public enum ArticleFiles {
    /// Extensions of article files, lower case.
    public static let extensions: Set<String> = [
        "txt", "text", "md", "markdown", "html", "htm", "xhtml", "xml", "rss", "atom",
    ]

    /// The files for `paths` in order, then the error of each path that cannot be used.
    /// `ArticleWalk` hands out the same files a few at a time.
    public static func expand(_ paths: [String]) -> [Result<String, LoadError>] {
        var walk = ArticleWalk(paths)
        return walk.rest().map { .success($0) } + walk.errors.map { .failure($0) }
    }

    /// True when a file in a folder should be read as an article: a known extension, or no
    /// extension and text in its first bytes.
    public static func isArticle(_ path: String) -> Bool {
        var name = Substring(path)
        if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
        return name.withUTF8 { isArticle(name: $0, path: path) }
    }

    /// The same check on a file name's bytes, reading the file only when it has no extension.
    static func isArticle(name: UnsafeBufferPointer<UInt8>, path: @autoclosure () -> String) -> Bool {
        guard let lowered = FileName.lowercasedExtension(ofName: name) else { return startsWithText(path()) }
        return extensionBytes.contains(lowered)
    }

    private static let extensionBytes: Set<[UInt8]> = Set(extensions.map { Array($0.utf8) })

    /// True when the file's first 512 bytes look like text: no NUL and mostly printable.
    private static func startsWithText(_ path: String) -> Bool {
        let descriptor = PathBytes.withCString(path) { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
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
