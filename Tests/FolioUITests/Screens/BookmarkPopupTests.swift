import FolioKit
import FolioUI
import Testing

/// Bookmark rows say where they are: two bookmarks in one article differ on the screen, and
/// deleting one names it.
@Suite("Bookmark rows")
struct BookmarkPopupTests {
    static let title = Fixtures.seed.title
    static let items = [
        BookmarkItem(id: 1, entry: nil, path: "putin-peace-talks.txt", title: title, label: "lead: Russian President Vladimir Putin has laid out stri…"),
        BookmarkItem(id: 2, entry: nil, path: "putin-peace-talks.txt", title: title, label: "Impact on Regional Stability: The escalation of tensions be…"),
        BookmarkItem(id: 3, entry: nil, path: "geneva.txt", title: "Talks in Geneva", label: "Outcome: No agreement was reached; NATO members will…"),
    ]

    @Test("each bookmark shows the section and first words on its own row, the article's title below", arguments: [(80, 24), (120, 40)])
    func rowsSayWhere(size: (Int, Int)) throws {
        var state = AppState.library(width: size.0, height: size.1)
        _ = state.reduce(.bookmarksLoaded(Self.items))
        let buffer = render(state, width: size.0, height: size.1)
        let lines = buffer.trimmedLines
        let lead = try #require(lines.firstIndex { $0.contains("lead: Russian President Vladimir") })
        let impact = try #require(lines.firstIndex { $0.contains("Impact on Regional Stability: The escalation") })
        #expect(lines[lead + 1].contains("Putin’s Conditions for Peace Talks"))
        #expect(lines[impact + 1].contains("Putin’s Conditions for Peace Talks"))
        #expect(impact == lead + 2)
        #expect(lines[impact + 2].contains("Outcome: No agreement"))
        // The selection covers both rows of the first bookmark.
        let x = try #require(buffer.find("lead: Russian")).x
        #expect(buffer[x, lead].style == Fixtures.theme[.listSelected])
        #expect(buffer[x + 2, lead + 1].style == Fixtures.theme[.listSelected])
        #expect(buffer[x, impact].style == Fixtures.theme[.outline])
    }

    @Test("the selected bookmark stays in view on a short screen")
    func scrolling() throws {
        var state = AppState.library(width: 80, height: 12)
        let many = (0..<9).map { BookmarkItem(id: Int64($0), entry: nil, path: "garden.txt", title: "Autumn Gardening", label: "lead: place \($0)") }
        _ = state.reduce(.bookmarksLoaded(many))
        for _ in 0..<8 { state.press(.character("j")) }
        let lines = render(state, width: 80, height: 12).trimmedLines
        let last = try #require(lines.firstIndex { $0.contains("lead: place 8") })
        #expect(lines[last + 1].contains("Autumn Gardening"))
        #expect(lines.contains { $0.contains("lead: place 7") })
    }

    @Test("d deletes the selected bookmark and says which")
    func deleteSaysWhich() {
        var state = AppState.library()
        _ = state.reduce(.bookmarksLoaded(Self.items))
        state.press(.character("j"))
        #expect(state.press(.character("d")) == [.deleteBookmark(id: 2)])
        #expect(state.message?.text == "Bookmark deleted: \(Self.items[1].label) — \(Self.title)")
    }
}
