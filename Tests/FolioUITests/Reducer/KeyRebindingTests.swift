import FolioKit
import Testing

@testable import FolioUI

/// Key maps as a configuration file changes them: every default binding has a name for its
/// keys and its action, and a key bound replaces its default binding (the screens they give:
/// `ConfiguredScreenTests`).
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

    @Test("the divider's keys have names: rebound, they move it as < and > do, and the choice is kept")
    func dividerRebound() {
        let left = ActionName.action(named: "divider-left", in: .list)
        let right = ActionName.action(named: "divider-right", in: .reader)
        #expect(left == .moveDivider(-PaneSplit.step) && right == .moveDivider(PaneSplit.step))
        var state = AppState.library(width: 120, height: 24)
        state.keyMap = KeyMap.standard.rebinding([
            KeyRebinding(.character("H"), to: left, in: .browsing), KeyRebinding(.character("<"), to: nil, in: .browsing),
        ])
        let width = state.geometry.listArea.width
        #expect(state.press(.character("<")) == [])
        #expect(state.geometry.listArea.width == width)
        #expect(state.press(.character("H")) == [.keepDivider(shift: -PaneSplit.step)])
        #expect(state.geometry.listArea.width == width - PaneSplit.step)
    }
}
