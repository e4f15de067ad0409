import Foundation
import TestCorpus
import Testing

@testable import FolioKit

@Suite struct BundledSamplesTests {
    @Test func embeddedSamplesMatchSamplesFolder() throws {
        let files = try BundledFiles.files(in: "Samples", endingIn: ".txt")
        #expect(files.count >= 4)
        #expect(
            BundledSamples.all.map(\.name) == files.keys.sorted(),
            "BundledSamples.swift lists other samples than Samples/: run scripts/embed-resources")
        for sample in BundledSamples.all {
            #expect(files[sample.name] == sample.text, "\(sample.name) changed since it was embedded: run scripts/embed-resources")
        }
    }

    @Test func seedSampleIsTheCorpusSeed() throws {
        let bundled = BundledSamples.all.first { $0.name == "putin-peace-talks.txt" }
        #expect(bundled?.text == (try String(contentsOf: SharedCorpus.url(SharedCorpus.seed), encoding: .utf8)))
    }

    /// Every sample opens like the seed: title, blank line, `by NAME`, `Published: Month D, YYYY`,
    /// blank line, and then more than a single paragraph of text.
    @Test(arguments: BundledSamples.all.map(\.name))
    func sampleHasTheSeedsShape(name: String) throws {
        let text = try #require(BundledSamples.all.first { $0.name == name }?.text)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        try #require(lines.count > 6)
        #expect(!lines[0].isEmpty)
        #expect(lines[1].isEmpty)
        #expect(lines[2].hasPrefix("by "))
        let published = lines[3].hasPrefix("Published: ")
            && lines[3].range(of: #"^Published: [A-Z][a-z]+ \d{1,2}, \d{4}"#, options: .regularExpression) != nil
        #expect(published, "\(lines[3])")
        #expect(lines[4].isEmpty)
        #expect(lines.filter { $0.count > 200 }.count >= 5, "\(name) should have several paragraphs")
    }

    @Test func samplesShowListsHeadingsAndWideText() throws {
        let texts = BundledSamples.all.map(\.text)
        let listItems = texts.map { $0.split(separator: "\n").filter { $0.hasPrefix("- ") }.count }
        #expect(listItems.filter { $0 >= 3 }.count >= 2, "two samples should have lists")
        let wide = texts.contains { text in text.unicodeScalars.contains { DisplayWidth.of($0) == 2 } }
        #expect(wide, "one sample should have CJK and emoji text")
    }
}
