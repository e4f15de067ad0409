import FolioKit
import FolioUI
import Testing

/// Read marks as in newsboat, with keys that leave less's alone: `U` toggles, `A` marks what
/// is listed read, `.` opens the next unread article, `J` and `K` the next and previous one;
/// and `=` (Ctrl-G) says where the view is, as less's `=` does.
@Suite("Read marks and where am I")
struct ReadMarkKeysTests {
    /// The library's list in its order: Geneva (newest), the seed, the undated garden article.
    static let geneva = 1, seed = 0, garden = 2

    @Test("U marks the selected article read, then unread again; the list's dot follows and the store is told")
    func toggleInTheList() {
        var state = AppState.library()
        #expect(state.press(.character("U")) == [.setRead(entries: state.ids("geneva.txt"), isRead: true)])
        #expect(!state.entries[Self.geneva].isUnread)
        #expect(state.message?.text == "Marked read: Talks in Geneva")
        #expect(render(state, width: 80, height: 24)[1, 0].text == " ")
        #expect(state.press(.character("U")) == [.setRead(entries: state.ids("geneva.txt"), isRead: false)])
        #expect(state.entries[Self.geneva].isUnread)
        #expect(render(state, width: 80, height: 24)[1, 0].text == "●")
    }

    @Test("U in the reader marks the open article unread (opening marked it read)")
    func toggleInTheReader() {
        var state = AppState.library(width: 120, height: 40)
        state.open(path: "putin-peace-talks.txt")
        #expect(!state.entries[Self.seed].isUnread)
        #expect(state.press(.character("U")) == [.setRead(entries: state.ids("putin-peace-talks.txt"), isRead: false)])
        #expect(state.entries[Self.seed].isUnread)
        #expect(state.message?.text.hasPrefix("Marked unread: Putin’s Conditions") == true)
        #expect(state.focus == .reader, "the article stays open")
    }

    @Test("U on a feed's header marks every item read, then every item unread")
    func toggleAFeed() {
        var state = FeedGroupTests.state()
        state.press(.character("j"))
        let items = state.entries.indices.filter { state.entries[$0].feed != nil }
        #expect(state.press(.character("U")) == [.setRead(entries: state.ids("hn.xml"), isRead: true)])
        #expect(items.allSatisfy { !state.entries[$0].isUnread })
        #expect(render(state, width: 60, height: 24).trimmedLines[3].hasPrefix("   all read"))
        #expect(state.press(.character("U")) == [.setRead(entries: state.ids("hn.xml"), isRead: false)])
        #expect(items.allSatisfy { state.entries[$0].isUnread })
        #expect(state.entries[0].isUnread, "articles outside the feed keep their marks")
    }

    @Test("A marks every article listed read: with a filter, only those it shows")
    func markListedRead() {
        var state = AppState.library()
        state.press(.character("f"))
        state.type("talks")
        state.press(.enter)
        let effects = state.press(.character("A"))
        #expect(effects == [.setRead(entries: state.ids("geneva.txt", "putin-peace-talks.txt"), isRead: true)])
        #expect(state.message?.text == "Marked 2 articles read")
        #expect(state.entries[Self.garden].isUnread, "the filter hides it")
        #expect(state.press(.character("A")).isEmpty)
        #expect(state.message?.text == "Every article listed is read")
    }

