import Testing

@testable import FolioKit

/// Search matches canonically equivalent text alike: precomposed and decomposed accents,
/// Hangul syllables and their jamo, the Kelvin sign and `K`. Matching is on composed text, and
/// ranges are those of the text as written.
@Suite struct CanonicalEquivalenceTests {
    private func matches(
        _ pattern: String, in text: String, word: Bool = false, caseSensitive: Bool = false, regex: Bool = false
    ) throws -> [String] {
        let search = try ArticleSearch(SearchQuery(pattern, wholeWord: word, caseSensitive: caseSensitive, isRegex: regex))
        let bytes = Array(text.utf8)
        return search.ranges(in: text).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    static let decomposed = "cafe\u{301}"
    static let precomposed = "caf\u{E9}"

    @Test func precomposedAndDecomposedFindEachOther() throws {
        let text = "A \(Self.decomposed) and a \(Self.precomposed)."
        #expect(try matches(Self.precomposed, in: text) == [Self.decomposed, Self.precomposed])
        #expect(try matches(Self.decomposed, in: text) == [Self.decomposed, Self.precomposed])
        #expect(try matches("CAF\u{C9}", in: "CAFE\u{301} Cafe\u{301}") == ["CAFE\u{301}"])
        #expect(try matches("\u{E9}", in: "e\u{301}t\u{E9}") == ["e\u{301}", "\u{E9}"])
        #expect(try matches("\u{C9}t\u{E9}", in: "E\u{301}te\u{301}", caseSensitive: true) == ["E\u{301}te\u{301}"])
    }

    @Test func aLetterDoesNotMatchInsideAComposedOne() throws {
        #expect(try matches("e", in: "cafe\u{301} tea") == ["e"])
        #expect(try matches("cafe", in: "cafe\u{301} cafe") == ["cafe"])
        #expect(try matches("cafe", in: "cafe\u{301}", word: true).isEmpty)
        // A mark that composes with nothing leaves the letter before it a letter of its own.
        #expect(try matches("x", in: "x\u{301}") == ["x"])
        #expect(try matches("x", in: "x\u{301}", word: true).isEmpty)
    }

    @Test func wholeWordsAndReorderedMarks() throws {
        #expect(try matches(Self.precomposed, in: "\(Self.decomposed) au lait, \(Self.decomposed)s", word: true) == [Self.decomposed])
        // Marks in another order than the canonical one are the same text: ẹ́ either way.
        let dotThenAcute = "e\u{323}\u{301}", acuteThenDot = "e\u{301}\u{323}"
        #expect(try matches(dotThenAcute, in: acuteThenDot) == [acuteThenDot])
        #expect(try matches("\u{1EB9}", in: acuteThenDot) == [acuteThenDot])
    }

    @Test func hangulSyllablesAndJamo() throws {
        let jamo = "\u{1100}\u{1161}\u{11A8}", syllable = "\u{AC01}"
        #expect(try matches(syllable, in: "\(jamo) \(syllable)") == [jamo, syllable])
        #expect(try matches(jamo, in: "\(syllable)") == [syllable])
    }

    @Test func scalarsThatComposeToASCII() throws {
        #expect(try matches("Kelvin", in: "\u{212A}elvin and Kelvin") == ["\u{212A}elvin", "Kelvin"])
        #expect(try matches("ok;", in: "ok\u{37E} ok;") == ["ok\u{37E}", "ok;"])
        #expect(try matches("\u{212B}ngstr\u{F6}m", in: "\u{C5}ngstr\u{F6}m") == ["\u{C5}ngstr\u{F6}m"])
    }

    @Test func regularExpressionsMatchComposedText() throws {
        #expect(try matches("caf.", in: "\(Self.decomposed) \(Self.precomposed)", regex: true) == [Self.decomposed, Self.precomposed])
        #expect(try matches("e\\b", in: "cafe\u{301} the", regex: true) == ["e"])
        #expect(try matches(Self.decomposed, in: Self.precomposed, regex: true) == [Self.precomposed])
    }

    @Test func longTextsMatchAsShortOnes() throws {
        // Past the vector scan's blocks, with the composed stretches far from the start.
        let filler = String(repeating: "plain words of filler text ", count: 40)
        let text = filler + Self.decomposed + filler + Self.precomposed + " cafe"
        #expect(try matches(Self.precomposed, in: text) == [Self.decomposed, Self.precomposed])
        #expect(try matches("cafe", in: text) == ["cafe"])
    }

    @Test func anArticlesHitsAndTheFastCountAgree() throws {
        let text = "Caf\u{E9} notes\n\nThe \(Self.decomposed) opened; a \(Self.precomposed) closed.\n\nCafe owners met.\n\nThe end of it all.\n"
        let bytes = Array(text.utf8)
        let article = PlainTextReader.read(bytes, path: "a.txt")
        for (pattern, count) in [(Self.precomposed, 3), (Self.decomposed, 3), ("cafe", 1), ("e", 10)] {
            let search = try ArticleSearch(SearchQuery(pattern))
            #expect(search.hits(in: article).count == count, "\(pattern)")
            let fast = bytes.withUnsafeBufferPointer { search.plainTextHitCount(in: $0) }
            #expect(fast == nil || fast == count, "\(pattern)")
        }
        // A file whose raw bytes hold only the decomposed form is still read for the query.
        let kelvin = try ArticleSearch(SearchQuery("Kelvin"))
        let file = Array("Title\n\nThe \u{212A}elvin scale.\n".utf8)
        #expect(file.withUnsafeBufferPointer { kelvin.mightMatch(fileBytes: $0, path: "a.txt") })
        #expect(kelvin.searchedArticles(of: file, path: "a.txt", as: .plainText).map { kelvin.hits(in: $0).count } == [1])
    }

    @Test func composedTextIsItselfWhenStable() {
        #expect(CanonicalComposition.composed("plain “quoted” caf\u{E9} — 東京") == "plain “quoted” caf\u{E9} — 東京")
        #expect(CanonicalComposition.composed("cafe\u{301} \u{212B}") == "caf\u{E9} \u{C5}")
    }
}
