import ArgumentParser
import FolioApp
import FolioKit

/// `folio search`: finds text in articles, like grep but on what the reader shows.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search articles for a word or phrase.",
        discussion: """
            Searches titles, bylines, section headings and body text (not scraping debris or \
            the date line). Matching is smart-case: case is ignored unless the query has a \
            capital letter (or --case-sensitive is given); letters beyond ASCII fold too \
            (Ä/ä, Σ/σ/ς).

            Output: one line per source line with hits, `PATH:LINE: [SECTION] TEXT`, where \
            LINE is the 1-based line in the file (for a web page, the line where the hit's \
            paragraph starts), [SECTION] is the heading of the section the hit is in (left \
            out for the lead, the title and the byline) and TEXT is the line with the hits \
            (highlighted on a terminal unless NO_COLOR is set, see --color; very long lines \
            are cut to a window around the hit, marked with …). An unknown line number shows \
            as `?`.

            --index: for whole-word queries (-w) of words of ASCII letters and digits, at \
            least 3 characters, read only the articles the full-text index in the state \
            database names (the index is brought up to date first; hits and counts are \
            exactly those of a full scan). Other queries scan every file.

            Exit status: 0 when something was found, 1 when nothing was, 2 on a usage error \
            (an empty QUERY among them: it would match everywhere) or when a file or folder \
            could not be read (the other files are still searched).
            """
    )

    @Flag(name: [.customShort("w"), .long], help: "Match whole words only.")
    var word = false

    @Flag(name: [.customShort("s"), .long], help: "Match case exactly (default: smart case).")
    var caseSensitive = false

    @Flag(name: [.customShort("e"), .long], help: "Read QUERY as a regular expression.")
    var regex = false

    @Flag(name: [.customShort("c"), .long], help: "Print `PATH:N` hits per article, then the totals.")
    var count = false

    @Flag(help: "Print one JSON object with every hit (written as it is found when large).")
    var json = false

    @Flag(help: "Use the full-text index to read only candidate articles (word queries).")
    var index = false

    @Flag(name: .long, help: "Read and write no state database (--index then searches every file).")
    var noState = false

    @Option(help: "When to colour the hits: auto (on a terminal, unless NO_COLOR is set), always or never.")
    var color = ColorChoice.auto

    @Option(help: "The largest file (or standard input) to read, e.g. 100M, 1G.")
    var maxFileSize = SizeLimit.standard

    @Argument(help: "The text (or, with --regex, the pattern) to find.")
    var query: String

    @Argument(help: "Article files or folders (searched recursively); `-` reads standard input; none: the home library.", completion: .file())
    var paths: [String] = []

    func validate() throws {
        if count && json { throw ValidationError("--count and --json cannot be used together.") }
        if query.isEmpty { throw ValidationError("The query is empty: give the word, phrase or pattern to find.") }
    }

    func run() throws {
        let report = json ? FileSearch.Report.json : count ? .count : .lines(colour: color)
        let query = SearchQuery(query, wholeWord: word, caseSensitive: caseSensitive, isRegex: regex)
        try exiting { () throws(ExitStatus) in
            try FileSearch.run(query, in: paths, report: report, index: index, noState: noState, limit: maxFileSize)
        }
    }
}
