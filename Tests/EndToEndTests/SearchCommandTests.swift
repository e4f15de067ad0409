import Foundation
import Testing

/// `folio search` run as a user would.
@Suite struct SearchCommandTests {
    @Test func printsPathLineSectionAndTheLine() throws {
        guard let seed = Seed.path else { return }
        let run = try FolioBinary.run(["search", "kremlin", seed])
        #expect(run.status == 0)
        #expect(run.lines.count == 1)
        let line = try #require(run.lines.first)
        #expect(line.hasPrefix("\(seed):10: [Putin’s Stance and Demands] In a televised address from the Kremlin, "))
        #expect(!line.contains("\u{1B}"), "no colour when output is not a terminal")
    }

    @Test("a regular expression that backtracks without end stops: one line names the file, exit 2, the other files searched")
    func runawayRegexStops() throws {
        let folder = try ScratchFolder()
        let runaway = try folder.file("runaway.txt", "Title\n\n" + String(repeating: "a", count: 40) + "!\n\nThe end of it, a line of text.\n")
        let plain = try folder.file("plain.txt", "Title\n\nA line with aaa in it.\n\nThe end of it, a line of text.\n")
        let run = try FolioBinary.run(["search", "--regex", "--count", "(a+)+ ", runaway, plain])
        #expect(run.status == 2)
        #expect(run.errors == "folio: '\(runaway)': the pattern takes too long; the search there stopped with the hits found so far\n")
        #expect(run.text.contains("\(plain):"), "the other file is searched")
    }

    @Test func hitsAreBoldRedOnATerminalOnly() throws {
        let folder = try ScratchFolder()
        let file = try folder.file("a.txt", "Title\n\nThe \u{1B}[32mpeace talks\u{1B}[0m went on.\n")
        // (The test runner sets NO_COLOR; empty, it is as if unset.)
        guard let run = try FolioBinary.runInTerminal(["search", "peace", file], environment: ["NO_COLOR": ""]) else { return }
        #expect(run.status == 0)
        #expect(run.text.contains("\u{1B}[1;31mpeace\u{1B}[0m"))
        #expect(!run.text.contains("\u{1B}[32m"), "the article's own escape sequence is not obeyed")
    }

    @Test("NO_COLOR and --color never keep a terminal's output plain; --color always colours a pipe")
    func colourFollowsNoColorAndTheOption() throws {
        let folder = try ScratchFolder()
        let file = try folder.file("a.txt", "Title\n\nThe peace talks went on.\n")
        let red = "\u{1B}[1;31mpeace\u{1B}[0m"
        for (arguments, environment) in [(["search", "peace", file], ["NO_COLOR": "1"]), (["search", "--color", "never", "peace", file], ["NO_COLOR": ""])] {
            guard let run = try FolioBinary.runInTerminal(arguments, environment: environment) else { return }
            #expect(run.status == 0)
            #expect(run.text.contains("The peace talks"), "\(arguments) \(environment)")
            #expect(!run.text.contains("\u{1B}["), "\(arguments) \(environment)")
        }
        let piped = try FolioBinary.run(["search", "--color", "always", "peace", file])
        #expect(piped.text.contains(red))
        #expect(try FolioBinary.run(["search", "--color", "sometimes", "peace", file]).status == 2)
    }

    @Test func leadAndTitleHaveNoSectionLabel() throws {
        guard let seed = Seed.path else { return }
        let run = try FolioBinary.run(["search", "--case-sensitive", "NATO", seed])
        #expect(run.status == 0)
        #expect(run.lines.first?.hasPrefix("\(seed):1: Putin’s Conditions") == true)
        #expect(run.lines.dropFirst().first?.hasPrefix("\(seed):6: Russian President") == true)
        #expect(run.lines.count == 3, "the two hits on line 12 share one output line")
    }

    @Test func countPrintsPerArticleAndTotals() throws {
        let folder = try ScratchFolder()
        try folder.file("a.txt", "Peace Now\n\nPeace and more peace.\n")
        try folder.file("b.txt", "Nothing\n\nNothing to see.\n")
        try folder.file("c.txt", "Other\n\nA piece of peace.\n")
        let run = try FolioBinary.run(["search", "--count", "peace", folder.path])
        #expect(run.status == 0)
        #expect(run.lines == ["\(folder.path)/a.txt:3", "\(folder.path)/c.txt:1", "4 hits in 2 articles"])
    }

    @Test func nothingFoundExitsOne() throws {
        let folder = try ScratchFolder()
        let file = try folder.file("a.txt", "Title\n\nSome words.\n")
        let run = try FolioBinary.run(["search", "zebra", file])
        #expect(run.status == 1)
        #expect(run.output.isEmpty)
        let counted = try FolioBinary.run(["search", "--count", "zebra", file])
        #expect(counted.status == 1)
        #expect(counted.lines == ["0 hits in 0 articles"])
    }

