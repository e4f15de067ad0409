import Foundation
import TestProcesses
import Testing

/// Article text is untrusted: no control character or escape sequence from it may reach
/// standard output, in any format.
@Suite struct OutputSafetyTests {
    private let hostile = "Evil \u{1B}[31mRed\u{1B}[0m Title\u{07}\n\n"
        + "Body with an OSC \u{1B}]0;owned\u{07} sequence, a C1 CSI \u{9B}2J, a backspace \u{08}, "
        + "a bidi override \u{202E}txet and DEL \u{7F} in it.\n"

    private func controlBytes(_ bytes: [UInt8]) -> [UInt8] {
        var found: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if (byte < 0x20 && byte != 0x0A) || byte == 0x7F { found.append(byte) }
            if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) { found.append(bytes[index + 1]) }
            index += 1
        }
        return found
    }

    @Test func textMarkdownAndSearchOutputCarryNoControls() throws {
        let folder = try ScratchFolder()
        let file = try folder.file("evil.txt", hostile)
        for arguments in [["dump", file], ["dump", "--format", "markdown", file], ["search", "body", file], ["search", "--count", "body", file]] {
            let run = try FolioBinary.run(arguments)
            #expect(run.status == 0)
            #expect(controlBytes(run.output) == [], "control bytes in the output of \(arguments.joined(separator: " "))")
            #expect(!run.text.contains("\u{202E}"))
        }
        #expect(try FolioBinary.run(["dump", file]).text.contains("Red"), "the text around the escapes is kept")
    }

    /// The reader may already clean control characters from the text, so the file name (which
    /// JSON output carries as `path`) holds an escape sequence too.
    @Test func jsonEscapesControls() throws {
        let folder = try ScratchFolder()
        let file = try folder.file("evil\u{1B}[31m.txt", hostile)
        for arguments in [["dump", "--format", "json", file], ["search", "--json", "body", file]] {
            let run = try FolioBinary.run(arguments)
            #expect(run.status == 0)
            #expect(controlBytes(run.output) == [])
            #expect(run.text.contains("\\u001b"))
            let object = try JSONSerialization.jsonObject(with: Data(run.output)) as? [String: Any]
            #expect(object != nil, "output is valid JSON")
        }
    }

    @Test func errorLinesCarryNoControlsFromFileNames() throws {
        let folder = try ScratchFolder()
        let run = try FolioBinary.run(["dump", folder.path + "/\u{1B}]0;x\u{07}.txt"])
        #expect(run.status == 2)
        #expect(!run.errors.contains("\u{1B}"))
        #expect(run.errors.contains("␛]0;x␇.txt"))
    }

    /// Bidi overrides and isolates, which would reorder the text after them.
    private func bidiControls(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }
    }

    /// OSC 52 (clipboard), OSC 0/2 (titles), OSC 8 (hyperlinks), CSI, C1, bidi overrides and
    /// isolates in titles and bodies of every format, through every output `dump` and
    /// `search` have.
    @Test func hostileArticlesInEveryFormatAndOutput() throws {
        let folder = try ScratchFolder()
        for file in HostileFixtures.files { try folder.file(file.name, file.text) }
        let outputs = [
            ["dump"], ["dump", "--format", "markdown"], ["dump", "--format", "json"],
            ["search", "body"], ["search", "--count", "body"], ["search", "--json", "body"], ["search", "PWNED"],
        ]
        for arguments in outputs {
            let run = try FolioBinary.run(arguments + [folder.path])
            let command = arguments.joined(separator: " ")
            #expect(run.status == 0, "\(command): \(run.errors)")
            #expect(controlBytes(run.output) == [], "control bytes in the output of \(command)")
            #expect(bidiControls(run.text) == [], "bidi controls in the output of \(command)")
            #expect(!run.output.isEmpty, "\(command) printed nothing")
        }
        // On a terminal, hits are coloured: folio's own SGR sequences are the only escapes.
        for arguments in [["search", "PWNED"], ["dump"]] {
            guard let run = try FolioBinary.runInTerminal(arguments + [folder.path], columns: 100) else { break }
            let own = run.text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
            #expect(controlBytes(Array(own.utf8)).allSatisfy { $0 == 0x0D }, "control bytes in \(arguments[0]) on a terminal")
            #expect(bidiControls(own) == [])
            #expect(run.status == 0)
        }
        let json = try FolioBinary.run(["dump", "--format", "json", folder.path + "/hostile.txt"])
        #expect(json.text.contains("\\u202e"), "JSON keeps a bidi override as an escape")
        #expect(try JSONSerialization.jsonObject(with: Data(json.output)) is [String: Any])
    }

    /// A user theme whose file name carries an escape sequence and a bidi override.
    @Test func themeNamesCarryNoControls() throws {
        let config = try ScratchFolder()
        try config.file("folio/themes/evil\u{1B}]0;PWNED\u{07}\u{202E}name.toml", "[styles]\n")
        let inputFile = try ScratchFile(), outputFile = try ScratchFile()
        let child = try ChildProcess(
            FolioBinary.path, ["themes"], input: inputFile.path, output: outputFile.path, environment: ["XDG_CONFIG_HOME": config.path])
        #expect(child.wait(timeout: 60) != nil)
        #expect(outputFile.text.contains("evil␛]0;PWNED␇name"))
        #expect(controlBytes(outputFile.bytes) == [])
        #expect(bidiControls(outputFile.text) == [])
    }
}
