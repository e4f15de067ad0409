import Foundation
import FolioKit
import FolioUI
import Testing

@testable import FolioApp

/// The wiring's side of `R`: the rescan reads what changed in the background and reports it.
@Suite struct RescanSessionTests {
    /// Takes background news until `done` holds (or fails after 30 seconds).
    static func settle(_ session: LibrarySession, _ state: inout AppState, until done: (AppState) -> Bool) throws {
        let deadline = Date().addingTimeInterval(30)
        while !done(state) {
            try #require(Date() < deadline, "the background work did not finish")
            _ = session.takeNews(into: &state) { action, state in _ = state.reduce(action) }
            usleep(2_000)
        }
    }

    @Test func theRescanSaysWhatChanged() throws {
        let folder = NSTemporaryDirectory() + "folio-rescan-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["alpha", "bravo", "charlie"] {
            try "\(name.capitalized) article\n\nSome text about \(name).\n".write(toFile: "\(folder)/\(name).txt", atomically: true, encoding: .utf8)
        }
        let (session, library, starting) = LibrarySession.open([folder], with: StoreOpening(environment: [:], keepsState: false))
        var state = AppState(entries: library.entries, today: SimpleDate(.now))
        session.start(library, readPaths: starting.readPaths, in: &state)
        try Self.settle(session, &state) { $0.indexing == nil && $0.entries.count == 3 }

        try "Delta article\n\nNew text.\n".write(toFile: "\(folder)/delta.txt", atomically: true, encoding: .utf8)
        try "Bravo article\n\nSome text about bravo, and more of it now.\n".write(toFile: "\(folder)/bravo.txt", atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: "\(folder)/charlie.txt")
        for effect in state.reduce(.rescan) { _ = session.perform(effect, on: &state) }
        #expect(state.isRescanning)
        try Self.settle(session, &state) { !$0.isRescanning }
        #expect(state.message?.text == "Rescanned: 1 new, 1 changed, 1 removed")
        #expect(Set(state.entries.map(\.title)) == ["Alpha article", "Bravo article", "Delta article"])

        for effect in state.reduce(.rescan) { _ = session.perform(effect, on: &state) }
        try Self.settle(session, &state) { !$0.isRescanning }
        #expect(state.message?.text == "Rescanned: nothing changed")
    }

    @Test func theBundledSamplesHaveNothingToRescan() {
        let runner = EffectRunner(catalog: ThemeCatalog(environment: [:]), session: nil)
        var state = AppState(entries: Library.samples().entries, today: SimpleDate(.now))
        #expect(runner.perform(state.reduce(.rescan), on: &state) == .continue)
        #expect(!state.isRescanning)
        #expect(state.message?.text == "Rescanned: nothing changed")
    }
}
