import Foundation
import TestProcesses
import Testing

/// File names are the user's bytes: one that is not UTF-8 opens from the command line and
/// from a folder, and every name is shown escaped, so that none can forge a line of output.
@Suite("file names as bytes", .serialized)
struct FileNameTests {
    /// `bad\xff\xfe.txt` in `folder`, made with the shell (the test's own strings are UTF-8).
    static func makeBadName(in folder: ScratchFolder) throws {
        let child = try ChildProcess("/bin/sh", ["-c", #"printf 'A bad name\n\nThe text of a file whose name is not UTF-8.\n' > "$1/$(printf 'bad\377\376.txt')""#, "sh", folder.path])
        #expect(child.wait(timeout: generousDeadline) == 0)
    }

    /// Runs `folio ARGUMENTS` through the shell, where `BAD` in an argument stands for the bytes
    /// of `bad\xff\xfe.txt`; returns standard output, standard error and the exit status.
    static func runWithBadName(_ arguments: [String], in folder: ScratchFolder) throws -> (output: String, errors: String, status: Int32?) {
        let out = folder.path + "/.out", err = folder.path + "/.err"
        let quoted = arguments.map { "\"" + $0.replacingOccurrences(of: "BAD", with: "$bad") + "\"" }.joined(separator: " ")
        let script = #"bad=$(printf 'bad\377\376.txt'); cd "$1" && exec "$2" "# + quoted
        let child = try ChildProcess("/bin/sh", ["-c", script, "sh", folder.path, FolioBinary.path], output: out, errors: err,
                                     environment: ["XDG_STATE_HOME": folder.path + "/.state"])
        let status = child.wait(timeout: 30)
        let read = { (path: String) in String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data(), as: UTF8.self) }
        return (read(out), read(err), status)
    }

    @Test("dump and search open a file whose name is not UTF-8, given by name or found in a folder")
    func nonUTF8NameOpens() throws {
        let folder = try ScratchFolder()
        try Self.makeBadName(in: folder)
        let dumped = try Self.runWithBadName(["dump", "BAD"], in: folder)
        #expect(dumped.status == 0, "\(dumped.errors)")
        #expect(dumped.output.contains("The text of a file whose name is not UTF-8."))
        let searched = try Self.runWithBadName(["search", "UTF-8", "."], in: folder)
        #expect(searched.status == 0, "\(searched.errors)")
        #expect(searched.output == "./bad\\xff\\xfe.txt:3: The text of a file whose name is not UTF-8.\n")
        let json = try Self.runWithBadName(["dump", "--format", "json", "."], in: folder)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(object["path"] as? String == "./bad\\xff\\xfe.txt")
        // A missing one is named escaped, not as U+FFFD.
        let missing = try Self.runWithBadName(["dump", "gone-BAD"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.errors == "folio: cannot read 'gone-bad\\xff\\xfe.txt': no such file or directory\n")
    }

    @Test("a newline or escape in a file name never reaches standard error raw: no forged lines")
    func namesCannotForgeLines() throws {
        let folder = try ScratchFolder()
        let forged = folder.path + "/x.txt\nfake:1: injected"
        let run = try FolioBinary.run(["dump", forged, folder.path + "/\u{1B}[31mred.txt"])
        #expect(run.status == 2)
        #expect(run.errors == """
            folio: cannot read '\(folder.path)/x.txt␊fake:1: injected': no such file or directory
            folio: cannot read '\(folder.path)/␛[31mred.txt': no such file or directory

            """)
        try folder.file("a\nfake:1: injected.txt", "Title\n\nSome peace here.\n")
        let search = try FolioBinary.run(["search", "peace", folder.path])
        #expect(search.lines == ["\(folder.path)/a␊fake:1: injected.txt:3: Some peace here."])
    }

    @Test("the reader lists and opens a file whose name is not UTF-8, its name escaped")
    func readerOpensNonUTF8Name() throws {
        let folder = try ScratchFolder()
        try Self.makeBadName(in: folder)
        try folder.file("notes.txt", "Other notes\n\nAnother article beside it.\n")
        // A page without a title: the list shows its file's name, escaped.
        let child = try ChildProcess("/bin/sh", ["-c", #"printf '<html><body><p>A body without a title, long enough to be a paragraph.</p></body></html>' > "$1/$(printf 'untitled\377.html')""#, "sh", folder.path])
        #expect(child.wait(timeout: generousDeadline) == 0)
        let tmux = try TmuxSession(command: "\(TmuxSession.quote(FolioBinary.path)) --no-state \(TmuxSession.quote(folder.path))")
        defer { tmux.kill() }
        try tmux.waitFor("the list") {
            $0.contains("A bad name") && $0.contains("Other notes") && $0.contains("untitled\\xff") && $0.contains("3 articles")
        }
        try tmux.send("s")  // by title: A bad name first
        try tmux.send("g", "Enter")
        let screen = try tmux.waitFor("The text of a file whose name is not UTF-8.")
        #expect(!screen.contains("Cannot open"))
        #expect(!screen.contains("\u{FFFD}"))
    }
}
