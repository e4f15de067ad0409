import Testing

@testable import FolioKit

/// Line endings, byte order marks, Windows-1252 and hostile bytes.
@Suite struct PlainTextDecodingTests {
    static func read(_ text: String) -> Article { PlainTextReader.read(Array(text.utf8), path: "test.txt") }

    static let article = "Title\n\nby Ann\n\nFirst paragraph of the body.\n\nSecond paragraph here.\n"

    @Test(arguments: ["\n", "\r\n", "\r"])
    func lineEndingsAllReadTheSame(ending: String) {
        let text = Self.article.replacingOccurrences(of: "\n", with: ending)
        let article = Self.read(text)
        #expect(article.title == "Title")
        #expect(article.author == "Ann")
        #expect(article.allBlocks.map(\.block.text) == ["First paragraph of the body.", "Second paragraph here."])
        #expect(article.allBlocks[1].block.source == [SourceSegment(textOffset: 0, line: 7, column: 1)])
    }

    @Test func byteOrderMarkIsDropped() {
        let article = PlainTextReader.read([0xEF, 0xBB, 0xBF] + Array(Self.article.utf8), path: "a.txt")
        #expect(article.title == "Title")
        #expect(article.header.titleLine?.column == 1)
    }

    @Test func windows1252SmartQuotesDecode() {
        let bytes: [UInt8] =
            Array("Title\n\n".utf8) + [0x93] + Array("Quoted".utf8) + [0x94, 0x20, 0x96, 0x20]
            + Array("caf".utf8) + [0xE9] + Array(" works.\n".utf8)
        let article = PlainTextReader.read(bytes, path: "a.txt")
        #expect(article.allBlocks.first?.block.text == "“Quoted” – café works.")
    }

    @Test func validUTF8IsKeptNextToInvalidBytes() {
        let bytes: [UInt8] = Array("Caf\u{E9} \u{2014} title ".utf8) + [0xFF, 0xC3] + Array("\n".utf8)
        let article = PlainTextReader.read(bytes, path: "a.txt")
        #expect(article.title == "Café — title ÿÃ")
    }

    @Test func emptyInputFallsBackToTheFileName() {
        #expect(PlainTextReader.read([], path: "notes/my-great_article.txt").title == "My great article")
        let blank = PlainTextReader.read(Array("  \n\n\t\n".utf8), path: "x.txt")
        #expect(blank.title == "X")
        #expect(blank.sections.isEmpty)
    }

    @Test func nulAndControlBytesNeverReachTheText() {
        let bytes: [UInt8] =
            Array("Ti".utf8) + [0x00] + Array("tle\n\nA\u{1B}[31m red ".utf8) + [0x00, 0x07]
            + Array("paragraph that is long enough.\n".utf8)
        let article = PlainTextReader.read(bytes, path: "a.txt")
        #expect(article.title == "Ti tle")
        let text = article.allBlocks.map(\.block.text).joined()
        #expect(text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F })
        #expect(text.contains("red"))
        let c1 = PlainTextReader.read(Array("Title \u{9B}31m here\n".utf8), path: "a.txt")
        #expect(c1.title == "Title  31m here")
        #expect(PlainTextReader.read([], path: "dir/evil\u{1B}[2J-name.txt").title == "Evil [2J name")
    }

    @Test func tenMegabyteLineFinishesAndCutsTheTitle() {
        var bytes = [UInt8](repeating: 0x61, count: 10_000_000)
        for index in stride(from: 7, to: bytes.count, by: 8) { bytes[index] = 0x20 }
        let article = PlainTextReader.read(bytes, path: "big.txt")
        #expect(article.title.unicodeScalars.count == 300)
        #expect(article.allBlocks.first?.block.text.utf8.count == bytes.count - 1, "the whole line is kept as text")
        let twoLines = PlainTextReader.read(Array("Short title\n\n".utf8) + bytes, path: "big.txt")
        #expect(twoLines.allBlocks.first?.block.text.utf8.count == bytes.count - 1)
    }

    @Test func indentationIsRemovedAndHardWrapsJoined() {
        let text = "Title\n\n    A paragraph that was wrapped\n    at a narrow width and\n\tcontinues here.\n"
        let block = Self.read(text).allBlocks.first?.block
        #expect(block?.text == "A paragraph that was wrapped at a narrow width and continues here.")
        #expect(
            block?.source == [
                SourceSegment(textOffset: 0, line: 3, column: 5),
                SourceSegment(textOffset: 29, line: 4, column: 5),
                SourceSegment(textOffset: 51, line: 5, column: 2),
            ])
    }
}

/// Arbitrary bytes never crash or hang the reader, and never leave control characters.
@Suite struct PlainTextRobustnessTests {
    /// Bytes from a fixed seed (XorShift), so a failure can be replayed.
    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func randomBytesGiveACleanArticle(seed: UInt64) {
        var random = XorShift(state: seed &* 0x9E37_79B9_7F4A_7C15)
        // Mix plain text pieces with random bytes so lines, markers and dates get exercised too.
        let pieces = [
            "\n", "\r\n", "\n\n", "by ", "Published: ", "- ", "1) ", "June 15, 2024", " | ", "?", "Why Monitor",
        ]
        var bytes: [UInt8] = []
        for _ in 0..<4000 {
            let pick = UInt8(truncatingIfNeeded: random.next())
            if pick < 100 {
                bytes += Array(pieces[Int(pick) % pieces.count].utf8)
            } else {
                bytes.append(UInt8(truncatingIfNeeded: random.next()))
            }
        }
        let article = PlainTextReader.read(bytes, path: "random.bin")
        #expect(!article.title.isEmpty)
        let texts = [article.title] + article.sections.compactMap(\.heading) + article.allBlocks.map(\.block.text)
        for text in texts {
            #expect(text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F })
        }
        for (_, block) in article.allBlocks {
            #expect(block.sourcePosition(ofUTF8Offset: block.text.utf8.count) != nil)
        }
    }

    @Test func manyBlankLinesAndNewlinesOnly() {
        let article = PlainTextReader.read([UInt8](repeating: 0x0A, count: 1_000_000), path: "blank.txt")
        #expect(article.title == "Blank")
        #expect(article.sections.isEmpty)
    }
}