    @Test func jsonGivesEveryHitWithLineAndColumn() throws {
        guard let seed = Seed.path else { return }
        let run = try FolioBinary.run(["search", "--json", "minsk", seed])
        #expect(run.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.output)) as? [String: Any])
        #expect(report["query"] as? String == "minsk")
        #expect(report["total_hits"] as? Int == 1)
        #expect(report["articles_with_hits"] as? Int == 1)
        let results = try #require(report["results"] as? [[String: Any]])
        #expect(results.first?["path"] as? String == seed)
        #expect(results.first?["title"] as? String == "Putin’s Conditions for Peace Talks: Ukraine Must Withdraw Troops and End NATO Bid")
        let hit = try #require((results.first?["hits"] as? [[String: Any]])?.first)
        #expect(hit["section"] as? String == "Impact on Regional Stability")
        #expect(hit["line"] as? Int == 24)
        #expect(hit["column"] as? Int == 144)
        #expect((hit["text"] as? String)?.hasPrefix("The international community") == true)
    }

    @Test func jsonForTheLeadHasNullSection() throws {
        guard let seed = Seed.path else { return }
        let run = try FolioBinary.run(["search", "--json", "stringent", seed])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.output)) as? [String: Any])
        let hit = try #require(((report["results"] as? [[String: Any]])?.first?["hits"] as? [[String: Any]])?.first)
        #expect(hit["section"] is NSNull)
        #expect(hit["line"] as? Int == 6)
    }

    @Test func wholeWordAndRegexOptions() throws {
        let folder = try ScratchFolder()
        let file = try folder.file("a.txt", "Title\n\nPeaceful peace; peacekeepers.\n")
        #expect(try FolioBinary.run(["search", "--count", "--word", "peace", file]).lines.last == "1 hit in 1 article")
        #expect(try FolioBinary.run(["search", "--count", "--regex", "peace\\w+", file]).lines.last == "2 hits in 1 article")
    }

    @Test func canonicallyEquivalentTextIsFoundEitherWay() throws {
        let folder = try ScratchFolder()
        let decomposed = try folder.file("d.txt", "Title\n\nA cafe\u{301} by the sea, and a cafe.\n\nThe end of it.\n")
        let precomposed = try folder.file("p.txt", "Title\n\nA caf\u{E9} in town.\n\nThe end of it.\n")
        let composedQuery = try FolioBinary.run(["search", "--count", "caf\u{E9}", decomposed, precomposed])
        #expect(composedQuery.lines == ["\(decomposed):1", "\(precomposed):1", "2 hits in 2 articles"])
        let decomposedQuery = try FolioBinary.run(["search", "--count", "cafe\u{301}", decomposed, precomposed])
        #expect(decomposedQuery.lines == composedQuery.lines)
        // `cafe` is not found inside the composed word; grep, on the bytes, finds it twice there.
        let plain = try FolioBinary.run(["search", "--count", "cafe", decomposed])
        #expect(plain.lines == ["\(decomposed):1", "1 hit in 1 article"])
        let indexed = try FolioBinary.run(["search", "--index", "--word", "--count", "cafe", decomposed, precomposed])
        #expect(indexed.lines == plain.lines)
    }

    @Test func usageErrorsExitTwo() throws {
        // Without a PATH, the home library is searched: an empty one says how to fill it.
        let scratch = try ScratchFolder()
        let missingPaths = try FolioBinary.run(["search", "peace"], environment: ["XDG_DATA_HOME": scratch.path])
        #expect(missingPaths.status == 2)
        #expect(missingPaths.errors == "folio: the home library (\(scratch.path)/folio) is empty: add articles with `folio add URL` or feeds with `folio feed add URL`\n")
        let missingQuery = try FolioBinary.run(["search"])
        #expect(missingQuery.status == 2)
        #expect(missingQuery.errors.contains("Missing expected argument"))
        let badOption = try FolioBinary.run(["search", "--bogus", "peace", "."])
        #expect(badOption.status == 2)
        let badRegex = try FolioBinary.run(["search", "--regex", "(peace", "."])
        #expect(badRegex.status == 2)
        #expect(badRegex.errors == "folio: invalid regular expression: '(peace': missing ')'\n")
    }

    @Test func resultsComeInPathOrderAcrossManyFiles() throws {
        let folder = try ScratchFolder()
        for index in (0..<300).reversed() {
            try folder.file(String(format: "f%03d.txt", index), "Title \(index)\n\nA word here: marker.\n")
        }
        let run = try FolioBinary.run(["search", "--count", "marker", folder.path])
        #expect(run.status == 0)
        let expected = (0..<300).map { String(format: "%@/f%03d.txt:1", folder.path, $0) } + ["300 hits in 300 articles"]
        #expect(run.lines == expected)
    }
}
