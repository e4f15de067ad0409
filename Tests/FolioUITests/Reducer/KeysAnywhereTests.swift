import FolioKit
import FolioUI
import Testing

/// Keys that mean the same wherever they are pressed: Ctrl-L repaints, and while the terminal
/// is too small only quitting acts.
@Suite("Keys anywhere")
struct KeysAnywhereTests {
    @Test("Ctrl-L asks for a full repaint in the list, the reader, a popup and the search bar, and changes nothing")
    func redraw() {
        var state = AppState.library(width: 120, height: 40)
        #expect(state.press(.control("l")) == [.redraw])
        state.open(path: "putin-peace-talks.txt")
        state.press(.character("j"))
        let top = state.reader.top
        #expect(state.press(.control("l")) == [.redraw])
        #expect(state.reader.top == top && state.focus == .reader)
        state.press(.character("o"))
        #expect(state.press(.control("l")) == [.redraw])
        #expect(state.overlay == .outline(selected: 0))
        state.press(.escape, .character("/"))
        state.type("nato")
        #expect(state.press(.control("l")) == [.redraw])
        #expect(state.search.isEditing && state.search.field.text == "nato")
        let help = KeyMap.standard.bindings.first { $0.keys.contains(.control("l")) }
        #expect(help?.context == .anywhere && help?.description == "redraw the screen")
    }

    @Test("while the terminal is too small, G, m, / and the mouse do nothing; q, Q and Ctrl-C quit, saving the place")
    func tooSmall() throws {
        for quitKey in [Key.character("q"), .character("Q"), .control("c")] {
            var state = AppState.library(width: 80, height: 24)
            state.open(path: "putin-peace-talks.txt")
            state.press(.character("j"), .character("o"))
            let anchor = state.reader.anchor
            state.press(.resize(width: 20, height: 6))
            let notice = render(state, width: 20, height: 6).trimmedLines
            #expect(notice.contains { $0.contains("Terminal too small") })
            #expect(notice.contains { $0.contains("q quits") })
            for key in [Key.character("G"), .character("m"), .character("/"), .character("j"), .enter, .escape, .tab,
                        .character("T"), .character("'"), .mouse(MouseEvent(kind: .wheelDown, x: 5, y: 3))] {
                #expect(state.press(key).isEmpty, "\(key) acts unseen")
            }
            #expect(state.reader.anchor == anchor)
            #expect(state.overlay == .outline(selected: 0), "the popup stays as it was")
            #expect(!state.search.isEditing)
            #expect(state.press(.control("l")) == [.redraw])
            // Quitting closes no popup first: it quits, and keeps the place.
            let effects = state.press(quitKey)
            #expect(effects.last == .quit, "\(quitKey) quits")
            #expect(effects.contains(.savePosition(entry: state.id(0), article: Fixtures.seed, anchor: anchor)))
        }
        // Grown again, the keys act as before.
        var state = AppState.library(width: 20, height: 6)
        state.press(.resize(width: 80, height: 24))
        state.press(.character("j"))
        #expect(state.list.selected == state.id(0))
    }
}
