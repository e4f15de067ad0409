import Foundation
import Testing

/// `folio dump` run as a user would.
@Suite struct DumpCommandTests {
    @Test func jsonHasTheKeysInOrderAndTheSeedStructure() throws {
        guard let seed = Seed.path else { return }
        let run = try FolioBinary.run(["dump", "--format", "json", seed])
        #expect(run.status == 0)
        #expect(run.lines.count == 1)
        let keys = ["path", "format", "title", "author", "published", "published_text", "word_count", "reading_minutes", "sections"]
        let positions = keys.compactMap { run.text.range(of: "\"\($0)\":")?.lowerBound }
        #expect(positions.count == keys.count && positions == positions.sorted(), "keys missing or out of order")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output)) as? [String: Any])
        #expect(object["path"] as? String == seed)
        #expect(object["format"] as? String == "text")
        #expect(object["title"] as? String == "Putin’s Conditions for Peace Talks: Ukraine Must Withdraw Troops and End NATO Bid")
        #expect(object["author"] as? String == "Kimberly")
        #expect(object["published"] as? String == "2024-06-15")
        #expect((object["word_count"] as? Int ?? 0) > 300)
        let sections = try #require(object["sections"] as? [[String: Any]])
        #expect(sections.map { $0["heading"] as? String } == [
            nil, "Putin’s Stance and Demands", "Context and International Reaction", "Impact on Regional Stability",
            "Future Prospects for Dialogue",
        ])
        #expect(sections.first?["heading"] is NSNull)
        let blocks = sections.compactMap { $0["blocks"] as? [[String: Any]] }
        #expect(blocks.map(\.count) == [1, 2, 2, 2, 1])
        #expect(blocks.joined().allSatisfy { $0["kind"] as? String == "paragraph" })
        // The debris line is not text of the article, but its trace is kept.
        #expect(!blocks.joined().contains { ($0["text"] as? String)?.contains("HTML tutorial") == true })
        #expect(object["trailer"] as? String == "HTML tutorial")
    }

    @Test func aClosingLineIsKeptAndFoundWhileDebrisIsReportedAsTheTrailer() throws {
        let folder = try ScratchFolder()
        let letter = try folder.file("letter.txt", "A letter\n\nDear Ann, the garden is in bloom and we miss you.\n\nSee you soon.\n\nBob\n")
        let page = try folder.file("page.txt", "A page\n\nThe article's only paragraph, long enough to read as text.\n\nRead more\n")
        let dump = try FolioBinary.run(["dump", "--format", "json", letter, page])
        #expect(dump.status == 0)
        let objects = try dump.lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        let texts = objects.map { object in
            ((object["sections"] as? [[String: Any]]) ?? []).flatMap { ($0["blocks"] as? [[String: Any]]) ?? [] }
                .compactMap { $0["text"] as? String }
        }
        #expect(texts.first?.last == "Bob")
        #expect(objects.first?["trailer"] is NSNull)
        #expect(texts.last == ["The article's only paragraph, long enough to read as text."])
        #expect(objects.last?["trailer"] as? String == "Read more")
        let search = try FolioBinary.run(["search", "--count", "Bob", letter])
        #expect(search.lines.last == "1 hit in 1 article")
    }

    @Test func jsonLinesGiveOneObjectPerArticleInPathOrder() throws {
        let folder = try ScratchFolder()
        try folder.file("b.txt", "Second\n\nBody of the second.\n")
        try folder.file("a.txt", "First\n\nBody of the first.\n")
        let run = try FolioBinary.run(["dump", "--format", "json", folder.path])
        #expect(run.status == 0)
        let paths = try run.lines.map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["path"] as? String
        }
        #expect(paths == [folder.path + "/a.txt", folder.path + "/b.txt"])
    }

    @Test func markdownWritesTheArticleBack() throws {
        guard let seed = Seed.path else { return }
        let run = try FolioBinary.run(["dump", "--format", "markdown", seed])
        #expect(run.status == 0)
        #expect(run.lines.first == "# Putin’s Conditions for Peace Talks: Ukraine Must Withdraw Troops and End NATO Bid")
        #expect(run.lines.contains("*By Kimberly* · June 15, 2024"))
        #expect(run.lines.contains("## Putin’s Stance and Demands"))
        #expect(run.lines.contains { $0.hasPrefix("In a televised address from the Kremlin") })
    }

    @Test func markdownEscapesLeadingSyntax() throws {
        let folder = try ScratchFolder()
        let file = try folder.file("a.txt", "Title\n\nPlain first paragraph here.\n\n# not a heading but text that goes on for a while.\n")
        let run = try FolioBinary.run(["dump", "--format", "markdown", file])
        #expect(run.status == 0)
        #expect(!run.lines.dropFirst().contains { $0.hasPrefix("#") && $0.contains("not a heading") })
    }

    @Test func textIsWrappedToTheWidth() throws {
        guard let seed = Seed.path else { return }
        let run = try FolioBinary.run(["dump", "--width", "40", seed])
        #expect(run.status == 0)
        #expect(run.lines.count > 50)
        for line in run.lines {
            #expect(line.unicodeScalars.count <= 40, "line wider than 40 columns: \(line)")
        }
        let words = run.text.split(whereSeparator: \.isWhitespace)
        #expect(words.contains("Kremlin,"))
    }

    @Test func textWidthDefaultsToTheTerminalOr80() throws {
        guard let seed = Seed.path else { return }
        let piped = try FolioBinary.run(["dump", seed])
        let widest = piped.lines.map { $0.unicodeScalars.count }.max() ?? 0
        #expect(widest <= 80 && widest > 70, "80 columns when not a terminal")
        guard let onTerminal = try FolioBinary.runInTerminal(["dump", seed], columns: 50) else { return }
        let lines = onTerminal.text.split(separator: "\r\n").map(String.init)
        #expect(lines.count > 30)
        #expect(lines.allSatisfy { $0.unicodeScalars.count <= 50 }, "wrapped to the terminal's 50 columns")
    }

    @Test func readsStandardInput() throws {
        let run = try FolioBinary.run(["dump", "--format", "json", "-"], input: Array("From a pipe\n\nSome text.\n".utf8))
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output)) as? [String: Any])
        #expect(object["path"] as? String == "-")
    }

    @Test func everyCommandHasHelp() throws {
        for arguments in [["--help"], ["dump", "--help"], ["search", "--help"]] {
            let run = try FolioBinary.run(arguments)
            #expect(run.status == 0)
            #expect(run.text.contains("USAGE:"))
        }
    }
}
