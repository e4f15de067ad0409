import FolioKit
import Testing

@testable import FolioUI

/// A steady list: while the library is read in the background, rows come and are sorted again,
/// and the selected article stays selected on its screen row. A row that comes above the top of
/// the screen moves nothing on it; one that comes between the top and the selection is put
/// above the selection, the rows above it pushed up.
@Suite("a steady list")
struct SteadyListTests {
    /// `count` articles on disk, `Article 00` the newest: the list shows them in that order, two
    /// screen rows each (an 80×24 screen shows 11).
    static func library(_ count: Int, width: Int = 80, height: Int = 24) -> AppState {
        AppState(entries: (0..<count).map { article($0) }, today: Fixtures.today, theme: Fixtures.theme, width: width, height: height)
    }

    /// Article `number`, read: titled `Article NN`, dated January 1st of 2020 - `number` unless
    /// `year` and `month` say otherwise.
    static func article(_ number: Int, title: String? = nil, year: Int? = nil, month: Int = 1) -> LibraryEntry {
        let name = number < 10 ? "0\(number)" : "\(number)"
        var entry = LibraryEntry(
            source: .file("article-\(name).txt"), title: title ?? "Article \(name)", author: nil,
            published: SimpleDate(year: year ?? 2020 - number, month: month, day: 1), readingMinutes: nil, isUnread: false)
        entry.isOnDisk = true
        return entry
    }

    /// What reading a file in the background reports: `entry` as it is now.
    static func read(_ entries: LibraryEntry...) -> Action {
        .libraryUpdated(LibraryUpdate(read: entries.map { SourceEntries(source: $0.source, entries: [$0]) }))
    }

    /// The titles on the list's rows, top to bottom (every other screen row).
    static func titles(_ state: AppState) -> [String] {
        let lines = render(state, width: state.width, height: state.height).trimmedLines
        return stride(from: 0, to: state.listPage * ArticleListPane.rowsPerEntry, by: ArticleListPane.rowsPerEntry).map {
            lines[$0].trimmingCharacters(in: .whitespaces)
        }
    }

    /// The list row drawn selected, and its title.
    static func selection(_ state: AppState) -> (row: Int, title: String)? {
        let buffer = render(state, width: state.width, height: state.height)
        let rows = titles(state)
        return rows.indices.first { buffer[0, $0 * ArticleListPane.rowsPerEntry].style == Fixtures.theme[.listSelected] }
            .map { ($0, rows[$0]) }
    }

    /// A library of 40 scrolled down: `Article 12` selected on row 5, `Article 07` at the top.
    static func scrolled() -> AppState {
        var state = library(40)
        for _ in 0..<17 { state.press(.character("j")) }
        for _ in 0..<5 { state.press(.character("k")) }
        return state
    }

    @Test("a new article sorting above the top of the screen moves nothing on it")
    func aboveTheTop() throws {
        var state = Self.scrolled()
        let before = Self.titles(state)
        #expect(before.first == "Article 07" && Self.selection(state)?.row == 5 && Self.selection(state)?.title == "Article 12")
        state.apply(Self.read(Self.article(40, title: "Newest of all", year: 2030)))
        #expect(Self.titles(state) == before)
        #expect(Self.selection(state)?.title == "Article 12" && Self.selection(state)?.row == 5)
        state.press(.character("g"))
        #expect(Self.titles(state).first == "Newest of all", "it is there, above")
    }

    @Test("one sorting between the top and the selection comes above the selection, pushing the rows above it up")
    func betweenTopAndSelection() throws {
        var state = Self.scrolled()
        // Between Article 09 (2011) and Article 10 (January 2010).
        state.apply(Self.read(Self.article(40, title: "Newcomer", year: 2010, month: 6)))
        let titles = Self.titles(state)
        #expect(Array(titles.prefix(6)) == ["Article 08", "Article 09", "Newcomer", "Article 10", "Article 11", "Article 12"])
        #expect(Self.selection(state)?.title == "Article 12" && Self.selection(state)?.row == 5)
    }

    @Test("one sorting below the selection pushes the rows below it down; the rows above stay")
    func belowTheSelection() throws {
        var state = Self.scrolled()
        let before = Self.titles(state)
        // Between Article 12 (2008) and Article 13 (January 2007).
        state.apply(Self.read(Self.article(40, title: "Newcomer", year: 2007, month: 6)))
        let titles = Self.titles(state)
        #expect(Array(titles.prefix(6)) == Array(before.prefix(6)))
        #expect(titles[6] == "Newcomer" && titles[7] == before[6])
        #expect(Self.selection(state)?.title == "Article 12" && Self.selection(state)?.row == 5)
    }

    @Test("articles sorted again as their files are read: the selected one keeps its row, moved or not")
    func resorted() throws {
        var state = Self.scrolled()
        // Article 30, far below, turns out to be the newest: it goes above the top.
        state.apply(Self.read(Self.article(30, year: 2031)))
        #expect(Self.titles(state).first == "Article 07")
        #expect(Self.selection(state)?.title == "Article 12" && Self.selection(state)?.row == 5)
        // The selected article itself turns out to be older (as old as Article 25, listed
        // before it): it stays selected on its row, the list around it is where it now sorts.
        state.apply(Self.read(Self.article(12, year: 1995)))
        #expect(Self.selection(state)?.title == "Article 12" && Self.selection(state)?.row == 5)
        #expect(Array(Self.titles(state)[4...6]) == ["Article 24", "Article 12", "Article 25"])
        // Several at once, above, between and below.
        state.apply(
            .libraryUpdated(
                LibraryUpdate(read: [(38, 2040, 1), (39, 1996, 1), (1, 1994, 6)].map { number, year, month in
                    let entry = Self.article(number, year: year, month: month)
                    return SourceEntries(source: entry.source, entries: [entry])
                })))
        #expect(Self.selection(state)?.title == "Article 12" && Self.selection(state)?.row == 5)
        #expect(Array(Self.titles(state)[3...7]) == ["Article 24", "Article 39", "Article 12", "Article 25", "Article 01"])
    }
}
