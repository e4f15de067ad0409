import Foundation
import TestCorpus
import Testing

@testable import FolioKit

/// Runs the HTML reader over Readability's test pages in `../shared/corpus/dev/html` and
/// compares the text it keeps with the text Readability keeps (token F1) and the titles.
@Suite struct HTMLDevSetTests {
    @Test func extractedTextAndTitlesMatchReadability() throws {
        let pagesFolder = try SharedCorpus.url("dev/html")
        let names = try FileManager.default.contentsOfDirectory(atPath: pagesFolder.path).sorted()
        var scores: [(name: String, f1: Double)] = []
        var titlesRight = 0
        for name in names {
            let folder = pagesFolder.appendingPathComponent(name)
            let source = try [UInt8](Data(contentsOf: folder.appendingPathComponent("source.html")))
            let expected = try [UInt8](Data(contentsOf: folder.appendingPathComponent("expected.html")))
            let metadata = try JSONSerialization.jsonObject(
                with: Data(contentsOf: folder.appendingPathComponent("expected-metadata.json"))) as? [String: Any]
            let article = HTMLReader.read(source, path: "source.html")
            // Readability keeps images as elements, not text: folio's `[image: ALT]` labels
            // are left out of the comparison.
            let extracted = article.sections.flatMap { [$0.heading ?? ""] + $0.blocks.map(\.text) }.map {
                $0.replacingOccurrences(of: #"\[image(: [^\]]*)?\]"#, with: " ", options: .regularExpression)
            }
            let reference = HTMLReader.parse(expected)
            let found = extracted.joined(separator: " ")
            let wanted = reference.textContent(HTMLTree.rootIndex)
            let f1 = TokenF1.score(found, wanted)
            scores.append((name, f1))
            print("words \(name): found \(WordCounter.count(found)), expected \(WordCounter.count(wanted))")
            let expectedTitle = HTMLText.collapsed(metadata?["title"] as? String ?? "")
            let foundTitle = HTMLMetadata(HTMLReader.parse(source)).title ?? ""
            if foundTitle == expectedTitle {
                titlesRight += 1
            } else {
                print("title \(name): got \"\(foundTitle)\", expected \"\(expectedTitle)\"")
            }
        }
        let sorted = scores.map(\.f1).sorted()
        let median = sorted.isEmpty ? 0 : (sorted[(sorted.count - 1) / 2] + sorted[sorted.count / 2]) / 2
        let titleShare = Double(titlesRight) / Double(max(1, names.count))
        for (name, f1) in scores { print("F1 \(name): \(String(format: "%.3f", f1))") }
        let worst = scores.sorted { $0.f1 < $1.f1 }.prefix(5).map { "\($0.name) \(String(format: "%.2f", $0.f1))" }
        print("HTML dev set: \(names.count) pages, median F1 \(String(format: "%.3f", median)), worst: \(worst.joined(separator: ", ")); titles \(titlesRight)/\(names.count)")
        // Floors at what the reader reaches (median 1.000, worst 0.988, 32/32 titles), rounded down.
        #expect(median >= 0.99)
        #expect((sorted.first ?? 0) >= 0.95)
        #expect(titleShare >= 0.96)
    }
}

/// Token-level F1 between two texts: tokens are lowercased runs of letters and digits,
/// compared as multisets.
enum TokenF1 {
    static func score(_ found: String, _ expected: String) -> Double {
        let a = counts(found)
        let b = counts(expected)
        let totalA = a.values.reduce(0, +)
        let totalB = b.values.reduce(0, +)
        if totalA == 0, totalB == 0 { return 1 }
        let overlap = a.reduce(0) { $0 + min($1.value, b[$1.key] ?? 0) }
        guard overlap > 0 else { return 0 }
        let precision = Double(overlap) / Double(totalA)
        let recall = Double(overlap) / Double(totalB)
        return 2 * precision * recall / (precision + recall)
    }

    private static func counts(_ text: String) -> [String: Int] {
        var result: [String: Int] = [:]
        for word in TextSimilarity.words(text) { result[word, default: 0] += 1 }
        return result
    }
}
