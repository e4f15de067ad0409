import FolioKit
import Testing

@testable import FolioUI

/// Screens as a configuration file sets them: the help overlay shows the keys in force, the
/// reader keeps the measure set, and dates are written in the format set.
@Suite("configured screens")
struct ConfiguredScreenTests {
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
        #expect(screen.contains("s X               sort: date / title"), "\(screen)")
        // Keys do what the help says.
        var reader = state
        _ = reader.reduce(.closeOverlay)
        #expect(reader.keyMap.action(for: .character("X"), in: .list) == .toggleSort)
    }

    @Test("the reader's measure and absolute dates come from the state")
    func measureAndDates() throws {
        var state = AppState(articles: [Fixtures.seed], today: Fixtures.today, width: 160, height: 40)
        state.split.measure = 50
        state.dates = DateStyle(isRelative: false, format: try DateFormat(parsing: "%d.%m.%Y"))
        _ = state.reduce(.openSelected)
        let published = try #require(Fixtures.seed.published)
        let date = DateFormat.iso.string(published).split(separator: "-").reversed().joined(separator: ".")
        let lines = render(state, width: 160, height: 40).lines
        #expect(lines.contains { $0.contains(date) && !$0.contains("ago") }, "\(lines.joined(separator: "\n"))")
        #expect(state.reader.layout?.width == 50)
    }
}
