import FolioKit
import FolioUI
import Testing

@Suite("Reducer: list and reader")
struct ReaderReducerTests {
    @Test("the list starts on the newest article; Enter opens it, marks it read and focuses the reader")
    func openArticle() throws {
        var state = AppState.library()
        #expect(state.shownEntries.map { state.entries[$0].source } == [.file("geneva.txt"), .file("putin-peace-talks.txt"), .file("garden.txt")])
        state.press(.character("j"))
        #expect(state.list.selected == state.id(0))
        let effects = state.press(.enter)
        // The wiring keeps the read mark and looks up where the article was left.
        #expect(effects == [.setRead(entries: state.ids("putin-peace-talks.txt"), isRead: true), .loadPosition(state.id(0))])
        #expect(state.reader.entry == state.id(0))
        #expect(state.focus == .reader)
        #expect(state.entries[0].isUnread == false)
        #expect(state.entries[1].isUnread)
        #expect(state.topLine.hasPrefix("Putin’s Conditions"))
        state.press(.character("h"))
        #expect(state.focus == .list)
    }

    @Test("an entry not loaded yet asks the wiring to load it, and opens when it arrives")
    func loadOnOpen() {
        var state = AppState(entries: [LibraryEntry(source: .file("/tmp/articles/putin-peace-talks.txt"))], today: Fixtures.today)
        #expect(state.entries[0].title == "putin-peace-talks")
        #expect(state.press(.enter) == [.loadArticle(state.id(0))])
        #expect(state.reader.entry == nil)
        #expect(state.message?.text.hasPrefix("Loading") == true)
        #expect(
            state.reduce(.articleLoaded(state.id(0), Fixtures.seed))
                == [.setRead(entries: state.ids("/tmp/articles/putin-peace-talks.txt"), isRead: true), .loadPosition(state.id(0))])
        #expect(state.reader.entry == state.id(0))
        #expect(state.entries[0].title == Fixtures.seed.title)
        #expect(state.focus == .reader)
        #expect(state.message == nil, "the loading note goes when the article is shown")

