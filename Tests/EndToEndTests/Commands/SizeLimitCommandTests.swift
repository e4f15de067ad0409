import Foundation
import TestProcesses
import Testing

/// Input that never ends, or is too big, ends with one line naming it and exit 2, having read
/// no more than the limit (`--max-file-size`, 100M by default). These grew to gigabytes when
/// standard input was read to its end whatever its size.
@Suite struct SizeLimitCommandTests {
    /// Runs `folio ARGUMENTS` with standard input from `input` (a path) and a deadline.
    private func run(_ arguments: [String], input: String) throws -> (status: Int32?, errors: String) {
        let errors = try ScratchFile()
        let child = try ChildProcess(FolioBinary.path, arguments, input: input, errors: errors.path)
        guard let status = child.wait(timeout: 60) else {
            child.signal(SIGKILL)
            _ = child.wait(timeout: 10)
            Issue.record("folio \(arguments.joined(separator: " ")) < \(input) did not end within 60 s")
            return (nil, errors.text)
        }
        return (status, errors.text)
    }

    @Test("folio dump - < /dev/zero: one line, exit 2", arguments: [["dump", "-"], ["dump", "--format", "json", "-"]])
    func endlessStandardInput(arguments: [String]) throws {
        let (status, errors) = try run(arguments, input: "/dev/zero")
        #expect(status == 2)
        // Zeros are NUL bytes: binary from the first chunk, before the size limit is reached.
        #expect(errors == "folio: '-' is a binary file\n")
    }

    @Test("yes | folio dump -: one line, exit 2")
    func endlessPipe() throws {
        let errors = try ScratchFile()
        let child = try ChildProcess("/bin/sh", ["-c", "yes | \(TmuxSession.quote(FolioBinary.path)) dump -"], errors: errors.path)
        let status = child.wait(timeout: 60)
        if status == nil { child.signal(SIGKILL) }
        #expect(status == 2)
        #expect(errors.text == "folio: '-' is larger than 100M: not read (a larger --max-file-size reads it)\n")
    }

    @Test("--max-file-size: a file past it is named, the others are still read, exit 2")
    func fileOverTheLimit() throws {
        let folder = try ScratchFolder()
        let big = try folder.file("big.txt", "Big\n\n" + String(repeating: "A line of words.\n", count: 200))
        let small = try folder.file("small.txt", "Small\n\nA short article.\n")
        let dump = try FolioBinary.run(["dump", "--max-file-size", "2K", big, small])
        #expect(dump.status == 2)
        #expect(dump.errors == "folio: '\(big)' is larger than 2K: not read (a larger --max-file-size reads it)\n")
        #expect(dump.text.contains("Small"))
        let search = try FolioBinary.run(["search", "--max-file-size", "2K", "article", big, small])
        #expect(search.status == 2)
        #expect(search.errors.contains("'\(big)' is larger than 2K"))
        #expect(search.text.contains(small))
        let reader = try FolioBinary.run(["--max-file-size", "2K", big])
        #expect(reader.status == 2)
        #expect(reader.errors == "folio: '\(big)' is larger than 2K: not read (a larger --max-file-size reads it)\n")
        let bad = try FolioBinary.run(["dump", "--max-file-size", "lots", small])
        #expect(bad.status == 2)
        #expect(bad.errors.contains("--max-file-size"))
    }
}
