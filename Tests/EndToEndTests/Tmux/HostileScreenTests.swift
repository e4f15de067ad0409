import Foundation
import TestProcesses
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Articles that carry escape sequences, control characters, bidi overrides and monstrous
/// grapheme clusters, opened in the real binary in tmux: the screen shows them harmlessly,
/// and tmux's pane title, window name, clipboard (paste buffers) and screen stay untouched.
///
/// The tmux server is set up so that a leak would be observed: `set-clipboard on` (OSC 52
/// makes a paste buffer), `allow-rename on` (`ESC k` renames the window), OSC 0/2 set the
/// pane title. `escapesThatLeakAreObserved` checks that printing the same sequences does
/// change all three, so these tests can fail.
@Suite("hostile text in tmux", .serialized)
struct HostileScreenTests {
    static let title = "e2e-title"
    static let window = "e2e-window"
    static let width = 100
    static let height = 30

    /// tmux commands that make leaks observable and name the pane and window.
    static func setup() -> [[String]] {
        [
            ["set", "-s", "set-clipboard", "on"],
            ["set", "-g", "allow-rename", "on"],
            ["set", "-g", "allow-passthrough", "off"],
            ["select-pane", "-T", title],
            ["rename-window", window],
        ]
    }

    static func session(_ command: String) throws -> TmuxSession {
        try TmuxSession(command: command, width: width, height: height, setup: setup())
    }

    /// The C library's `wcwidth` (Swift's Glibc module does not export it), in a UTF-8 locale.
    static let wcwidth: @convention(c) (wchar_t) -> Int32 = {
        _ = setlocale(LC_CTYPE, "C.UTF-8")
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "wcwidth") else { return { _ in 1 } }
        return unsafeBitCast(symbol, to: (@convention(c) (wchar_t) -> Int32).self)
    }()

    /// Columns a captured row takes, by the C library's `wcwidth` (as tmux counts them).
    static func columns(_ row: Substring) -> Int {
        row.unicodeScalars.reduce(0) { sum, scalar in sum + max(0, Int(wcwidth(wchar_t(bitPattern: scalar.value)))) }
    }

    /// The column where `│` (the list/reader separator) sits in a row, if it does.
    static func separatorColumn(_ row: Substring) -> Int? {
        // Halfway down, an arrow in the separator points at the pane with focus.
        guard let bar = row.firstIndex(where: { "│◀▶".contains($0) }) else { return nil }
        return columns(row[..<bar])
    }

    /// Waits for a screen that satisfies `condition` and stays the same for a moment (so it
    /// is not caught half drawn).
    static func settled(_ tmux: TmuxSession, _ what: String, _ condition: @escaping (String) -> Bool) throws -> String {
        var last = ""
        return try tmux.waitFor(what) { screen in
            defer { last = screen }
            return condition(screen) && screen == last
        }
    }

    /// Checks what a hostile article must not have done: tmux's title, window name and paste
    /// buffers are untouched, folio still owns the alternate screen with the cursor hidden,
    /// no row runs past the pane's edge, the list/reader separator stands in one column on
    /// every row but the status line, which is on the last row.
    static func expectUntouched(_ tmux: TmuxSession, _ screen: String, status: String, _ what: String) throws {
        #expect(try tmux.format("#{pane_title}") == title, "pane title changed after \(what)")
        #expect(try tmux.format("#{window_name}") == window, "window name changed after \(what)")
        #expect(try tmux.buffers() == "", "clipboard written after \(what)")
        #expect(try tmux.format("#{alternate_on} #{cursor_flag}") == "1 0", "alternate screen left or cursor shown after \(what)")
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).prefix(height)
        for (number, row) in rows.enumerated() {
            #expect(columns(row) <= width, "row \(number) overflows after \(what): \(row)")
        }
        let separators = rows.dropLast().map(separatorColumn)
        #expect(Set(separators).count == 1 && separators.first != nil, "separator columns \(separators) after \(what)")
        #expect(rows.last?.hasPrefix(status) == true, "status line after \(what): \(rows.last ?? "")")
        for forbidden: Unicode.Scalar in ["\u{1B}", "\u{9B}", "\u{9D}", "\u{202E}", "\u{2067}"] {
            #expect(!screen.unicodeScalars.contains(forbidden), "U+\(String(forbidden.value, radix: 16)) on screen after \(what)")
        }
    }

    @Test("the escapes in the fixtures do change tmux's title, window name and clipboard when printed")
    func escapesThatLeakAreObserved() throws {
        let folder = try ScratchFolder()
        let raw = try folder.file("raw.txt", HostileFixtures.payload)
        let tmux = try Self.session("sh -c " + TmuxSession.quote("cat \(TmuxSession.quote(raw)); sleep 30"))
        defer { tmux.kill() }
        try eventually(every: 0.05) { try !tmux.buffers().isEmpty }
        #expect(try tmux.buffers().contains("OWNED"))
        #expect(try tmux.format("#{pane_title}") != Self.title)
        #expect(try tmux.format("#{window_name}") == "PWNED-WINDOW")
    }

    @Test("hostile titles in the list and hostile articles in the reader leave tmux untouched")
    func hostileArticles() throws {
        let folder = try ScratchFolder()
        for file in HostileFixtures.files { try folder.file(file.name, file.text) }
        let tmux = try Self.session(ReaderScreenTests.folio(folder.path))
        defer { tmux.kill() }
        // The folder is new to the state database: its files are read in the background.
        let list = try Self.settled(tmux, "the list") { $0.contains("articles · by") && !$0.contains("indexing") }
        try Self.expectUntouched(tmux, list, status: " 5 articles", "showing the list")
        for title in ["Markdown", "HTML", "Plain", "Feed item", "Escaped item"] {
            #expect(list.contains(title), "\(title) listed")
        }
        // Open each article in turn: each screen differs from the one before.
        var previous = list
        for position in 0..<HostileFixtures.files.count + 1 {
            try tmux.send("h")
            try tmux.send("g")
            for _ in 0..<position { try tmux.send("j") }
            try tmux.send("Enter")
            let screen = try Self.settled(tmux, "article \(position) in the reader") { [previous] in
                $0 != previous && $0.contains(" § 1/") && $0.contains("min read")
            }
            try Self.expectUntouched(tmux, screen, status: " § 1/", "opening article \(position)")
            #expect(screen.contains("REVERSED"), "the text around the escapes is kept")
            previous = screen
        }
    }

    @Test("scrolling a hostile article and searching it leave tmux untouched")
    func scrollAndSearch() throws {
        let folder = try ScratchFolder()
        let body = (1...40).map { "Paragraph \($0): \(HostileFixtures.payload)" }.joined(separator: "\n\n")
        let file = try folder.file("long.txt", "Long \(HostileFixtures.payload) Title\n\n\(body)\n")
        let tmux = try Self.session(ReaderScreenTests.folio(file))
        defer { tmux.kill() }
        try tmux.waitFor("the reader") { $0.contains(" § 1/") }
        for _ in 0..<5 { try tmux.send("Space") }
        try tmux.send("/")
        try tmux.send("PWNED", literal: true)
        try tmux.send("Enter")
        let screen = try Self.settled(tmux, "the search counter") { $0.range(of: #"PWNED \d+/\d+"#, options: .regularExpression) != nil }
        try Self.expectUntouched(tmux, screen, status: " § ", "scrolling and searching")
    }
}
