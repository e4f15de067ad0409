import Foundation
import Testing

/// Files folio cannot read: one clear line each on standard error, the others still done,
/// exit status 2, never a crash or a hang.
///
/// Tests run as root, who may read any file whatever its mode, so `chmod 000` cannot make a
/// file unreadable here; a FIFO (not a regular file) and a path below a file (not a
/// directory) fail for root too, through the same error path as `permission denied`.
@Suite struct BadInputTests {
    @Test(.timeLimit(.minutes(5))) func eachBadFileIsReportedAndTheRestProcessed() throws {
        let folder = try ScratchFolder()
        let good = try folder.file("good.txt", "Good Title\n\nA fine peace paragraph.\n")
        let binary = try folder.file("x.bin", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x70, 0x65, 0x61, 0x63, 0x65])
        let empty = try folder.file("empty.txt", [])
        let fifo = folder.path + "/pipe.txt"
        #expect(mkfifo(fifo, 0o644) == 0)
        let missing = folder.path + "/missing.txt"
        let belowFile = good + "/x.txt"
        let arguments = [missing, binary, good, empty, fifo, belowFile]
        for command in [["dump", "--format", "json"], ["search", "peace"]] {
            let run = try FolioBinary.run(command + arguments)
            #expect(run.status == 2)
            #expect(run.text.contains(good), "the good file is still processed")
            let errors = run.errors.split(separator: "\n").map(String.init)
            #expect(errors.sorted() == [
                "folio: '\(binary)' is a binary file",
                "folio: '\(empty)' is empty",
                "folio: cannot read '\(belowFile)': not a directory",
                "folio: cannot read '\(fifo)': not a regular file",
                "folio: cannot read '\(missing)': no such file or directory",
            ].sorted())
        }
    }

    @Test("a feed read in part says so on standard error and prints what was recovered; one with nothing to read fails")
    func brokenFeedsAreReported() throws {
        let folder = try ScratchFolder()
        let cut = try folder.file("cut.xml", """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Cut feed</title>
            <item><title>First item</title><description>Whole words.</description></item>
            <item><title>Second item</title><description>Cut off he
            """)
        let html = try folder.file("news.xml", "<?xml version=\"1.0\"?><rss><html><body>no channel</body></html>")
        let partial = try FolioBinary.run(["dump", "--format", "json", cut])
        #expect(partial.status == 0)
        #expect(partial.text.contains("First item"))
        #expect(partial.errors.hasPrefix("folio: \(cut): the feed is not well-formed XML"), "\(partial.errors)")
        #expect(partial.errors.hasSuffix("; read what could be recovered\n"), "\(partial.errors)")
        let nothing = try FolioBinary.run(["dump", html])
        #expect(nothing.text.isEmpty)
        #expect(nothing.errors.split(separator: "\n").count == 1, "\(nothing.errors)")
        #expect(nothing.errors.hasPrefix("folio: \(html): "), "\(nothing.errors)")
        #expect(nothing.status == 2)
    }

    @Test func nulBytesInATextFileMakeItBinary() throws {
        let folder = try ScratchFolder()
        let file = try folder.file("nul.txt", Array("Title\n\nText".utf8) + [0] + Array(" more\n".utf8))
        let run = try FolioBinary.run(["dump", file])
        #expect(run.status == 2)
        #expect(run.errors == "folio: '\(file)' is a binary file\n")
    }

    @Test func invalidUTF8IsReadAsWindows1252() throws {
        let folder = try ScratchFolder()
        let file = try folder.file("latin.txt", Array("Caf".utf8) + [0xE9] + Array(" Title\n\nNa".utf8) + [0xEF] + Array("ve text here.\n".utf8))
        let run = try FolioBinary.run(["dump", "--format", "json", file])
        #expect(run.status == 0)
        #expect(run.text.contains("Café"))
        #expect(try FolioBinary.run(["search", "--count", "naïve", file]).status == 0)
    }

    /// Each run must end within its timeout (generous: the machine may be busy; a hang or a
    /// quadratic step on the long line would take far longer).
    @Test(.timeLimit(.minutes(10))) func tenMegabyteSingleLineFinishesFast() throws {
        let folder = try ScratchFolder()
        let words = Array("lorem ipsum dolor sit amet peace ".utf8)
        var bytes = Array("A Title\n\n".utf8)
        bytes.reserveCapacity(10_500_000)
        for _ in 0..<303_031 { bytes += words }
        let file = try folder.file("long.txt", bytes)
        let dump = try FolioBinary.run(["dump", "--format", "json", file], timeout: 150)
        #expect(dump.status == 0)
        #expect(dump.output.count > 10_000_000)
        let search = try FolioBinary.run(["search", "--count", "peace", file], timeout: 150)
        #expect(search.status == 0)
        #expect(search.lines.last == "303031 hits in 1 article")
        let lines = try FolioBinary.run(["search", "amet peace", file], timeout: 150)
        #expect(lines.status == 0)
        #expect(lines.lines.allSatisfy { $0.utf8.count < 2000 }, "hits on a huge line show a window of it")
    }
}
