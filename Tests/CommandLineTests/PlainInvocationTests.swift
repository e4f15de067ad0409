import ArgumentParser
import Testing

@testable import folio

/// The fast path for plain command lines must read them exactly as ArgumentParser does, and
/// leave everything else to it.
@Suite struct PlainInvocationTests {
    /// What ArgumentParser makes of `arguments`, in the fast path's terms (nil: some other
    /// command, or options the fast path does not take).
    private func parsed(_ arguments: [String]) throws -> PlainInvocation? {
        let command = try Folio.parseAsRoot(arguments)
        if let open = command as? OpenCommand, open.theme == nil, !open.noState, open.maxFileSize == .standard {
            return .open(paths: open.paths)
        }
        if let dump = command as? DumpCommand, dump.format == .text, dump.width == nil, dump.maxFileSize == .standard {
            return .dump(paths: dump.paths)
        }
        return nil
    }

    @Test("plain command lines take the fast path, read as ArgumentParser reads them", arguments: [
        [], ["a.txt"], ["notes/", "b.html", "c d.md"], ["open", "a.txt"], ["open", "x", "y"],
        ["dump", "a.txt"], ["dump", "a.html", "b/"], ["dumped.txt"], ["openings"], ["ü.txt", "日本.md"],
        ["dump/notes"], ["/x/open", "search/y"],
    ])
    func plainLines(arguments: [String]) throws {
        let plain = try #require(PlainInvocation(arguments))
        #expect(try parsed(arguments) == plain)
    }

    @Test("options, standard input and other subcommands go to ArgumentParser", arguments: [
        ["--no-state", "a.txt"], ["a.txt", "--theme", "mono"], ["-"], ["dump", "-"], ["--", "a.txt"],
        ["dump", "--format", "json", "a.txt"], ["dump", "a.txt", "--width=40"], ["dump"], ["open"],
        ["search", "peace", "a.txt"], ["themes"], ["help"], ["help", "dump"], ["dump", "help"],
        ["a.txt", "dump"], ["-h"], ["dump", "--help"], ["key-timing", "x"], [""], ["a", ""],
    ])
    func otherLines(arguments: [String]) {
        #expect(PlainInvocation(arguments) == nil)
    }

    @Test("a file named like a subcommand is opened when it is not first")
    func pathNamedLikeCommand() throws {
        // `folio a.txt dump` is left to ArgumentParser, which must still read `dump` as a path
        // there; `folio dump` alone is the subcommand (reading the home library).
        #expect(try parsed(["a.txt", "dump"]) == .open(paths: ["a.txt", "dump"]))
        #expect(try Folio.parseAsRoot(["dump"]) is DumpCommand)
    }
}
