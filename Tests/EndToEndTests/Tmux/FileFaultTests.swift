import Foundation
import Testing

/// The file of the article on screen is deleted, truncated, replaced (by a directory, a FIFO,
/// binary data) or made unreadable, then `R` reads it again: folio keeps running, keeps
/// showing the article, says what went wrong on one status line, and still quits cleanly.
@Suite("file faults in tmux", .serialized)
struct FileFaultTests {
    static let text = "Alpha story\n\nA first paragraph, short.\n\nThe alpha body paragraph talks about café culture at length.\n\nA second paragraph.\n"

    /// What happens to the file while folio shows it, and the reason folio gives (nil: the
    /// file still reads, and folio shows what it now holds).
    enum Fault: String, CaseIterable, CustomTestStringConvertible {
        case deleted, emptied, directory, fifo, binary, unreadable

        var testDescription: String { rawValue }

        func apply(to path: String) throws {
            switch self {
            case .deleted: try FileManager.default.removeItem(atPath: path)
            case .emptied: try Data().write(to: URL(fileURLWithPath: path))
            case .directory:
                try FileManager.default.removeItem(atPath: path)
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
            case .fifo:
                try FileManager.default.removeItem(atPath: path)
                #expect(mkfifo(path, 0o644) == 0)
            case .binary: try Data([0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1, 2, 3]).write(to: URL(fileURLWithPath: path))
            case .unreadable: #expect(chmod(path, 0) == 0)
            }
        }

        /// The reason on the status line; nil when the file can still be read (root reads a
        /// file whatever its mode).
        var reason: String? {
            switch self {
            case .deleted: "no such file or directory"
            case .emptied: "empty"
            case .directory: "is a directory"
            case .fifo: "not a regular file"
            case .binary: "binary file"
            case .unreadable: getuid() == 0 ? nil : "permission denied"
            }
        }
    }

    /// folio showing the article `text` from a file of this name (in a folder that lives as
    /// long as the result).
    static func reading(_ name: String, setup: [[String]] = []) throws -> (ScratchFolder, String, WatchedFolio) {
        let folder = try ScratchFolder()
        let file = try folder.file(name, text)
        let folio = try WatchedFolio([file], width: 160, setup: setup)
        try folio.tmux.waitFor("alpha body paragraph")
        return (folder, file, folio)
    }

    @Test("R after the file changed under folio: one error line, the article stays, q ends cleanly", arguments: Fault.allCases)
    func reloadAfterFault(fault: Fault) throws {
        let folder = try ScratchFolder()
        let file = try folder.file("a.txt", Self.text)
        try folder.file("b.md", "# Beta\n\nAnother article.\n")
        let folio = try WatchedFolio([file, folder.path + "/b.md"], width: 160)
        try folio.tmux.waitFor("the list") { $0.contains("2 articles") }
        try folio.tmux.send("Enter")
        try folio.tmux.waitFor("alpha body paragraph")
        try fault.apply(to: file)
        try folio.tmux.send("R")
        if let reason = fault.reason {
            let screen = try folio.tmux.waitFor("the error") { $0.contains("Cannot open") }
            let errorLines = screen.split(separator: "\n").filter { $0.contains("Cannot open") }
            #expect(errorLines.count == 1)
            #expect(errorLines.first?.lowercased().contains(reason) == true, "\(errorLines)")
            #expect(screen.contains("alpha body paragraph"), "the article is still shown")
        } else {
            try folio.tmux.waitFor("alpha body paragraph")
        }
        // folio goes on: keys still work, and the error clears.
        try folio.tmux.send("j")
        try folio.tmux.waitFor("the error to clear") { !$0.contains("Cannot open") }
        #expect(folio.isRunning)
        try folio.tmux.send("q")
        try folio.expectEndedCleanly(status: 0, "q after the file was \(fault)")
    }

    @Test("a file truncated in the middle of a character reloads as the shorter article")
    func truncatedMidCharacter() throws {
        let (folder, file, folio) = try Self.reading("a.txt")
        defer { _ = folder }
        // Cut inside the two bytes of “é”.
        let bytes = Array(Self.text.utf8)
        let cut = try #require(bytes.firstIndex(of: 0xC3)) + 1
        try Data(bytes[..<cut]).write(to: URL(fileURLWithPath: file))
        try folio.tmux.send("R")
        // (The cut line may go as scraping debris: a last line without a full stop.)
        let screen = try folio.tmux.waitFor("the shorter article") {
            !$0.contains("A second paragraph") && $0.contains("A first paragraph, short.")
        }
        #expect(!screen.contains("Cannot open"))
        try folio.tmux.send("q")
        try folio.expectEndedCleanly(status: 0, "q after a truncated reload")
    }

    @Test("a deleted file with escape sequences in its name: the error line shows them as symbols")
    func hostileFileName() throws {
        let (folder, file, folio) = try Self.reading(
            "x\u{1B}]0;PWNED\u{07}\u{1B}]52;c;T1dORUQ=\u{07}\u{202E}y.txt", setup: HostileScreenTests.setup())
        defer { _ = folder }
        try FileManager.default.removeItem(atPath: file)
        try folio.tmux.send("R")
        try folio.tmux.waitFor("the error with the name's escapes as symbols") {
            $0.contains("Cannot open") && $0.contains("x␛]0;PWNED␇␛]52;c;T1dORUQ=␇")
        }
        #expect(try folio.tmux.format("#{pane_title}") == HostileScreenTests.title)
        #expect(try folio.tmux.buffers() == "")
        try folio.tmux.send("q")
        try folio.expectEndedCleanly(status: 0, "q after an error about a hostile file name")
    }
}
