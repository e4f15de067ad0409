import Foundation

/// Reads article files (or standard input, `-`) and parses them with the reader their format
/// needs.
public enum ArticleLoader {
    /// Reads and parses the articles at `path`: one, or a feed's items in document order.
    public static func load(_ path: String) throws(LoadError) -> [Article] {
        let bytes = try bytes(of: path)
        return read(bytes, path: path, as: FormatDetector.format(of: bytes, path: path))
    }

    /// Parses the articles in bytes already read (a feed gives one per item, possibly none);
    /// rejects binary and empty input.
    public static func load(bytes: [UInt8], path: String) throws(LoadError) -> [Article] {
        try check(bytes, path: path)
        return read(bytes, path: path, as: FormatDetector.format(of: bytes, path: path))
    }

    /// Parses checked bytes whose format is already known, with that format's reader.
    public static func read(_ bytes: [UInt8], path: String, as format: ArticleFormat) -> [Article] {
        switch format {
        case .plainText: return [PlainTextReader.read(bytes, path: path)]
        case .html: return [HTMLReader.read(bytes, path: path)]
        case .markdown: return [MarkdownReader.read(bytes, path: path)]
        case .feed: return FeedReader.read(bytes, path: path).articles
        }
    }

    /// The bytes of the file at `path` (`-` reads standard input), checked to be a non-empty
    /// text file.
    public static func bytes(of path: String) throws(LoadError) -> [UInt8] {
        let bytes = path == "-" ? try readAll(from: STDIN_FILENO, path: path) : try readFile(path)
        try check(bytes, path: path)
        return bytes
    }

    /// Throws when `bytes` are not an article: binary (NUL bytes in the first 8 KiB) or
    /// nothing but white space.
    public static func check(_ bytes: [UInt8], path: String) throws(LoadError) {
        try bytes.withUnsafeBufferPointer { buffer throws(LoadError) in
            guard let base = buffer.baseAddress else { throw .empty(path: path) }
            if memchr(base, 0, min(buffer.count, 8192)) != nil { throw .binary(path: path) }
            let isSpace: (UInt8) -> Bool = { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }
            if buffer.allSatisfy(isSpace) { throw .empty(path: path) }
        }
    }

    // MARK: - Reading

    private static func readFile(_ path: String) throws(LoadError) -> [UInt8] {
        // Non-blocking, so that a FIFO without a writer cannot hang the open.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable(path: path, reason: systemReason(errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(path: path, reason: systemReason(errno)) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .unreadable(path: path, reason: systemReason(EISDIR))
        default: throw .unreadable(path: path, reason: "not a regular file")
        }
        return try readAll(from: descriptor, path: path, size: Int(status.st_size))
    }

    /// Reads a file of known size: one read call for the common case.
    private static func readAll(from descriptor: Int32, path: String, size: Int) throws(LoadError) -> [UInt8] {
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            while initialized < buffer.count {
                let read = Foundation.read(descriptor, buffer.baseAddress.map { $0 + initialized }, buffer.count - initialized)
                if read > 0 {
                    initialized += read
                } else if read == 0 {
                    return
                } else if errno != EINTR {
                    failure = errno
                    return
                }
            }
        }
        if failure != 0 { throw .unreadable(path: path, reason: systemReason(failure)) }
        return bytes
    }

    /// Reads to the end of a stream such as standard input, in growing chunks.
    private static func readAll(from descriptor: Int32, path: String) throws(LoadError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunkSize = 65536
        var failure: Int32 = 0
        var endOfFile = false
        while !endOfFile && failure == 0 {
            let chunk = [UInt8](unsafeUninitializedCapacity: chunkSize) { buffer, initialized in
                while initialized < buffer.count {
                    let read = Foundation.read(descriptor, buffer.baseAddress.map { $0 + initialized }, buffer.count - initialized)
                    if read > 0 {
                        initialized += read
                    } else if read == 0 {
                        endOfFile = true
                        return
                    } else if errno != EINTR {
                        failure = errno
                        return
                    }
                }
            }
            if bytes.isEmpty { bytes = chunk } else { bytes += chunk }
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
