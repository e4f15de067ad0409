import FolioKit
import Foundation
import TestCorpus
import Testing

@Suite("Counting hits without a full parse gives the parse's count")
struct PlainTextHitCountTests {
    /// The count from the bytes, and the count from the parsed article.
    func counts(_ text: String, _ pattern: String, wholeWord: Bool = false) throws -> (fast: Int?, full: Int) {
        let bytes = Array(text.utf8)
        let search = try ArticleSearch(SearchQuery(pattern, wholeWord: wholeWord))
        let fast = bytes.withUnsafeBufferPointer { search.plainTextHitCount(in: $0) }
        let full = search.hits(in: PlainTextReader.read(bytes, path: "a.txt")).count
        return (fast, full)
    }

    @Test("datelines are not counted, the byline and title are")
    func header() throws {
        let text = "June notes\r\n\r\n    by June Carter\r\n    Published: June 15, 2024\r\n\r\n    In June we met.\r\n\r\n    More in June.\r\n\r\n    The end of it.\r\n"
        let result = try counts(text, "june")
        #expect(result.full == 4)
        #expect(result.fast == 4)
    }

    @Test("a hit in the last line leaves the count to the parse; the debris line is not counted")
    func lastLine() throws {
        let text = "Title\n\nA first paragraph about tutorials.\n\nHTML tutorial\n"
        let result = try counts(text, "tutorial")
        #expect(result.fast == nil)
        #expect(result.full == 1)
    }

    @Test("a heading wrapped over the last two lines is debris: a hit in either leaves the count to the parse")
    func wrappedDebris() throws {
        let text = "Title\n\nA first paragraph about the newsletter, ending like a sentence.\n\nSubscribe to the newsletter, read related articles and\nsee more stories\n"
        let result = try counts(text, "newsletter")
        #expect(result.full == 1)
        #expect(result.fast == nil || result.fast == result.full)
    }

    @Test("control characters and invalid bytes in the body do not change an ASCII count; at the ends they go to the parse")
    func uncleanBody() throws {
        // The header is decided on the first paragraphs, which stay clean here.
        let opening = "Title\n\nText about peace.\n\n" + String(repeating: "A paragraph of text.\n\n", count: 8)
        let middle = opening + "More \u{1B}[31m peace \u{7} here.\n\nThe end of it all.\n"
        let result = try counts(middle, "peace")
        #expect(result.full == 2)
        #expect(result.fast == 2)
        var invalid = Array((opening + "Caf").utf8) + [0xE9] + Array(" peace here.\n\nThe end of it all.\n".utf8)
        let search = try ArticleSearch(SearchQuery("peace"))
        let fast = invalid.withUnsafeBufferPointer { search.plainTextHitCount(in: $0) }
        #expect(fast == 2)
        #expect(search.hits(in: PlainTextReader.read(invalid, path: "a.txt")).count == 2)
        invalid = Array("Title \u{1B}]0;x\u{7}\n\nText about peace.\n".utf8)
        #expect(invalid.withUnsafeBufferPointer { search.plainTextHitCount(in: $0) } == nil)
        #expect(try counts(middle, "peace", wholeWord: true).fast == nil)
        // Hits only after the header's paragraphs: the header is not read, whatever it holds.
        let messyHeader = "Title \u{1B}[2J\n\nby Someone\nPublished: June 15, 2024\n\n"
            + String(repeating: "A paragraph of text.\n\n", count: 8) + "On peace.\n\nThe end of it all.\n"
        #expect(try counts(messyHeader, "peace") == (fast: 1, full: 1))
    }

    @Test("queries that are not letters only, and unclean bytes, go to the parse")
    func fallbacks() throws {
        #expect(try counts("Title\n\n1. one\n\nText.\n", "1").fast == nil)
        #expect(try counts("Title\n\nnato-led text.\n", "nato-led").fast == nil)
        #expect(try counts("\u{FEFF}Title\n\nText.\n", "text").fast == nil)
        #expect(try counts("Title\n\nText \u{1B}[31m here.\n", "text", wholeWord: true).fast == nil)
        // A byte read as Windows-1252 é makes a hit for a non-ASCII query: only the parse sees it.
        let latin = Array("Title\n\nCaf".utf8) + [0xE9] + Array(" and caf\u{E9}.\n\nThe end of it all.\n".utf8)
        let search = try ArticleSearch(SearchQuery("caf\u{E9}"))
        #expect(latin.withUnsafeBufferPointer { search.plainTextHitCount(in: $0) } == nil)
        #expect(search.hits(in: PlainTextReader.read(latin, path: "a.txt")).count == 2)
    }

    @Test("on the corpus, every word of every article counts the same both ways")
    func corpus() throws {
        let files = try SharedCorpus.plainTextArticles()
        var compared = 0
        var fellBack = 0
        for path in files {
            let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
            let article = PlainTextReader.read(bytes, path: path)
            let text = String(decoding: bytes, as: UTF8.self)
            var words = Set(text.split { !$0.isLetter }.map { String($0) }.filter { $0.count >= 2 })
            // Words of the header and the last line, where the two ways could differ.
            for line in text.split(whereSeparator: \.isNewline).prefix(6) + text.split(whereSeparator: \.isNewline).suffix(2) {
                words.formUnion(line.split { !$0.isLetter }.map { String($0) })
            }
            for (index, word) in words.sorted().enumerated() where index % 7 == 0 || text.prefix(600).contains(word) {
                for wholeWord in [false, true] {
                    for pattern in [word, word.lowercased()] {
                        let search = try ArticleSearch(SearchQuery(pattern, wholeWord: wholeWord))
                        let fast = bytes.withUnsafeBufferPointer { search.plainTextHitCount(in: $0) }
                        guard let fast else {
                            fellBack += 1
                            continue
                        }
                        compared += 1
                        let full = search.hits(in: article).count
                        #expect(fast == full, "\(path): \(pattern) (word: \(wholeWord)) counted \(fast), parse found \(full)")
                    }
                }
            }
        }
        print("hit counts compared: \(compared), left to the parse: \(fellBack)")
        #expect(compared > fellBack * 5)
    }
}
