import FolioKit
import FolioUI

extension AppState {
    /// A state with the seed article and two short ones, at a size.
    static func library(width: Int = 80, height: Int = 24) -> AppState {
        AppState(
            articles: [Fixtures.seed, Fixtures.ukraine, Fixtures.gardening], today: Fixtures.today,
            theme: Fixtures.theme, themeNames: ["test", "other"], width: width, height: height)
    }

    /// The library with the seed article open, in an 80×24 terminal.
    static func readingSeed() -> AppState {
        var state = AppState.library()
        state.open(path: "putin-peace-talks.txt")
        return state
    }

    /// Feeds keys through the key map; returns all effects but the searches of articles in
    /// memory, which are run at once, as the wiring runs them (see `settle`).
    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] {
        keys.flatMap { settle(handle(key: $0)) }
    }

    /// Types text, one character key at a time.
    @discardableResult
    mutating func type(_ text: String) -> [Effect] {
        text.flatMap { settle(handle(key: .character($0))) }
    }

    /// Applies an action the wiring reports, then runs the searches it asks for (see `settle`).
    @discardableResult
    mutating func apply(_ action: Action) -> [Effect] {
        let effects = reduce(action)
        return settle(effects)
    }

    /// Runs the searches of articles in memory among `effects` (`Effect.searchArticles`) to the
    /// end and applies their hits, as the wiring does in the background; returns the other
    /// effects, those the hits asked for included.
    mutating func settle(_ effects: [Effect]) -> [Effect] {
        var rest: [Effect] = []
        for effect in effects {
            guard case .searchArticles(let job) = effect else {
                rest.append(effect)
                continue
            }
            var found: [Action] = []
            job.run(isCancelled: { false }) { found.append($0) }
            for action in found { rest += settle(reduce(action)) }
        }
        return rest
    }

    /// Selects the entry read from the file at `path` in the list and presses Enter.
    @discardableResult
    mutating func open(path: String) -> [Effect] {
        focus = .list
        list.selected = entries.id(of: .file(path))
        return press(.enter)
    }

    /// The identity of the entry at `position` in the order the entries were given.
    func id(_ position: Int) -> EntryID { entries[position].id }

    /// The identities of the entries read from the files at `paths`, in the order given (a
    /// feed's items, in order, for its file).
    func ids(_ paths: String...) -> [EntryID] {
        paths.flatMap { path in entries.filter { $0.source == .file(path) }.map(\.id) }
    }

    /// The top line's text in the reader.
    var topLine: String { reader.layout.map { $0.lines[reader.top].text } ?? "" }
}

extension Fixtures {
    /// A short article that also mentions NATO, dated after the seed.
    static let ukraine = article(
        "Talks in Geneva", path: "geneva.txt", published: SimpleDate(year: 2026, month: 3, day: 1),
        sections: [
            (nil, ["Diplomats met in Geneva to discuss NATO and security guarantees."]),
            ("Outcome", ["No agreement was reached; NATO members will meet again."]),
        ])

    /// A short article with no NATO at all, undated.
    static let gardening = article(
        "Autumn Gardening", path: "garden.txt",
        sections: [(nil, ["Plant bulbs before the first frost."]), ("Tools", ["A good spade lasts for years."])])
}

extension ScreenBuffer {
    /// The rows with trailing spaces removed.
    var trimmedLines: [String] {
        lines.map { line in String(line.reversed().drop { $0 == " " }.reversed()) }
    }

    /// The column and row where `text` first appears (columns counted in cells).
    func find(_ text: String) -> (x: Int, y: Int)? {
        for y in 0..<height {
            var row: [(x: Int, text: String)] = []
            for x in 0..<width where !self[x, y].isContinuation { row.append((x, self[x, y].text)) }
            let joined = row.map(\.text).joined()
            guard let range = joined.range(of: text) else { continue }
            let offset = joined.distance(from: joined.startIndex, to: range.lowerBound)
            var count = 0
            for cell in row {
                if count == offset { return (cell.x, y) }
                count += cell.text.count
            }
        }
        return nil
    }
}
