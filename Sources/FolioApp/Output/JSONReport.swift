/// The `folio search --json` report: one object, `{"query", "total_hits",
/// "articles_with_hits", "results": [...]}`, the totals before the results.
///
/// The totals are known only once every file is searched, so the results are kept until then,
/// but only up to `bufferLimit` bytes of JSON: a search with more (millions of hits, each with
/// its line) is counted to the end, then searched again and written out a hit at a time, so
/// that memory stays as low as for the plain output and the text is the same either way.
struct JSONReport {
    /// The query as given.
    let query: String
    /// The most bytes of results kept before the report switches to a second pass.
    let bufferLimit: Int
    /// The results' JSON so far (comma-separated objects), while under the limit.
    private(set) var buffered: [UInt8] = []
    /// True once the results outgrew the limit: they are written by a second pass.
    private(set) var overflowed = false
    /// Result objects kept so far.
    private var kept = 0

    /// About the size of one read-ahead of standard output: results beyond this many bytes of
    /// JSON are written in a second pass.
    static let standardBufferLimit = 32 << 20

    init(query: String, bufferLimit: Int = standardBufferLimit) {
        self.query = query
        self.bufferLimit = bufferLimit
    }

    /// Keeps an article's result object (first pass), unless the results outgrew the limit.
    mutating func keep(_ article: SearchOutput.ArticleHits) {
        guard !overflowed else { return }
        if kept > 0 { buffered.append(0x2C) }
        kept += 1
        SearchOutput.writeJSON(article) { piece in
            guard !overflowed else { return }
            buffered += piece
            if buffered.count > bufferLimit {
                overflowed = true
                buffered = []
            }
        }
    }

    /// The report up to the opening of `results`, with the totals.
    func head(hits: Int, articles: Int) -> [UInt8] {
        var json = JSONWriter()
        json.raw("{")
        json.key("query")
        json.string(query)
        json.raw(",")
        json.key("total_hits")
        json.number(hits)
        json.raw(",")
        json.key("articles_with_hits")
        json.number(articles)
        json.raw(",")
        json.key("results")
        json.raw("[")
        return json.bytes
    }

    /// The end of the report, after the results.
    static let tail = Array("]}\n".utf8)
}