    @Test(". opens the selected article when unread, else the next unread one, going on from the top")
    func nextUnread() {
        var state = AppState.library(width: 120, height: 40)
        state.press(.character("."))
        #expect(state.reader.entry == state.id(Self.geneva) && state.focus == .reader)
        state.press(.character("."))
        #expect(state.reader.entry == state.id(Self.seed))
        #expect(!state.entries[Self.seed].isUnread, "opened, so read")
        state.press(.character("."))
        #expect(state.reader.entry == state.id(Self.garden))
        state.press(.character("U"), .character("k"), .character("K"), .character("K"))
        #expect(state.reader.entry == state.id(Self.geneva))
        // The garden article, marked unread again, is below: from the first article it is next.
        state.press(.character("."))
        #expect(state.reader.entry == state.id(Self.garden))
        #expect(state.press(.character(".")).isEmpty)
        #expect(state.message?.text == "No unread articles")
        // Marked unread again while open: . from the last article goes on from the top.
        state.press(.character("U"), .tab, .character("k"), .character("k"), .character("U"), .tab)
        #expect(state.entries[Self.geneva].isUnread && state.reader.entry == state.id(Self.garden))
        state.press(.character("."))
        #expect(state.reader.entry == state.id(Self.geneva))
        #expect(state.message?.text == "No unread article below: continuing from the top")
    }

    @Test("J and K open the next and previous article in the list from the reader, marking it read")
    func nextAndPreviousArticle() {
        var state = AppState.library(width: 80, height: 24)
        state.open(path: "geneva.txt")
        let effects = state.press(.character("J"))
        #expect(state.reader.entry == state.id(Self.seed) && state.focus == .reader)
        #expect(effects.contains(.setRead(entries: state.ids("putin-peace-talks.txt"), isRead: true)))
        #expect(effects.contains(.savePosition(entry: state.ids("geneva.txt")[0], article: Fixtures.ukraine, anchor: LayoutAnchor(content: .title))))
        state.press(.character("J"))
        #expect(state.reader.entry == state.id(Self.garden))
        #expect(state.press(.character("J")).isEmpty)
        #expect(state.message?.text == "Last article in the list")
        state.press(.character("K"), .character("K"))
        #expect(state.reader.entry == state.id(Self.geneva))
        state.press(.character("K"))
        #expect(state.message?.text == "First article in the list")
    }

    @Test("= and Ctrl-G name the file, the lines shown, how far and the section; in the list the article's place")
    func whereAmI() {
        var state = AppState.library(width: 80, height: 24)
        state.press(.character("j"), .character("="))
        #expect(state.message?.text == "putin-peace-talks.txt · article 2 of 3")
        state.press(.enter, .control("g"))
        #expect(state.message?.text == "putin-peace-talks.txt · lines 1–23 of 57 · 40% · § 1/5 (lead)")
        state.press(.character("3"), .character("="))
        #expect(state.message?.text == "putin-peace-talks.txt · lines 26–48 of 57 · 84% · § 3/5 Context and International Reaction")
        #expect(render(state, width: 80, height: 24).trimmedLines[23].contains("lines 26–48 of 57"))
        state.press(.character("G"), .character("="))
        #expect(state.message?.text == "putin-peace-talks.txt · lines 35–57 of 57 · 100% · § 3/5 Context and International Reaction")
        state.press(.character("k"))
        #expect(state.message == nil, "until the next key")

        let input = Fixtures.article("Piped", path: "-", sections: [(nil, ["Text."])])
        var piped = AppState(entries: [LibraryEntry(article: input, source: .standardInput)], today: Fixtures.today)
        piped.press(.enter)
        piped.press(.character("="))
        #expect(piped.message?.text == "standard input · lines 1–4 of 4 · 100% · § 1/1 (lead)")
    }

    @Test("the help lists the read-mark keys and =")
    func help() {
        let keys = KeyMap.standard
        #expect(keys.action(for: .character("U"), in: .list) == .toggleRead)
        #expect(keys.action(for: .character("A"), in: .reader) == .markListedRead)
        #expect(keys.action(for: .character("."), in: .reader) == .nextUnread)
        #expect(keys.action(for: .character("J"), in: .reader) == .openAdjacent(1))
        #expect(keys.action(for: .control("g"), in: .list) == .showPlace)
        // n and N stay less's search keys.
        #expect(keys.action(for: .character("n"), in: .reader) == .nextHit(forward: true))
        #expect(keys.action(for: .character("N"), in: .list) == .nextHit(forward: false))
    }
}
