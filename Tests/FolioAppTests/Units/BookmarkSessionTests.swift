import FolioKit
import FolioUI
import Testing

@testable import FolioApp

/// The wiring's side of bookmarks: `m` twice at one place keeps one bookmark.
@Suite struct BookmarkSessionTests {
    /// An article of two sections, each longer than the screen, open in the reader, with a
    /// session whose state database is in memory.
    static func reading() -> (LibrarySession, AppState) {
        let session = LibrarySession(opening: StoreOpening(environment: [:], keepsState: false), paths: ["/articles"])
        func paragraphs(_ first: String) -> [Block] {
            [Block(kind: .paragraph, text: first)] + (1..<20).map { Block(kind: .paragraph, text: "More text \($0).") }
        }
        let seed = Article(
            path: "/articles/seed.txt", format: .plainText, title: "Seed",
            sections: [
                Section(heading: nil, level: 0, blocks: paragraphs("The first paragraph.")),
                Section(heading: "Later", level: 2, blocks: paragraphs("The second one.")),
            ])
        var state = AppState(articles: [seed], today: SimpleDate(year: 2026, month: 1, day: 1) ?? SimpleDate(.now))
        _ = state.reduce(.openSelected)
        return (session, state)
    }

    @Test func markingOnePlaceTwiceKeepsOneBookmark() throws {
        var (session, state) = Self.reading()
        let here = state.reduce(.jumpToSection(2))
        #expect(here.isEmpty)
        for effect in state.reduce(.addBookmark) { _ = session.perform(effect, on: &state) }
        #expect(state.message?.text == "Bookmark set: Later: The second one.")
        for effect in state.reduce(.addBookmark) { _ = session.perform(effect, on: &state) }
        #expect(state.message?.text == "Already bookmarked: Later: The second one.")
        #expect(try session.store.bookmarks().count == 1)
        // Another place is another bookmark.
        _ = state.reduce(.jumpToSection(1))
        for effect in state.reduce(.addBookmark) { _ = session.perform(effect, on: &state) }
        #expect(try session.store.bookmarks().map(\.label) == ["Later: The second one.", "lead: The first paragraph."])
    }
}
