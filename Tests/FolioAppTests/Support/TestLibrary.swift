import FolioApp
import FolioKit
import FolioUI
import Foundation
import TestFiles

/// Articles in a folder, and a state database of their own: sessions of the reader started
/// in-process on them, one after another as a user starts folio again, each with what the last
/// one kept.
struct TestLibrary {
    /// The articles.
    let articles: ScratchFolder
    /// `XDG_STATE_HOME` (the state database in `state/folio/library.sqlite`), `XDG_CONFIG_HOME`
    /// (no themes of the user's) and `HOME`.
    let home: ScratchFolder

    /// An empty article folder, or `articles`.
    init(articles: ScratchFolder? = nil) throws {
        self.articles = try articles ?? ScratchFolder()
        home = try ScratchFolder()
    }

    /// A library of three Markdown articles, Alpha, Bravo and Charlie, each with a lead and
    /// three sections longer than a screen (`LibraryFixtures.threeArticles`).
    static func threeArticles() throws -> TestLibrary {
        try TestLibrary(articles: LibraryFixtures.threeArticles())
    }

    /// The environment the reader starts in: the state, data (the home library), configuration
    /// and home folders are the test's, and no proxy is used.
    var environment: [String: String] {
        [
            "XDG_STATE_HOME": home.path + "/state", "XDG_DATA_HOME": home.path + "/data", "XDG_CONFIG_HOME": home.path + "/config",
            "HOME": home.path,
        ]
    }

    /// The home library's saved pages folder (`XDG_DATA_HOME/folio/pages`).
    var pages: String { home.path + "/data/folio/pages" }

    /// The state database's path.
    var database: String { home.path + "/state/folio/library.sqlite" }

    /// Starts the reader on `paths` (none: the article folder), in a screen of `width` by
    /// `height`.
    func start(
        _ paths: [String]? = nil, theme: String? = nil, keepsState: Bool = true, input: Int32 = STDIN_FILENO,
        width: Int = 120, height: Int = 40
    ) throws -> HeadlessReader {
        let options = ReaderOptions(paths: paths ?? [articles.path], theme: theme, keepsState: keepsState)
        return try HeadlessReader(options, environment: environment, input: input, width: width, height: height)
    }
}

extension HeadlessReader {
    /// The screen's rows, trailing spaces dropped.
    var lines: [String] { screen.lines.map { String($0.reversed().drop { $0 == " " }.reversed()) } }

    /// The screen as one text, rows joined by newlines.
    var text: String { lines.joined(separator: "\n") }

    /// The list's rows (left of the divider of the side-by-side screen).
    var listRows: [String] { lines.compactMap { line in line.firstIndex(of: "│").map { String(line[..<$0]) } } }

    /// In the three articles' library: sorts the list by title and reads Bravo, its third part
    /// at the top.
    func readBravoAtThirdPart() throws {
        try waitFor("Charlie article")
        type("s")  // by title: Alpha, Bravo, Charlie
        press(.character("j"), .enter)
        try waitFor("The lead of bravo article")
        type("]]")
        try waitFor("§ 3/4 Third part")
    }

    /// The status line.
    var statusLine: String { lines.last ?? "" }

    /// True when the list shows `title` with the unread mark.
    func isUnread(_ title: String) -> Bool { listRows.contains { $0.contains("● \(title)") } }

    /// Waits until the screen shows `text`; throws, with the screen, when it does not.
    func waitFor(_ text: String, timeout: Double = 60) throws {
        try waitFor("“\(text)”", timeout: timeout) { $0.contains(text) }
    }

    /// Waits until `condition` holds of the screen's text, taking background news as the event
    /// loop does; throws, with the screen, when it does not within `timeout` seconds.
    func waitFor(_ what: String, timeout: Double = 60, _ condition: (String) -> Bool) throws {
        guard !wait(timeout: timeout, until: { _ in condition(text) }) else { return }
        throw ScreenTimeout(what: what, screen: text)
    }
}

/// A screen never showed what a test waited for.
struct ScreenTimeout: Error, CustomStringConvertible {
    var what: String
    var screen: String
    var description: String { "timed out waiting for \(what); the screen:\n\(screen)" }
}
