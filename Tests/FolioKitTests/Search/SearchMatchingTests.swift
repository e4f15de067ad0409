import Testing

@testable import FolioKit

/// The matching rules of `ArticleSearch` on single pieces of text.
@Suite struct SearchMatchingTests {
    /// The matched substrings of `text` for a query.
    private func matches(_ pattern: String, in text: String, word: Bool = false, caseSensitive: Bool = false, regex: Bool = false) throws -> [String] {
        let search = try ArticleSearch(SearchQuery(pattern, wholeWord: word, caseSensitive: caseSensitive, isRegex: regex))
        let bytes = Array(text.utf8)
        return search.ranges(in: text).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test func lowerCaseQueryIgnoresCase() throws {
        #expect(try matches("putin", in: "Putin met PUTIN and putin") == ["Putin", "PUTIN", "putin"])
    }

    @Test func capitalInQueryMakesItCaseSensitive() throws {
        #expect(try matches("Putin", in: "Putin met PUTIN and putin") == ["Putin"])
    }

    @Test func caseSensitiveFlagForcesCase() throws {
        #expect(try matches("putin", in: "Putin met putin", caseSensitive: true) == ["putin"])
    }

    @Test func umlautsFoldTogether() throws {
        #expect(try matches("ärger", in: "ÄRGER, Ärger und ärger") == ["ÄRGER", "Ärger", "ärger"])
        #expect(try matches("Ärger", in: "ÄRGER, Ärger und ärger") == ["Ärger"])
    }

    @Test func allThreeSigmasMatchEachOther() throws {
        let text = "ΟΔΥΣΣΕΥΣ Οδυσσευς"
        #expect(try matches("σ", in: text).count == 6)
        #expect(try matches("ς", in: text).count == 6)
        #expect(try matches("οδυσσευσ", in: text) == ["ΟΔΥΣΣΕΥΣ", "Οδυσσευς"])
    }

    @Test func accentedCapitalsFold() throws {
        #expect(try matches("élan", in: "ÉLAN and Élan, not elan") == ["ÉLAN", "Élan"])
        #expect(try matches("straße", in: "STRAẞE") == ["STRAẞE"])
    }

    @Test func asciiQueryFindsKelvinSignAndLongS() throws {
        #expect(try matches("k", in: "5 \u{212A} or k") == ["\u{212A}", "k"])
        #expect(try matches("ſ", in: "s S ſ") == ["s", "S", "ſ"])
    }

    @Test func asciiQueryIgnoringCaseInTextWithCurlyQuotes() throws {
        #expect(try matches("kremlin", in: "the Kremlin’s “KREMLIN” kremlin") == ["Kremlin", "KREMLIN", "kremlin"])
    }

    @Test func rangesAreUTF8Offsets() throws {
        let search = try ArticleSearch(SearchQuery("au"))
        #expect(search.ranges(in: "café au lait") == [6..<8])
        let folded = try ArticleSearch(SearchQuery("über"))
        #expect(folded.ranges(in: "Grüße ÜBER") == [8..<13])
    }

    @Test func hitsDoNotOverlap() throws {
        #expect(try matches("aa", in: "aaaaa") == ["aa", "aa"])
    }

    @Test("long texts (scanned 16 bytes at a time) give the same hits as a byte-by-byte search")
    func vectorScanAgreesWithNaiveSearch() throws {
        var generator = XorShift(state: 7 &* 0x9E37_79B9_7F4A_7C15)
        let alphabet = Array("aAbBcC .\n-_é".unicodeScalars)
        for round in 0..<400 {
            let text = String(String.UnicodeScalarView((0..<Int(generator.next() % 300)).map { _ in
                alphabet[Int(generator.next() % UInt64(alphabet.count))]
            }))
            let needle = String((0..<(1 + Int(generator.next() % 4))).map { _ in
                Character(String(alphabet[Int(generator.next() % 6)]))
            })
            let word = round % 3 == 0
            let search = try ArticleSearch(SearchQuery(needle, wholeWord: word))
            #expect(search.ranges(in: text) == naiveRanges(of: needle, in: text, wholeWord: word), "\(needle) in \(text)")
        }
    }

    /// Leftmost non-overlapping matches, ASCII case folded when the needle has no capital,
    /// whole words bounded by bytes that are not ASCII letters, digits, `_` or non-ASCII.
    private func naiveRanges(of needle: String, in text: String, wholeWord: Bool) -> [Range<Int>] {
        let foldCase = !needle.contains { $0.isUppercase }
        func fold(_ byte: UInt8) -> UInt8 { foldCase && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        let pattern = Array(needle.utf8).map(fold), bytes = Array(text.utf8)
        func isWordByte(_ index: Int) -> Bool {
            guard bytes.indices.contains(index) else { return false }
            let byte = bytes[index]
            return byte >= 0x80 || byte == 0x5F || (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
        }
        var result: [Range<Int>] = []
        var start = 0
        while start + pattern.count <= bytes.count {
            let matches = (0..<pattern.count).allSatisfy { fold(bytes[start + $0]) == pattern[$0] }
            if matches, !wholeWord || (!isWordByte(start - 1) && !isWordByte(start + pattern.count)) {
                result.append(start..<start + pattern.count)
                start += pattern.count
            } else {
                start += 1
            }
        }
        return result
    }

    @Test func emptyQueryFindsNothing() throws {
        #expect(try matches("", in: "anything") == [])
    }

    // MARK: - Whole words

    @Test func wholeWordsSkipLongerWords() throws {
        #expect(try matches("peace", in: "peaceful peace, (peace) peacekeeping", word: true) == ["peace", "peace"])
    }

    @Test func wholeWordRejectionGoesOnAtTheNextByte() throws {
        let search = try ArticleSearch(SearchQuery("ab", wholeWord: true))
        #expect(search.ranges(in: "abab ab") == [5..<7])
    }

    @Test func unicodeLettersDigitsUnderscoreAndMarksAreWordCharacters() throws {
        #expect(try matches("ller", in: "Müller ller", word: true) == ["ller"])
        #expect(try matches("20", in: "2024 20", word: true) == ["20"])
        #expect(try matches("foo", in: "foo_bar foo", word: true) == ["foo"])
        #expect(try matches("cafe", in: "cafe\u{301} cafe", word: true) == ["cafe"])
        #expect(try matches("putin", in: "Putin’s", word: true) == ["Putin"])
    }

    // MARK: - Regular expressions

    @Test func regexMatches() throws {
        #expect(try matches("pe+ace", in: "peeeace and peace", regex: true) == ["peeeace", "peace"])
    }

    @Test func regexRangesAreUTF8Offsets() throws {
        let search = try ArticleSearch(SearchQuery("ü.er", isRegex: true))
        #expect(search.ranges(in: "Grüße „über“ ü€er") == [11..<16, 20..<27])
    }

    @Test("a pattern that backtracks without end stops with the hits found so far; an ordinary one finishes",
          .timeLimit(.minutes(1)))
    func runawayRegexStops() throws {
        let runaway = String(repeating: "a", count: 40) + "!"
        var text = "Title\n\nAn aa paragraph first.\n\n"
        for _ in 0..<20 { text += runaway + "\n\n" }
        text += "The last aa paragraph.\n\nEnd of the article, long enough not to be debris.\n"
        let article = PlainTextReader.read(Array(text.utf8), path: "runaway.txt")
        let stopped = try ArticleSearch(SearchQuery("(a+)+$", isRegex: true)).boundedHits(in: article)
        #expect(!stopped.finished)
        let ordinary = try ArticleSearch(SearchQuery("a+!", isRegex: true)).boundedHits(in: article)
        #expect(ordinary.finished)
        #expect(ordinary.hits.count == 20)
        // A long article is no runaway: every hit is found, as by the literal search.
        var long = "Title\n\n"
        for number in 0..<3_000 { long += "Paragraph \(number) says the same thing as the one before it.\n\n" }
        let longArticle = PlainTextReader.read(Array(long.utf8), path: "long.txt")
        let literal = try ArticleSearch(SearchQuery("the")).hits(in: longArticle)
        let pattern = try ArticleSearch(SearchQuery("t[h]e", isRegex: true)).boundedHits(in: longArticle)
        #expect(pattern.finished && pattern.hits == literal && literal.count >= 6_000)
    }

    @Test func emptyMatchingRegexGivesNoEmptyHits() throws {
        #expect(try matches("a*", in: "baaab b ab", regex: true) == ["aaa", "a"])
    }

    @Test func invalidRegexThrowsWithReason() {
        #expect(throws: SearchError.invalidRegex("'(peace': missing ')'")) {
            try ArticleSearch(SearchQuery("(peace", isRegex: true))
        }
        #expect((try? ArticleSearch(SearchQuery("[a-", isRegex: true))) == nil)
    }

    @Test func regexEscapesAreNotCapitals() {
        #expect(SearchQuery("\\Wputin\\p{Lu}", isRegex: true).ignoresCase)
        #expect(!SearchQuery("\\WPutin", isRegex: true).ignoresCase)
        #expect(!SearchQuery("\\W", isRegex: false).ignoresCase)
    }

    @Test func regexWholeWordAndFoldedCase() throws {
        #expect(try matches("σ\\w+", in: "Σοφία σοφία", word: true, regex: true) == ["Σοφία", "σοφία"])
        #expect(try matches("pea", in: "pea peace", word: true, regex: true) == ["pea"])
    }
}
