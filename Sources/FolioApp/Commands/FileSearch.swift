import FolioKit

/// `folio search`: finds text in articles, like grep but on what the reader shows.
public enum FileSearch {
    /// How the hits are printed.
    public enum Report: Sendable, Equatable {
        /// `PATH:LINE: [SECTION] TEXT`, the hits coloured as `colour` says.
        case lines(colour: ColorChoice)
        /// `PATH:N` per article, then the totals.
        case count
        /// One JSON object with every hit.
        case json
    }

    /// Searches the articles under `paths` (none: the home library's) for `query` and prints the
    /// hits as `report` says; with `index`, a word query reads only the articles the full-text
    /// index names (none is read or written with `noState`). Files of more than `limit` bytes are
    /// refused. Exit status 1 when nothing was found, 2 when the query is not valid or a path or
    /// file could not be read (the other files are still searched).
    public static func run(
        _ query: SearchQuery, in paths: [String], report: Report, index: Bool, noState: Bool, limit: SizeLimit
    ) throws(ExitStatus) {
        let search: ArticleSearch
        do {
            search = try ArticleSearch(query)
        } catch {
            StandardOutput.error(error.description)
            throw ExitStatus(2)
        }
        let style: SearchOutput.Style
        switch report {
        case .lines(let colour): style = .lines(colour: colour.isOn)
        case .count: style = .count
        case .json: style = .json
        }
        var output = StandardOutput()
        var failed = false
        var files = try PathArguments.files(paths, failed: &failed)
        if index { files = SearchIndex.candidates(files, for: search.query, noState: noState, limit: limit) }
        var totals = SearchRun(search: search, style: style, limit: limit).run(files, to: &output)
        totals.failed = totals.failed || failed
        if totals.failed { throw ExitStatus(2) }
        if totals.hits == 0 { throw ExitStatus(1) }
    }
}
