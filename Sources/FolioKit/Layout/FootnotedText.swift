/// A block's text as the reader shows it: each link followed by its footnote number (`[1]` for
/// `Article.links[0]`), and its inline spans as theme roles. Offsets into the block's own text
/// (search hits, reading positions) map to offsets into the shown text and back.
struct FootnotedText: Sendable {
    /// The text with the footnote numbers in it.
    let text: String
    /// The styled stretches in offsets of `text`, outer ones first: a later one is drawn over
    /// an earlier one. Footnote numbers come last, in the link role.
    let spans: [(range: Range<Int>, role: ThemeRole)]
    /// Where numbers went in: the offset in the block's text and the number's length, in order.
    private let insertions: [(at: Int, length: Int)]

    /// Numbers the links of `block` and turns its spans into roles.
    init(_ block: Block) {
        let bytes = Array(block.text.utf8)
        let count = bytes.count
        /// The nearest character boundary at or after `offset`, within the text.
        func boundary(_ offset: Int) -> Int {
            var offset = min(max(0, offset), count)
            while offset < count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            return offset
        }
        var numbers: [(at: Int, label: [UInt8])] = []
        var styled: [(range: Range<Int>, role: ThemeRole, rank: Int)] = []
        for span in block.spans {
            let lower = boundary(span.range.lowerBound)
            let upper = max(lower, boundary(span.range.upperBound))
            switch span.style {
            case .emphasis: styled.append((lower..<upper, .readerEmphasis, 0))
            case .strong: styled.append((lower..<upper, .readerStrong, 1))
            case .code: styled.append((lower..<upper, .readerCode, 2))
            case .link(let index):
                styled.append((lower..<upper, .readerLink, 3))
                numbers.append((upper, Array("[\(index + 1)]".utf8)))
            }
        }
        numbers.sort { $0.at < $1.at }
        let insertions = numbers.map { (at: $0.at, length: $0.label.count) }

        var shown: [UInt8] = []
        shown.reserveCapacity(count + numbers.reduce(0) { $0 + $1.label.count })
        var position = 0
        var numberRanges: [Range<Int>] = []
        for number in numbers {
            shown += bytes[position..<number.at]
            position = number.at
            numberRanges.append(shown.count..<shown.count + number.label.count)
            shown += number.label
        }
        shown += bytes[position...]
        text = String(decoding: shown, as: UTF8.self)

        // Outer spans first, so an inner one (a code span in a link) is drawn over them.
        styled.sort { ($0.range.count, $1.rank) > ($1.range.count, $0.rank) }
        spans = styled.filter { !$0.range.isEmpty }.map { (Self.shown($0.range, insertions), $0.role) }
            + numberRanges.map { ($0, ThemeRole.readerLink) }
        self.insertions = insertions
    }

    /// The offset in the shown text of `offset` in the block's text. A number inserted right
    /// at `offset` comes before it, unless `offset` ends a range (`isEnd`).
    func shown(_ offset: Int, isEnd: Bool) -> Int { Self.shown(offset, isEnd: isEnd, insertions) }

    /// The offset in the block's text of `offset` in the shown text (inside a footnote number:
    /// the end of its link).
    func original(_ offset: Int) -> Int {
        var added = 0
        for insertion in insertions {
            let start = insertion.at + added
            if offset < start { break }
            if offset < start + insertion.length { return insertion.at }
            added += insertion.length
        }
        return offset - added
    }

    /// A range of the block's text in offsets of the shown text.
    func shown(_ range: Range<Int>) -> Range<Int> { Self.shown(range, insertions) }

    private static func shown(_ offset: Int, isEnd: Bool, _ insertions: [(at: Int, length: Int)]) -> Int {
        var result = offset
        for insertion in insertions {
            guard insertion.at < offset || (!isEnd && insertion.at == offset) else { break }
            result += insertion.length
        }
        return result
    }

    private static func shown(_ range: Range<Int>, _ insertions: [(at: Int, length: Int)]) -> Range<Int> {
        let lower = shown(range.lowerBound, isEnd: false, insertions)
        return lower..<max(lower, shown(range.upperBound, isEnd: true, insertions))
    }
}
