import FolioKit

/// Searches one file and formats its hits for `folio search`.
enum SearchOutput {
    /// How hits are printed.
    enum Style: Sendable {
        /// `PATH:LINE: [SECTION] TEXT`, hits in bold red when `colour` is set.
        case lines(colour: Bool)
        /// `PATH:N`.
        case count
        /// One JSON object for the article, part of the report's `results` (see `JSONReport`).
        case json
    }

    /// The hits of one article, placed in its source, for the JSON report.
    struct ArticleHits: Sendable {
        var path: String
        var title: String
        var hits: [LocatedHit]
    }

    /// What searching one file gave.
    struct Outcome: Sendable {
        var error: LoadError?
        /// Hits in all the file's articles.
        var hits = 0
        /// How many of the file's articles (a feed has several) have hits.
        var articles = 0
        /// Lines or counts to print, in article order.
        var output: [UInt8] = []
        /// With `.json`, the hits of each article with hits, in order: written out as JSON by
        /// the report, a hit at a time.
        var articleHits: [ArticleHits] = []
        /// True when a regular expression took too long in one of the file's articles: the
        /// search there stopped with the hits found so far.
        var stopped = false
    }

    /// Reads, parses and searches the file at `path` (refused past `limit` bytes). Files whose
    /// raw bytes cannot hold a hit are not parsed; nor are plain-text files whose bytes give the
    /// count.
    static func search(_ path: String, with search: ArticleSearch, style: Style, limit: SizeLimit = .standard) -> Outcome {
        if case .count = style {
            do throws(LoadError) {
                let (counts, finished) = try search.hitCounts(inFileAt: path, limit: limit)
                var outcome = Outcome(stopped: !finished)
                for hits in counts where hits > 0 {
                    outcome.hits += hits
                    outcome.articles += 1
                    appendCount(hits, path: path, to: &outcome.output)
                }
                return outcome
            } catch {
                return Outcome(error: error)
            }
        }
        let bytes: [UInt8]
        do {
            bytes = try ArticleLoader.bytes(of: path, limit: limit)
        } catch {
            return Outcome(error: error)
        }
        var outcome = Outcome()
        // `bytes(of:)` has checked the bytes: parse them as the format they hold.
        for article in search.searchedArticles(of: bytes, path: path, as: FormatDetector.format(of: bytes, path: path)) {
            let (hits, finished) = search.boundedHits(in: article)
            if !finished { outcome.stopped = true }
            guard !hits.isEmpty else { continue }
            outcome.hits += hits.count
            outcome.articles += 1
            // A count was answered above.
            if case .lines(let colour) = style {
                outcome.output += lines(SearchReport.locate(hits, in: article), path: path, colour: colour)
            } else {
                outcome.articleHits.append(ArticleHits(path: article.path, title: article.title, hits: SearchReport.locate(hits, in: article)))
            }
        }
        return outcome
    }

    /// `PATH:N`, the `--count` line of one article.
    private static func appendCount(_ hits: Int, path: String, to output: inout [UInt8]) {
        SafeText.append(PathBytes.escaped(path), to: &output)
        output += Array(":\(hits)\n".utf8)
    }

    /// The lines for the hits of one article; hits on the same source line share it.
    private static func lines(_ hits: [LocatedHit], path: String, colour: Bool) -> [UInt8] {
        var output: [UInt8] = []
        var index = 0
        while index < hits.count {
            let first = hits[index]
            let bounds = SearchReport.window(around: first.range, in: first.context)
            var end = index + 1
            while end < hits.count, hits[end].lineKey == first.lineKey, hits[end].range.upperBound <= bounds.upperBound {
                end += 1
            }
            SafeText.append(PathBytes.escaped(path), to: &output)
            output += Array(":\(first.line.map(String.init) ?? "?"): ".utf8)
            if let section = first.section {
                output.append(0x5B)
                SafeText.append(section, to: &output)
                output += [0x5D, 0x20]
            }
            if bounds.lowerBound > 0 { output += Array("…".utf8) }
            var position = bounds.lowerBound
            for hit in hits[index..<end] where hit.range.lowerBound >= position {
                appendSlice(of: first.context, position..<hit.range.lowerBound, to: &output)
                if colour { output += Array("\u{1B}[1;31m".utf8) }
                appendSlice(of: first.context, hit.range, to: &output)
                if colour { output += Array("\u{1B}[0m".utf8) }
                position = hit.range.upperBound
            }
            appendSlice(of: first.context, position..<bounds.upperBound, to: &output)
            if bounds.upperBound < first.context.utf8.count { output += Array("…".utf8) }
            output.append(0x0A)
            index = end
        }
        return output
    }

    private static func appendSlice(of text: Substring, _ range: Range<Int>, to output: inout [UInt8]) {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
        SafeText.append(text[start..<end], to: &output)
    }

    /// `{"path", "title", "hits": [{"section", "line", "column", "text"}]}` for one article,
    /// handed to `sink` in pieces of about 64 KiB: an article with millions of hits is never
    /// held as JSON in memory. `limit`: write only the first so many hits.
    static func writeJSON(_ article: ArticleHits, limit: Int = .max, to sink: ([UInt8]) -> Void) {
        var json = JSONWriter()
        json.raw("{")
        json.key("path")
        json.string(PathBytes.text(article.path))
        json.raw(",")
        json.key("title")
        json.string(article.title)
        json.raw(",")
        json.key("hits")
        json.raw("[")
        for (index, hit) in article.hits.prefix(limit).enumerated() {
            if index > 0 { json.raw(",") }
            json.raw("{")
            json.key("section")
            json.string(hit.section)
            json.raw(",")
            json.key("line")
            if let line = hit.line { json.number(line) } else { json.raw("null") }
            json.raw(",")
            json.key("column")
            if let column = hit.column { json.number(column) } else { json.raw("null") }
            json.raw(",")
            json.key("text")
            let bounds = SearchReport.window(around: hit.range, in: hit.context)
            let utf8 = hit.context.utf8
            let window = hit.context[utf8.index(utf8.startIndex, offsetBy: bounds.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: bounds.upperBound)]
            json.string((bounds.lowerBound > 0 ? "…" : "") + window + (bounds.upperBound < utf8.count ? "…" : ""))
            json.raw("}")
            if json.bytes.count >= 65536 {
                sink(json.bytes)
                json.bytes.removeAll(keepingCapacity: true)
            }
        }
        json.raw("]}")
        sink(json.bytes)
    }
}
