import Foundation
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

    @Test func jsonEscapesControls() throws {
        let folder = try ScratchFolder()
        let file = try folder.file("evil.txt", hostile)
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
}
