import FolioApp
import FolioKit
import Foundation
import Testing

/// `folio -` in-process: standard input is a pipe the test writes to.
@Suite("standard input")
struct StandardInputTests {
    /// A pipe: the reader reads its read end, the test writes to `write`.
    final class Pipe {
        let read: Int32
        let write: Int32
        private var isClosed = false

        init() throws {
            var ends: [Int32] = [-1, -1]
            guard pipe(&ends) == 0 else { throw POSIXError(.EMFILE) }
            (read, write) = (ends[0], ends[1])
        }

        func send(_ bytes: [UInt8]) { bytes.withUnsafeBytes { _ = Foundation.write(write, $0.baseAddress, $0.count) } }
        func send(_ text: String) { send(Array(text.utf8)) }
        func end() {
            guard !isClosed else { return }
            isClosed = true
            close(write)
        }

        deinit {
            end()
            close(read)
        }
    }

    @Test("UTF-16 text with a byte-order mark that ends at once is read as the rest of folio reads it")
    func wideTextBeforeThePaint() throws {
        let library = try TestLibrary()
        let input = try Pipe()
        let text = "Piped in UTF-16\n\nA paragraph that came through a pipe.\n"
        input.send([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        input.end()
        let reader = try library.start(["-"], input: input.read)
        #expect(reader.errors.isEmpty, "\(reader.errors)")
        try reader.waitFor("A paragraph that came through a pipe.")
        #expect(reader.text.contains("Piped in UTF-16"))
    }

    @Test("what has arrived is shown, more is added as it comes; it keeps no bookmarks and = names it")
    func growingInput() throws {
        let library = try TestLibrary()
        let input = try Pipe()
        input.send("Piped title\n\nThe first paragraph.\n")
        let reader = try library.start(["-"], input: input.read)
        try reader.waitFor("The first paragraph.")
        input.send("\nThe second paragraph, later.\n")
        try reader.waitFor("The second paragraph, later.")
        reader.type("m")
        try reader.waitFor("Standard input keeps no bookmarks")
        reader.type("=")
        try reader.waitFor("standard input · lines")
        input.end()
        reader.type("q")
        #expect(reader.hasQuit)
    }
}
