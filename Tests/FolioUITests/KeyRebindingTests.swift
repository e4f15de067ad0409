import FolioKit
import Testing

@testable import FolioUI

/// Key maps as a configuration file changes them: every default binding has a name for its
/// keys and its action, a key bound replaces its default binding, and the help overlay shows
/// the keys in force.
@Suite("key rebinding")
struct KeyRebindingTests {
    @Test("every key and action of the default key map has a name that reads back")
    func everyDefaultNamed() {
        for binding in KeyMap.standard.bindings {
            let name = ActionName.name(of: binding.action, in: binding.context)
            #expect(name != nil, "\(binding.action) in \(binding.context) has no name")
            if let name { #expect(ActionName.action(named: name, in: binding.context) == binding.action) }
            for key in binding.keys {
                #expect(key.name.flatMap(Key.init(name:)) == key, "\(key)")
                // The help overlay's label names the key too.
                #expect(Key(name: key.label) == key, "\(key.label)")
            }
        }
    }

    @Test("a key bound elsewhere leaves its old action; unbinding leaves nothing; the same action is no change")
    func rebinding() {
        let changed = KeyMap.standard.rebinding([
            KeyRebinding(.character("]"), to: .showOutline, in: .reader),
            KeyRebinding(.character("x"), to: .nextSection, in: .reader),
            KeyRebinding(.character("j"), to: nil, in: .list),
            KeyRebinding(.character("k"), to: .moveSelection(-1), in: .list),
            KeyRebinding(.character("Z"), to: .quit, in: .list),
        ])
        #expect(changed.action(for: .character("]"), in: .reader) == .showOutline)
        #expect(changed.action(for: .character("o"), in: .reader) == .showOutline)
        #expect(changed.action(for: .character("x"), in: .reader) == .nextSection)
        #expect(changed.action(for: .character("j"), in: .list) == nil)
        #expect(changed.action(for: .down, in: .list) == .moveSelection(1))
        #expect(changed.action(for: .character("j"), in: .reader) == .scrollLines(1))
        #expect(changed.action(for: .character("Z"), in: .list) == .quit)
        #expect(KeyMap.standard.rebinding([KeyRebinding(.character("k"), to: .moveSelection(-1), in: .list)]) == .standard)
    }

    @Test("the help overlay shows the keys in force")
    func helpShowsKeysInForce() {
        var state = AppState(articles: [Fixtures.seed], today: Fixtures.today, width: 100, height: 80)
        state.keyMap = KeyMap.standard.rebinding([
            KeyRebinding(.character("]"), to: nil, in: .reader),
            KeyRebinding(.control("n"), to: .nextSection, in: .reader),
            KeyRebinding(.character("X"), to: .toggleSort, in: .list),
        ])
        _ = state.reduce(.showHelp)
        let screen = render(state, width: 100, height: 80).lines.joined(separator: "\n")
        #expect(screen.contains("Ctrl-N            next section"), "\(screen)")
        #expect(!screen.contains("]                 next section"))
        #expect(screen.contains("s X               sort by date / title"))
        // Keys do what the help says.
        var reader = state
        _ = reader.reduce(.closeOverlay)
        #expect(reader.keyMap.action(for: .character("X"), in: .list) == .toggleSort)
    }

    @Test("the reader's measure and absolute dates come from the state")
    func measureAndDates() throws {
        var state = AppState(articles: [Fixtures.seed], today: Fixtures.today, width: 160, height: 40)
        state.measure = 50
        state.dates = DateStyle(isRelative: false, format: try DateFormat(parsing: "%d.%m.%Y"))
        _ = state.reduce(.openSelected)
        let published = try #require(Fixtures.seed.published)
        let date = DateFormat.iso.string(published).split(separator: "-").reversed().joined(separator: ".")
        let lines = render(state, width: 160, height: 40).lines
        #expect(lines.contains { $0.contains(date) && !$0.contains("ago") }, "\(lines.joined(separator: "\n"))")
        #expect(state.reader.layout?.width == 50)
    }
}
