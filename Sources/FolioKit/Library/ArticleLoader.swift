import Foundation

/// Reads article files (or standard input, `-`) and parses them with the reader their format
/// needs.
public enum ArticleLoader {
    /// Reads and parses the articles at `path`: one, or a feed's items in document order. A
    /// file (or standard input) of more than `limit` bytes is refused, having read no more.
    public static func load(_ path: String, limit: SizeLimit = .standard) throws(LoadError) -> [Article] {
        try loadReporting(path, limit: limit).articles
    }

    /// `load(_:limit:)`, with what went wrong in a file that was still read: a feed that is not
    /// well-formed XML gives the items that could be recovered and a warning naming the file.
    public static func loadReporting(_ path: String, limit: SizeLimit = .standard) throws(LoadError) -> (articles: [Article], warnings: [String]) {
        let bytes = try bytes(of: path, limit: limit)
        return readReporting(bytes, path: path, as: FormatDetector.format(of: bytes, path: path))
    }

    /// Parses the articles in bytes already read (a feed gives one per item, possibly none);
    /// decodes UTF-16 and UTF-32 (see `text(_:path:)`) and rejects binary and empty input.
    public static func load(bytes: [UInt8], path: String) throws(LoadError) -> [Article] {
        let bytes = try text(bytes, path: path)
        return read(bytes, path: path, as: FormatDetector.format(of: bytes, path: path))
    }

    /// Parses checked bytes whose format is already known, with that format's reader.
    /// `address` is where they were fetched from (relative links resolve against it, and it is
    /// the article's `url`); without one, a page saved in the home library gives its record's
    /// final address (`SavedPageFolder.address(ofPage:)`).
    public static func read(_ bytes: [UInt8], path: String, as format: ArticleFormat, address: String? = nil) -> [Article] {
        readReporting(bytes, path: path, as: format, address: address).articles
    }

    /// `read(_:path:as:address:)`, with the warnings of a feed read in part (see
    /// `FeedReadResult.warnings`).
    public static func readReporting(_ bytes: [UInt8], path: String, as format: ArticleFormat, address: String? = nil) -> (articles: [Article], warnings: [String]) {
        let address = address ?? (format == .feed || path == ArticleSource.standardInputArgument ? nil : SavedPageFolder.address(ofPage: path))
        switch format {
        case .plainText: return ([withAddress(PlainTextReader.read(bytes, path: path), address)], [])
        case .html: return ([HTMLReader.read(bytes, path: path, address: address)], [])
        case .markdown: return ([withAddress(MarkdownReader.read(bytes, path: path), address)], [])
        case .feed:
            let feed = FeedReader.read(bytes, path: path)
            return (FeedItemPage.withKeptPage(feed.articles, path: path), feed.warnings)
        }
    }

    private static func withAddress(_ article: Article, _ address: String?) -> Article {
        guard let address else { return article }
        var article = article
        article.url = address
        return article
    }

    /// The text of the file at `path` (`-` reads standard input) as UTF-8 (see
    /// `text(_:path:)`), checked to be a non-empty text file of at most `limit` bytes. A binary
    /// file is rejected from its first bytes, without reading the rest.
    public static func bytes(of path: String, limit: SizeLimit = .standard) throws(LoadError) -> [UInt8] {
        try text(path == "-" ? try readAll(from: STDIN_FILENO, path: path, limit: limit) : try readFile(path, limit: limit), path: path)
    }

    /// `bytes` as UTF-8 text: UTF-16 and UTF-32 with a byte-order mark decoded (see
    /// `WideText`), other bytes as they are; checked to be an article (see `check`). What the
    /// format is detected from and the readers read.
    public static func text(_ bytes: [UInt8], path: String) throws(LoadError) -> [UInt8] {
        let text = WideText.utf8(bytes)
        try check(text, path: path)
        return text
    }

    /// Throws when `bytes` are not an article: binary (see `FileHead.isBinary`), nothing but
    /// white space, or a document whose entities would expand without bound (see
    /// `EntityExpansion`).
    public static func check(_ bytes: [UInt8], path: String) throws(LoadError) {
        try bytes.withUnsafeBufferPointer { buffer throws(LoadError) in
            guard buffer.baseAddress != nil else { throw .empty(path: path) }
            if FileHead.isBinary(buffer) { throw .binary(path: path) }
            let isSpace: (UInt8) -> Bool = { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }
            if buffer.allSatisfy(isSpace) { throw .empty(path: path) }
        }
        if EntityExpansion.exceedsLimit(bytes) { throw .entityBomb(path: path) }
    }

    // MARK: - Reading

    private static func readFile(_ path: String, limit: SizeLimit) throws(LoadError) -> [UInt8] {
        // Non-blocking, so that a FIFO without a writer cannot hang the open.
        let descriptor = PathBytes.withCString(path) { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        guard descriptor >= 0 else { throw .unreadable(path: path, reason: systemReason(errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(path: path, reason: systemReason(errno)) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .unreadable(path: path, reason: systemReason(EISDIR))
        default: throw .unreadable(path: path, reason: "not a regular file")
        }
        // Binary is decided from the first bytes: a huge (or sparse) binary file is never read.
        switch FileHead.read(descriptor) {
        case .success(let head): if FileHead.isBinary(head) { throw .binary(path: path) }
        case .failure(let error): throw .unreadable(path: path, reason: systemReason(error.code))
        }
        // A file that grows while it is read is read as far as its size said.
        guard status.st_size <= limit.bytes else { throw .tooLarge(path: path, limit: limit) }
        return try readAll(from: descriptor, path: path, size: Int(status.st_size))
    }

    /// Reads a file of known size: one read call for the common case.
    private static func readAll(from descriptor: Int32, path: String, size: Int) throws(LoadError) -> [UInt8] {
        let read = DescriptorRead(capacity: size) { buffer, count, _ in Foundation.read(descriptor, buffer, count) }
        if read.failure != 0 { throw .unreadable(path: path, reason: systemReason(read.failure)) }
        return read.bytes
    }

    /// Reads to the end of a stream such as standard input, in growing chunks; more than
    /// `limit` bytes is an error, found having read one byte more.
    private static func readAll(from descriptor: Int32, path: String, limit: SizeLimit) throws(LoadError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunkSize = 65536
        var failure: Int32 = 0
        var endOfFile = false
        while !endOfFile && failure == 0 {
            let capacity = min(chunkSize, limit.bytes + 1 - bytes.count)
            let read = DescriptorRead(capacity: capacity) { buffer, count, _ in Foundation.read(descriptor, buffer, count) }
            let chunk = read.bytes
            endOfFile = read.ended
            failure = read.failure
            if bytes.isEmpty {
                // The first chunk holds the head (or the whole stream): a binary stream stops here.
                if FileHead.isBinary(chunk) { throw .binary(path: path) }
                bytes = chunk
            } else {
                bytes += chunk
            }
            guard bytes.count <= limit.bytes else { throw .tooLarge(path: path, limit: limit) }
            chunkSize *= 2
        }
        if failure != 0 { throw .unreadable(path: path, reason: systemReason(failure)) }
        return bytes
    }

    /// The system's message for an error number, starting lower case (`permission denied`).
    public static func systemReason(_ code: Int32) -> String {
        let message = String(cString: strerror(code))
        guard let first = message.first else { return "error \(code)" }
        return first.lowercased() + message.dropFirst()
    }
}
