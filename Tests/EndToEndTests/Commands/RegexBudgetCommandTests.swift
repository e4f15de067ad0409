import Foundation
import Testing

/// `folio search --regex` with patterns that backtrack without end: each file's search stops
/// after about half a second, whatever the number of lines or their length, with the hits found
/// so far, one line naming the file, and exit 2. (These took from 12 s to over a minute when the
/// budget was counted per line.) The runs must end long before their deadline.
@Suite struct RegexBudgetCommandTests {
    @Test("(a*)*c over 5,000 lines of forty a's and a b: the hits so far, one line, exit 2")
    func manyShortLines() throws {
        let folder = try ScratchFolder()
        let line = String(repeating: "a", count: 40) + "b\n"
        let file = try folder.file("lines.txt", "Title\n\nA first line with a c in it.\n\n" + String(repeating: line, count: 5_000))
        let run = try FolioBinary.run(["search", "--regex", "(a*)*c", file], timeout: 30)
        #expect(run.status == 2)
        #expect(run.errors == "folio: '\(file)': the pattern takes too long; the search there stopped with the hits found so far\n")
        #expect(run.lines.count == 1, "the hit on the first line, found before the time ran out")
        #expect(run.lines.first?.hasPrefix("\(file):3: A first line with a c in it.") == true)
    }

    @Test("(a*)*b on one line of 100,000 a's: stopped, one line, exit 2")
    func oneLongLine() throws {
        let folder = try ScratchFolder()
        let file = try folder.file("long.txt", "Title\n\n" + String(repeating: "a", count: 100_000) + "\n")
        let run = try FolioBinary.run(["search", "--regex", "--count", "(a*)*b", file], timeout: 30)
        #expect(run.status == 2)
        #expect(run.errors == "folio: '\(file)': the pattern takes too long; the search there stopped with the hits found so far\n")
    }

    @Test("--json: the hits so far are valid JSON, and the file is named on standard error")
    func jsonKeepsTheHitsSoFar() throws {
        let folder = try ScratchFolder()
        let line = String(repeating: "a", count: 40) + "b\n"
        let file = try folder.file("lines.txt", "Title\n\nA first line with a c in it.\n\n" + String(repeating: line, count: 5_000))
        let run = try FolioBinary.run(["search", "--json", "--regex", "(a*)*c", file], timeout: 30)
        #expect(run.status == 2)
        #expect(run.errors.contains("the pattern takes too long"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.output)) as? [String: Any])
        #expect(json["total_hits"] as? Int == 1)
    }
}
