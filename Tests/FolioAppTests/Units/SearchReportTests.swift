import FolioKit
import Testing

@testable import FolioApp

/// `folio search` places each hit in its file: the line it is on, its column, the section it is
/// in and the text of that line around it.
@Suite("SearchReport")
struct SearchReportTests {
    /// A plain-text article: a title, a lead of two source lines, a heading and a paragraph.
    static let text = """
        Zebras of the Plains

        The first zebra came at dawn,
        and a second zebra followed.

        Later Sightings

        At noon the zebra herd was seen.

        """

    static func located(_ query: String, in text: String = text) throws -> [LocatedHit] {
        let article = PlainTextReader.read(Array(text.utf8), path: "zebras.txt")
        let hits = try ArticleSearch(SearchQuery(query)).hits(in: article)
        return SearchReport.locate(hits, in: article)
    }

    @Test("each hit names its source line, its column in characters, its section and the line's text")
    func linesAndColumns() throws {
        let hits = try Self.located("zebra")
        #expect(hits.map(\.line) == [1, 3, 4, 8])
        #expect(hits.map(\.column) == [1, 11, 14, 13])
        #expect(hits.map(\.section) == [nil, nil, nil, "Later Sightings"])
        #expect(hits.map { String($0.context) } == [
            "Zebras of the Plains", "The first zebra came at dawn,", "and a second zebra followed.", "At noon the zebra herd was seen.",
        ])
        // The range is the hit's, within the line's text.
        #expect(hits.map { hit in String(decoding: Array(hit.context.utf8)[hit.range], as: UTF8.self).lowercased() } == Array(repeating: "zebra", count: 4))
    }

    @Test("columns count characters, not bytes")
    func columnsInCharacters() throws {
        let hits = try Self.located("zebra", in: "Titel\n\nÜber Äpfel und die zebra.\n")
        #expect(hits.map(\.line) == [3])
        #expect(hits.map(\.column) == [20])
    }

    @Test("two hits on one line share its key; hits on other lines do not")
    func lineKeys() throws {
        let hits = try Self.located("zebra", in: "Title\n\nA zebra and a zebra.\nAnother zebra.\n")
        #expect(hits.count == 3)
        #expect(hits[0].lineKey == hits[1].lineKey)
        #expect(hits[1].lineKey != hits[2].lineKey)
    }

    @Test("a short line is shown whole; a very long one as a window around the hit, cut at characters")
    func windows() {
        let short: Substring = "A short line with a hit."
        #expect(SearchReport.window(around: 20..<23, in: short) == 0..<short.utf8.count)
        // 1,200 bytes of two-byte letters, the hit in the middle.
        let long = Substring(String(repeating: "é", count: 600))
        let window = SearchReport.window(around: 600..<602, in: long)
        #expect(window.lowerBound == 400 && window.upperBound == 1200)
        // A bound that falls inside a character moves back to its start: 200 bytes before the
        // hit is the middle of a three-byte €.
        let euros = Substring(String(repeating: "€", count: 400))
        #expect(SearchReport.window(around: 600..<603, in: euros) == 399..<1200)
    }

    @Test("scalars are counted from UTF-8 bytes")
    func scalarCount() {
        #expect(SearchReport.scalarCount("zebra".utf8) == 5)
        #expect(SearchReport.scalarCount("Über 🦓".utf8) == 6)
    }
}
