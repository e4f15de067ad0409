import Foundation
import Testing

@testable import FolioKit

/// UTF-16 and UTF-32 files with a byte-order mark are decoded, in every format.
@Suite struct WideTextTests {
    private let folder = TemporaryFolder()

    /// `text` in the encoding `mark` announces, the mark first.
    static func encoded(_ text: String, _ mark: ByteOrderMark) -> [UInt8] {
        let scalars = text.unicodeScalars.map(\.value)
        let units: [UInt32] = mark.unitSize == 4 ? scalars : text.utf16.map { UInt32($0) }
        return mark.bytes + units.flatMap { unit in
            let bytes = (0..<mark.unitSize).map { UInt8(truncatingIfNeeded: unit >> (8 * $0)) }
            return mark.isBigEndian ? bytes.reversed() : bytes
        }
    }

    static let wideMarks: [ByteOrderMark] = [.utf16LittleEndian, .utf16BigEndian, .utf32LittleEndian, .utf32BigEndian]

    private func load(_ name: String, _ bytes: [UInt8]) throws -> [Article] {
        let path = try folder.file(name, bytes)
        defer { folder.remove() }
        return try ArticleLoader.load(path)
    }

    @Test(arguments: wideMarks) func plainTextMarkdownHTMLAndFeeds(mark: ByteOrderMark) throws {
        let words = "Grüße aus Köln 🍵, a paragraph long enough to be kept as the article text here."
        let text = try #require(try load("a.txt", Self.encoded("Wide Title\n\n\(words)\n", mark)).first)
        #expect(text.format == .plainText)
        #expect(text.title == "Wide Title")
        #expect(text.allBlocks.map(\.block.text) == [words])

        let markdown = try #require(try load("b.md", Self.encoded("# Wide Title\n\n*\(words)*\n", mark)).first)
        #expect(markdown.format == .markdown)
        #expect(markdown.title == "Wide Title")
        #expect(markdown.allBlocks.map(\.block.text) == [words])

        // The page says it is UTF-16 whatever the file is: the mark decides.
        let page = "<html><head><meta charset=\"utf-16\"><title>Wide Title</title></head><body><article><p>\(words)</p></article></body></html>"
        let html = try #require(try load("c.txt", Self.encoded(page, mark)).first)
        #expect(html.format == .html)
        #expect(html.title == "Wide Title")
        #expect(html.allBlocks.map(\.block.text) == [words])

        let feed = """
            <?xml version="1.0" encoding="\(mark.encodingName)"?>
            <rss version="2.0"><channel><title>Wide Feed</title><item><title>Wide Title</title>
            <description>&lt;p&gt;\(words)&lt;/p&gt;</description></item></channel></rss>
            """
        let item = try #require(try load("d.xml", Self.encoded(feed, mark)).first)
        #expect(item.format == .feed)
        #expect(item.feed == "Wide Feed")
        #expect(item.title == "Wide Title")
        #expect(item.allBlocks.map(\.block.text) == [words])
    }

    @Test func brokenUnitsBecomeReplacementCharacters() {
        // A lone high surrogate, then "A", then an odd byte at the end.
        let utf16: [UInt8] = [0xFF, 0xFE, 0x3D, 0xD8, 0x41, 0x00, 0x42]
        #expect(WideText.utf8(utf16) == ByteOrderMark.utf8.bytes + Array("\u{FFFD}A\u{FFFD}".utf8))
        // A value past U+10FFFF.
        let utf32: [UInt8] = [0x00, 0x00, 0xFE, 0xFF, 0x00, 0x11, 0x00, 0x00, 0x00, 0x00, 0x00, 0x41]
        #expect(WideText.utf8(utf32) == ByteOrderMark.utf8.bytes + Array("\u{FFFD}A".utf8))
        // Other bytes are left as they are.
        #expect(WideText.utf8(Array("plain".utf8)) == Array("plain".utf8))
    }

    @Test func aNulCharacterInWideTextIsBinary() throws {
        let path = folder.path + "/nul.txt"
        #expect(throws: LoadError.binary(path: path)) {
            try load("nul.txt", Self.encoded("Title\0\n\nText\n", .utf16LittleEndian))
        }
    }
}
