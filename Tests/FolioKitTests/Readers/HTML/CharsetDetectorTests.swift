import Testing

@testable import FolioKit

/// Pages are decoded by their byte-order mark, declaration or meta tag, else by content.
@Suite struct CharsetDetectorTests {
    @Test func byteOrderMarksWin() {
        #expect(CharsetDetector.encoding(of: [0xEF, 0xBB, 0xBF] + Array("<meta charset=latin1>".utf8)) == "UTF-8")
        #expect(CharsetDetector.encoding(of: [0xFF, 0xFE, 0x3C, 0x00]) == "UTF-16LE")
    }

    @Test func declarationsAreRead() {
        #expect(CharsetDetector.encoding(of: Array("<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?><html>".utf8)) == "iso-8859-2")
        #expect(CharsetDetector.encoding(of: Array("<html><head><META CHARSET='Shift_JIS'>".utf8)) == "shift_jis")
        let httpEquiv = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
        #expect(CharsetDetector.encoding(of: Array(httpEquiv.utf8)) == "windows-1252")
    }

    @Test func undeclaredPagesAreUTF8WhenValidElseWindows1252() {
        #expect(CharsetDetector.encoding(of: Array("<p>café</p>".utf8)) == "UTF-8")
        #expect(CharsetDetector.encoding(of: Array("<p>caf".utf8) + [0xE9] + Array("</p>".utf8)) == "windows-1252")
    }

    @Test func windows1252PagesReadCorrectly() {
        let words = "Caf\u{E9} cr\u{E8}me, \u{201C}quoted\u{201D}, and more words to make a paragraph worth reading here."
        let bytes = Array("<html><body><p>".utf8) + (words.data(using: .windowsCP1252).map(Array.init) ?? [])
            + Array("</p></body></html>".utf8)
        let article = HTMLReader.read(bytes, path: "cafe.html")
        #expect(article.allBlocks.first?.block.text == words)
    }

    @Test func utf16PagesWithAByteOrderMarkRead() {
        let words = "Grüße aus Köln, a paragraph long enough to be kept as the article text here."
        let html = "<html><body><p>\(words)</p></body></html>"
        let bytes: [UInt8] = [0xFF, 0xFE] + html.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(HTMLReader.read(bytes, path: "utf16.html").allBlocks.first?.block.text == words)
    }

    @Test func unknownDeclaredCharsetFallsBackToTheContent() {
        let words = "Grüße aus Köln, a paragraph long enough to be kept as the article text here."
        let html = "<html><head><meta charset=\"x-no-such-charset\"></head><body><p>\(words)</p></body></html>"
        #expect(HTMLReader.read(Array(html.utf8), path: "odd.html").allBlocks.first?.block.text == words)
    }

    /// A declaration read from ASCII bytes that names an encoding in which those bytes mean
    /// something else contradicts them: the bytes win.
    @Test func aDeclarationThatContradictsTheBytesLoses() {
        for name in ["utf-16", "UTF-16LE", "utf-16be", "utf-32", "ucs-2", "UTF-32BE"] {
            #expect(CharsetDetector.encoding(of: Array("<html><head><meta charset=\"\(name)\">".utf8)) == "UTF-8")
            #expect(CharsetDetector.encoding(of: Array("<?xml version=\"1.0\" encoding=\"\(name)\"?><p>caf".utf8) + [0xE9]) == "windows-1252")
        }
        // An EBCDIC name, and a meta tag after an XML declaration that contradicts itself.
        #expect(CharsetDetector.encoding(of: Array("<meta charset=\"cp037\">".utf8)) == "UTF-8")
        #expect(CharsetDetector.encoding(of: Array("<?xml version=\"1.0\" encoding=\"utf-16\"?><meta charset=\"koi8-r\">".utf8)) == "koi8-r")
        let words = "An ASCII page that says it is UTF-16, with words enough for a paragraph of an article."
        let page = "<html><head><meta charset=\"utf-16\"><title>Plain</title></head><body><p>\(words)</p></body></html>"
        let article = HTMLReader.read(Array(page.utf8), path: "plain.html")
        #expect(article.title == "Plain")
        #expect(article.allBlocks.map(\.block.text) == [words])
        let feed = "<?xml version=\"1.0\" encoding=\"UTF-32\"?><rss><channel><title>Plain feed</title><item><title>Caf\u{E9}</title></item></channel></rss>"
        let result = FeedReader.read(Array(feed.utf8), path: "feed.xml")
        #expect(result.title == "Plain feed")
        #expect(result.articles.map(\.title) == ["Caf\u{E9}"])
    }

    @Test func metaCharsetIsHonoured() {
        let words = "Stra\u{DF}e \u{FC}ber Br\u{FC}cken, lang genug f\u{FC}r einen Absatz in diesem Test hier."
        let bytes = Array("<html><head><meta charset=\"iso-8859-15\"></head><body><p>".utf8)
            + (words.data(using: .isoLatin1).map(Array.init) ?? []) + Array("</p></body></html>".utf8)
        let article = HTMLReader.read(bytes, path: "strasse.html")
        #expect(article.allBlocks.first?.block.text == words)
    }
}
