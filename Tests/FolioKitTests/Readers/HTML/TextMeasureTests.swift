import Testing

@testable import FolioKit

/// The article finder's text measures: collapsed length and commas, taken per text node and
/// added up, must equal measuring the joined text.
@Suite struct TextMeasureTests {
    @Test("white-space runs count one, the ends none, control characters nothing")
    func collapsedLength() {
        #expect(TextMeasure("  a  b ").length == 3)
        #expect(TextMeasure("a\u{00A0}\u{00A0}b").length == 3)
        #expect(TextMeasure("a\u{1B}[31mb").length == 6)
        #expect(TextMeasure("é ü 日本").length == 6)
        #expect(TextMeasure(" \n\t ").length == 0)
        #expect(TextMeasure("©").length == 1)
    }

    @Test("commas in Latin, Arabic and CJK text")
    func commas() {
        #expect(TextMeasure("one, two, three").commas == 2)
        #expect(TextMeasure("a，b、c،d﹐e︐f︑g⹁h⸴i⸲j").commas == 9)
        #expect(TextMeasure("no commas here: ¸ ‚ ٫").commas == 0)
    }

    @Test("adding the nodes' measures gives the measure of their joined text")
    func sumsMatchJoinedText() {
        let pieces = [" ", "  ", "\u{00A0}", "\n", "a", "bc", ",", "，", "日", "\u{7}", "é", "word", "x y", ""]
        var random = XorShift(state: 0x9E37_79B9_7F4A_7C15)
        for _ in 0..<2000 {
            var texts: [String] = []
            for _ in 0..<Int(random.next() % 6) {
                var text = ""
                for _ in 0..<Int(random.next() % 5) { text += pieces[Int(random.next() % UInt64(pieces.count))] }
                texts.append(text)
            }
            var sum = TextMeasure.Sum()
            for text in texts { sum.add(TextMeasure(text)) }
            let joined = TextMeasure(texts.joined())
            #expect(sum.length == joined.length, "\(texts)")
            #expect(sum.commas == joined.commas, "\(texts)")
        }
    }

    @Test("an element's inner text length is the length of its collapsed text")
    func treeLength() {
        let page = "<p> One,  <b>two</b>\u{00A0}<i> three </i>, four </p>"
        let tree = HTMLReader.parse(Array(page.utf8))
        let paragraph = tree.descendants(of: HTMLTree.rootIndex, named: ["p"])[0]
        #expect(tree.innerText(paragraph) == "One, two three , four")
        #expect(tree.innerTextLength(paragraph) == tree.innerText(paragraph).unicodeScalars.count)
        #expect(tree.textMeasure(paragraph).length == tree.innerTextLength(paragraph))
        #expect(tree.textMeasure(paragraph).commas == 2)
    }
}
