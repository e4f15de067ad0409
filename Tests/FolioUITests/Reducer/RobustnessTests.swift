import FolioKit
import FolioUI
import Testing

@Suite("Robustness")
struct RobustnessTests {
    /// Every key folio binds, plus typing and events.
    static let keys: [Key] =
        KeyMap.standard.bindings.flatMap(\.keys)
        + [.character("x"), .character("東"), .character("("), .backspace, .enter, .escape, .tab]
        + [.resize(width: 40, height: 10), .resize(width: 120, height: 40), .resize(width: 99, height: 30)]
        + [.resize(width: 12, height: 5), .mouse(MouseEvent(kind: .click, x: 3, y: 3))]
        + [.mouse(MouseEvent(kind: .wheelDown, x: 60, y: 5)), .mouse(MouseEvent(kind: .wheelUp, x: 60, y: 5))]

    @Test("random keys at changing sizes never crash and keep the state consistent")
    func randomKeys() {
        var state = AppState(
            articles: [Fixtures.seed, Fixtures.cjk, Fixtures.ukraine, Fixtures.gardening], today: Fixtures.today,
            theme: Fixtures.theme, themeNames: ["test"], width: 80, height: 24)
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for step in 0..<1500 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let key = RobustnessTests.keys[Int(seed >> 33) % RobustnessTests.keys.count]
            for effect in state.handle(key: key) {
                if case .loadTheme(let name) = effect { _ = state.reduce(.themeLoaded(Theme(name: name, styles: [:]))) }
            }
            let buffer = render(state, width: state.width, height: state.height)
            #expect(buffer.lines.allSatisfy { DisplayWidth.of($0) == buffer.width }, "step \(step)")
            if let layout = state.reader.layout {
                #expect(state.reader.top >= 0 && state.reader.top < max(1, layout.lines.count), "step \(step)")
            }
            if let selected = state.list.selected { #expect(state.shownEntries.contains { state.entries[$0].id == selected }, "step \(step)") }
            if let current = state.search.current {
                #expect(state.search.hits[current.entry]?.indices.contains(current.index) == true, "step \(step)")
            }
        }
    }

    @Test("every screen renders at the smallest usable size", arguments: [(40, 10), (41, 11), (100, 10), (40, 60)])
    func smallestSizes(size: (Int, Int)) {
        var state = AppState.library(width: size.0, height: size.1)
        state.open(path: "putin-peace-talks.txt")
        var screens = [render(state, width: size.0, height: size.1)]
        state.press(.character("/"))
        state.type("Putin")
        screens.append(render(state, width: size.0, height: size.1))
        state.press(.enter, .character("o"))
        screens.append(render(state, width: size.0, height: size.1))
        state.press(.escape, .character("?"))
        screens.append(render(state, width: size.0, height: size.1))
        state.press(.escape, .character("h"), .character("f"))
        screens.append(render(state, width: size.0, height: size.1))
        for screen in screens {
            #expect(!screen.lines.joined().contains("too small"))
            #expect(screen.lines.allSatisfy { DisplayWidth.of($0) == size.0 })
        }
        #expect(screens[2].lines.joined().contains("Sections"))
        #expect(screens[3].lines.joined().contains("Keys"))
        #expect(screens[4].lines[size.1 - 2].hasPrefix("Filter: "))
    }

    @Test("Tab switches panes side by side; Esc in the reader goes back to the list")
    func focus() {
        var state = AppState.library(width: 120, height: 40)
        state.press(.tab)
        #expect(state.focus == .list)  // nothing open yet
        state.press(.enter)
        #expect(state.focus == .reader)
        state.press(.tab)
        #expect(state.focus == .list)
        state.press(.character("j"))
        #expect(state.reader.entry == state.id(1))  // moving the selection does not open
        state.press(.tab, .escape)
        #expect(state.focus == .list)
    }
}
