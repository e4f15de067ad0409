/// Searching a file as it lies on disk, for searches over many files (`folio search`, the
/// reader's all-articles search): what can be decided from the file's bytes is, and only the
/// rest is parsed.
extension ArticleSearch {
    /// The articles of a file's `bytes` (read as `format`) worth searching: none when the
    /// bytes of a plain-text file cannot hold a hit, else the whole parse.
    public func searchedArticles(of bytes: [UInt8], path: String, as format: ArticleFormat) -> [Article] {
        if format == .plainText, !bytes.withUnsafeBufferPointer({ mightMatch(fileBytes: $0, path: path) }) { return [] }
        return ArticleLoader.read(bytes, path: path, as: format)
    }

    /// How many hits each article of the file at `path` holds, in document order (a feed has
    /// several articles), exactly as `hits(in:)` counts them, and whether the search got to
    /// the end of each (see `boundedHits(in:)`). A plain-text file is counted from its bytes
    /// when they can tell (`plainTextHitCount(in:)`), without the parse. A file of more than
    /// `limit` bytes is an error.
    public func hitCounts(inFileAt path: String, limit: SizeLimit = .standard) throws(LoadError) -> (counts: [Int], finished: Bool) {
        let bytes = try ArticleLoader.bytes(of: path, limit: limit)
        let format = FormatDetector.format(of: bytes, path: path)
        if format == .plainText, let count = bytes.withUnsafeBufferPointer({ plainTextHitCount(in: $0) }) { return ([count], true) }
        var counts: [Int] = [], finished = true
        for article in searchedArticles(of: bytes, path: path, as: format) {
            let found = boundedHits(in: article)
            counts.append(found.hits.count)
            finished = finished && found.finished
        }
        return (counts, finished)
    }
}