        var failing = AppState(entries: [LibraryEntry(source: .file("gone.txt"))], today: Fixtures.today)
        failing.press(.enter)
        _ = failing.reduce(.loadFailed(failing.id(0), "No such file"))
        #expect(failing.reader.entry == nil)
        #expect(failing.message?.isError == true)
        #expect(failing.message?.text.contains("No such file") == true)
    }

    @Test("scrolling by line, half page, page and to the ends stays within the article")
    func scrolling() throws {
        var state = AppState.library(width: 60, height: 20)
        state.open(path: "putin-peace-talks.txt")
        let layout = try #require(state.reader.layout)
        let view = 20 - 1
        state.press(.character("j"), .down)
        #expect(state.reader.top == 2)
        state.press(.character("k"))
        #expect(state.reader.top == 1)
        state.press(.character("d"))
        #expect(state.reader.top == 1 + view / 2)
        state.press(.character("u"), .character("u"))
        #expect(state.reader.top == 0)
        state.press(.character(" "))
        #expect(state.reader.top == view - 2)
        state.press(.character("b"))
        #expect(state.reader.top == 0)
        state.press(.character("G"))
        #expect(state.reader.top == layout.lines.count - view)
        state.press(.character("j"))
        #expect(state.reader.top == layout.lines.count - view)
        state.press(.home)
        #expect(state.reader.top == 0)
    }

    @Test("] and [ put section headings at the top; at the ends the view stays and a note says why")
    func sectionJumps() throws {
        var state = AppState.library(width: 80, height: 24)
        state.open(path: "putin-peace-talks.txt")
        #expect(state.currentSection == 0)
        state.press(.character("]"))
        #expect(state.currentSection == 1)
        #expect(state.topLine == "Putin’s Stance and Demands")
        state.press(.character("]"))
        #expect(state.topLine == "Context and International Reaction")
        // Section 4 starts on the last screenful: the view stops there and says where its
        // heading is, and the next one's; the status line names the section at the top.
        state.press(.character("]"))
        let top = state.reader.top
        #expect(top == 57 - 23)
        #expect(
            state.message?.text
                == "Last screen: § 4/5 Impact on Regional Stability at row 4, § 5/5 Future Prospects for Dialogue at row 18")
        #expect(state.currentSection == 2)
        state.press(.character("]"))
        #expect(state.reader.top == top)
        #expect(state.message?.text.hasPrefix("Last screen: § 4/5") == true)
        state.press(.character("5"))
        #expect(state.reader.top == top)
        #expect(state.message?.text == "Last screen: § 5/5 Future Prospects for Dialogue at row 18")
        // The note lasts until the next key; [ goes to the heading of the section at the top.
        state.press(.character("["))
        #expect(state.message == nil)
        #expect(state.topLine == "Context and International Reaction")
        // Below a heading, [ goes back to that heading first.
        state.press(.character("2"), .character("j"), .character("j"), .character("["))
        #expect(state.topLine == "Putin’s Stance and Demands")
        state.press(.character("g"), .character("["))
        #expect(state.message?.text.contains("First section") == true)
    }

    @Test("digits jump to section N; a missing section leaves the view and says so")
    func digitJumps() {
        var state = AppState.library()
        state.open(path: "putin-peace-talks.txt")
        state.press(.character("3"))
        #expect(state.topLine == "Context and International Reaction")
        #expect(state.currentSection == 2)
        state.press(.character("1"))
        #expect(state.reader.top == 0)
        state.press(.character("9"))
        #expect(state.reader.top == 0)
        #expect(state.message?.text == "No section 9: this article has 5")
    }

    @Test("the outline popup moves with j/k and Enter jumps; q closes it before quitting")
    func outline() {
        var state = AppState.library()
        state.open(path: "putin-peace-talks.txt")
        state.press(.character("o"))
        #expect(state.overlay == .outline(selected: 0))
        state.press(.character("j"), .character("j"), .down, .character("k"))
        #expect(state.overlay == .outline(selected: 2))
        state.press(.enter)
        #expect(state.overlay == nil)
        #expect(state.topLine == "Context and International Reaction")
        state.press(.character("o"))
        #expect(state.press(.character("q")).isEmpty)
        #expect(state.overlay == nil)
        // In one pane, q leaves the reader for the list; then it quits, keeping the place and
        // which article was open.
        #expect(state.press(.character("q")).isEmpty)
        #expect(state.focus == .list)
        let quit = state.press(.character("q"))
        #expect(quit.last == .quit)
        #expect(quit.contains(.setLastArticle(state.ids("putin-peace-talks.txt").first)))
        state.press(.character("?"))
        #expect(state.press(.control("c")).last == .quit)
    }

    @Test("a resize keeps the paragraph being read at the top")
    func resizeKeepsAnchor() throws {
        var state = AppState.library(width: 120, height: 40)
        state.open(path: "putin-peace-talks.txt")
        state.press(.character("4"), .character("j"), .character("j"))
        let anchor = state.reader.anchor
        let shown = state.topLine
        state.press(.resize(width: 60, height: 20))
        let layout = try #require(state.reader.layout)
        #expect(layout.width == 58)
        #expect(layout.lines[state.reader.top].content == anchor.content)
        #expect(layout.lines[state.reader.top].range.contains(anchor.offset))
        // Too small, then back: the same line as before.
        state.press(.resize(width: 30, height: 8), .resize(width: 120, height: 40))
        #expect(state.topLine == shown)
    }

    @Test("s toggles sorting by date and by title; f filters by title or author as you type")
    func sortAndFilter() {
        var state = AppState.library()
        state.press(.character("s"))
        #expect(state.list.sort == .title)
        #expect(state.shownEntries.map { state.entries[$0].title.prefix(6) } == ["Autumn", "Putin’", "Talks "])
        state.press(.character("f"))
        state.type("kim")
        #expect(state.shownEntries == [0])
        #expect(state.list.selected == state.id(0))
        state.press(.backspace, .backspace, .backspace)
        #expect(state.shownEntries.count == 3)
        state.type("TALK")
        #expect(state.shownEntries.count == 2)
        state.press(.enter)
        #expect(state.list.isFiltering == false)
        #expect(state.shownEntries.count == 2)
        // Keys are list keys again; Esc clears the filter.
        state.press(.character("j"))
        #expect(state.list.filter.text == "TALK")
        state.press(.escape)
        #expect(state.shownEntries.count == 3)
    }

    @Test("T asks for the next theme and applies it when it arrives")
    func themes() {
        var state = AppState.library()
        #expect(state.press(.character("T")) == [.loadTheme("other")])
        _ = state.reduce(.themeLoaded(Theme(name: "other", styles: [:])))
        #expect(state.theme.name == "other")
        #expect(state.press(.character("T")) == [.loadTheme("test")])
    }
}
