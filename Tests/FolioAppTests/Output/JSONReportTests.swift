import FolioKit
import Foundation
import Testing

@testable import FolioApp

/// `folio search --json` keeps at most a buffer's worth of results: past it, the totals are
/// counted to the end and the results written by a second pass, a piece at a time. The text is
/// the same either way, and valid JSON.
@Suite struct JSONReportTests {
    /// What a search writes, collected.
    struct Collected: ByteSink {
        var bytes: [UInt8] = []
        mutating func write(_ more: [UInt8]) { bytes += more }
        mutating func flush() {}
    }

    /// A folder of articles with hits (several per line, lines of all lengths, a title with a
    /// hit, quotes and a backslash to escape), one without, and one that cannot be read.
    private func library() throws -> (folder: String, files: [String]) {
        let folder = NSTemporaryDirectory() + "folio-json-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var files: [String] = []
        for index in 0..<40 {
            let path = folder + String(format: "/a%02d.txt", index)
            var text = "Peace report \(index)\n\n"
            for line in 0..<(index % 7 + 1) {
                text += "Line \(line): peace, \"peace\" and a \\ peace of \(String(repeating: "words ", count: line * 50))peace.\n\n"
            }
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            files.append(path)
        }
        try Data("Nothing\n\nNo hit here.\n".utf8).write(to: URL(fileURLWithPath: folder + "/none.txt"))
        return (folder, files + [folder + "/none.txt", folder + "/missing.txt"])
    }

    private func report(_ files: [String], buffer: Int) throws -> ([UInt8], SearchRun.Totals) {
        var run = SearchRun(search: try ArticleSearch(SearchQuery("peace")), style: .json)
        run.jsonBufferLimit = buffer
        var output = Collected()
        let totals = run.run(files, to: &output)
        return (output.bytes, totals)
    }

    @Test("the results written by the second pass give the same text as those kept in memory")
    func secondPassGivesTheSameText() throws {
        let (folder, files) = try library()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (kept, keptTotals) = try report(files, buffer: JSONReport.standardBufferLimit)
        let (streamed, streamedTotals) = try report(files, buffer: 1_000)
        #expect(streamed == kept)
        #expect(streamedTotals.hits == keptTotals.hits && streamedTotals.articles == 40)
        #expect(keptTotals.failed, "the missing file is an error")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(streamed)) as? [String: Any])
        let results = try #require(json["results"] as? [[String: Any]])
        #expect(results.count == 40)
        #expect(json["total_hits"] as? Int == results.reduce(0) { $0 + (($1["hits"] as? [Any])?.count ?? 0) })
        #expect(results.first?["path"] as? String == files[0])
        #expect(kept.last == 0x0A)
    }

    @Test("an article whose JSON outgrows the buffer by itself still gives the same text")
    func oneHugeArticle() throws {
        let folder = NSTemporaryDirectory() + "folio-json-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/one-line.txt"
        try Data(("Title\n\n" + String(repeating: "a peace ", count: 20_000) + "\n").utf8).write(to: URL(fileURLWithPath: path))
        let (kept, _) = try report([path], buffer: JSONReport.standardBufferLimit)
        let (streamed, totals) = try report([path], buffer: 4_096)
        #expect(streamed == kept)
        #expect(totals.hits == 20_000)
        #expect(try JSONSerialization.jsonObject(with: Data(streamed)) is [String: Any])
    }
}
