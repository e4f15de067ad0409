import Foundation
import Testing

/// The manual page committed as `docs/folio.1` is the one folio's definitions make
/// (`ManualPage`), and reads cleanly. `FOLIO_RECORD_MANUAL=1 swift test --filter ManualPageTests`
/// writes it again (dated today) when it differs.
@Suite struct ManualPageTests {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/folio.1").path

    /// The page without its date line: a page differs from another only in what it says.
    static func undated(_ page: String) -> [Substring] {
        page.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix(".Dd ") }
    }

    @Test("docs/folio.1 is what the command definitions and the key map make")
    func upToDate() throws {
        let committed = (try? String(contentsOfFile: Self.path, encoding: .utf8)) ?? ""
        let made = try ManualPage.text(date: "")
        if Self.undated(committed) == Self.undated(made) { return }
        if ProcessInfo.processInfo.environment["FOLIO_RECORD_MANUAL"] == "1" {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.dateFormat = "MMMM d, yyyy"
            try ManualPage.text(date: formatter.string(from: Date())).write(toFile: Self.path, atomically: true, encoding: .utf8)
            return
        }
        Issue.record("docs/folio.1 is out of date: run FOLIO_RECORD_MANUAL=1 swift test --filter ManualPageTests")
    }

    @Test("the page names every command and option, the keys and the mouse")
    func contents() throws {
        let page = try ManualPage.text(date: "December 4, 2026")
        for text in [
            ".Cm dump", ".Cm search", ".Cm themes", ".Op Fl -theme Ar theme", ".It Fl -no-mouse", ".It Fl w , Fl -word",
            ".Os folio 0.1.0", ".Ss Article list", "\\&<", ".Sh MOUSE", "One of: text, json, markdown.",
        ] {
            #expect(page.contains(text), "\(text)")
        }
        // The commands inside a command: each in the synopsis and with an entry of its own,
        // options and arguments included.
        for command in ["add", "list", "remove", "import", "export"] {
            #expect(page.contains(".Nm\n.Cm feed \(command)\n"), "synopsis of feed \(command)")
            #expect(page.contains("\n.It Cm feed \(command)\n"), "entry of feed \(command)")
        }
        for text in [".It Fl -full-text", ".It Fl -name Ar name", ".It Fl -delete-items", ".Op Fl -json"] {
            #expect(page.contains(text), "\(text)")
        }
        // The hidden command is not on it.
        #expect(!page.contains("key-timing"))
    }
}
