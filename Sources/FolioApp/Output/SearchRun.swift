import FolioKit
import Foundation

/// Where `folio search` writes: standard output, or a buffer in tests.
protocol ByteSink {
    /// Queues bytes.
    mutating func write(_ bytes: [UInt8])
    /// Writes out what is queued.
    mutating func flush()
}

extension StandardOutput: ByteSink {}

/// One `folio search` over files: searches them on all cores and writes each file's hits in
/// path order as they come, a file that cannot be read or a search that takes too long named
/// on standard error.
struct SearchRun {
    /// The compiled query.
    let search: ArticleSearch
    /// How hits are written.
    let style: SearchOutput.Style
    /// The largest file read.
    var limit = SizeLimit.standard
    /// Bytes of JSON results kept before `--json` writes them in a second pass (see `JSONReport`).
    var jsonBufferLimit = JSONReport.standardBufferLimit

    /// What the search found, for the exit status.
    struct Totals {
        var hits = 0
        var articles = 0
        /// A file could not be read, or its search stopped.
        var failed = false
    }

    /// Searches `files` and writes what was found to `output` (the `--count` totals and the
    /// whole `--json` report included).
    func run(_ files: [String], to output: inout some ByteSink) -> Totals {
        var totals = Totals()
        var report = JSONReport(query: search.query.pattern, bufferLimit: jsonBufferLimit)
        // Once the JSON results outgrew the buffer, the first pass only counts; standard input,
        // which cannot be read twice, keeps its hits for the second.
        let countsOnly = SharedFlag()
        var standardInput: [SearchOutput.ArticleHits] = []
        let search = search, style = style, limit = limit
        FileBatches.run(files) { path in
            (path, SearchOutput.search(path, with: search, style: countsOnly.isSet && !ArticleSource(argument: path).isStandardInput ? .count : style, limit: limit))
        } emit: { path, outcome in
            if let error = outcome.error {
                output.flush()
                StandardOutput.error(error.description)
                totals.failed = true
                return
            }
            if outcome.stopped {
                output.flush()
                StandardOutput.error("'\(PathBytes.escaped(path))': the pattern takes too long; the search there stopped with the hits found so far")
                totals.failed = true
            }
            guard outcome.hits > 0 else { return }
            totals.hits += outcome.hits
            totals.articles += outcome.articles
            guard case .json = style else { return output.write(outcome.output) }
            if ArticleSource(argument: path).isStandardInput { standardInput = outcome.articleHits }
            for article in outcome.articleHits { report.keep(article) }
            if report.overflowed { countsOnly.set() }
        }
        switch style {
        case .json:
            output.write(report.head(hits: totals.hits, articles: totals.articles))
            if report.overflowed {
                writeJSONResults(files, standardInput: standardInput, to: &output)
            } else {
                output.write(report.buffered)
            }
            output.write(JSONReport.tail)
        case .count:
            output.write(Array("\(totals.hits) \(totals.hits == 1 ? "hit" : "hits") in \(totals.articles) \(totals.articles == 1 ? "article" : "articles")\n".utf8))
        case .lines:
            break
        }
        output.flush()
        return totals
    }

    /// The second pass of a `--json` report too big to keep: searches `files` again and writes
    /// each result a piece at a time (what could not be read was reported by the first pass);
    /// standard input's hits are those the first pass kept.
    private func writeJSONResults(
        _ files: [String], standardInput: [SearchOutput.ArticleHits], to output: inout some ByteSink
    ) {
        var first = true
        let search = search, limit = limit
        FileBatches.run(files) { path in
            ArticleSource(argument: path).isStandardInput ? nil : SearchOutput.search(path, with: search, style: .json, limit: limit)
        } emit: { outcome in
            for article in outcome?.articleHits ?? standardInput {
                if !first { output.write([0x2C]) }
                first = false
                SearchOutput.writeJSON(article) { output.write($0) }
            }
        }
    }
}

/// A flag set by one thread and read by others.
private final class SharedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return value
    }

    func set() {
        lock.lock()
        value = true
        lock.unlock()
    }
}
