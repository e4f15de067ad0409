/// A block's text as the reader shows it: each link followed by its footnote number (`[1]` for
/// `Article.links[0]`), and its inline spans as theme roles. Offsets into the block's own text
/// (search hits, reading positions) map to offsets into the shown text and back.
struct FootnotedText: Sendable {
    /// The text with the footnote numbers in it.
    let text: String
    /// The styled stretches in offsets of `text`, outer ones first: a later one is drawn over
    /// an earlier one. Footnote numbers come last, in the link role.
    let spans: [(range: Range<Int>, role: ThemeRole)]
    /// Where numbers went in.
    private let insertions: Insertions

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
        var numbers: [(at: Int, link: Int, label: [UInt8])] = []
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
                numbers.append((upper, index, Array("[\(index + 1)]".utf8)))
            }
        }
        // Links that end together (an image inside a link) are numbered in order.
        numbers.sort { ($0.at, $0.link) < ($1.at, $1.link) }
        let insertions = Insertions(numbers.map { (at: $0.at, length: $0.label.count) })

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
        spans = styled.filter { !$0.range.isEmpty }.map { (insertions.shown($0.range), $0.role) }
            + numberRanges.map { ($0, ThemeRole.readerLink) }
        self.insertions = insertions
    }

    /// The offset in the shown text of `offset` in the block's text. A number inserted right
    /// at `offset` comes before it, unless `offset` ends a range (`isEnd`).
    func shown(_ offset: Int, isEnd: Bool) -> Int { insertions.shown(offset, isEnd: isEnd) }

    /// The offset in the block's text of `offset` in the shown text (inside a footnote number:
    /// the end of its link).
    func original(_ offset: Int) -> Int {
        // The last number that starts at or before `offset` in the shown text.
        var low = 0
        var high = insertions.offsets.count
        while low < high {
            let middle = (low + high) / 2
            if insertions.offsets[middle] + insertions.added[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return offset }
        let number = low - 1
        let start = insertions.offsets[number] + insertions.added[number]
        if offset < start + insertions.added[number + 1] - insertions.added[number] { return insertions.offsets[number] }
        return offset - insertions.added[number + 1]
    }

    /// A range of the block's text in offsets of the shown text.
    func shown(_ range: Range<Int>) -> Range<Int> { insertions.shown(range) }
}

/// Where footnote numbers go into a text, for mapping offsets in logarithmic time (a hostile
/// paragraph may hold thousands of links).
private struct Insertions: Sendable {
    /// The offsets in the original text where numbers go in, ascending.
    let offsets: [Int]
    /// `added[i]`: the bytes inserted by the first `i` numbers (one more entry than `offsets`).
    let added: [Int]

    init(_ numbers: [(at: Int, length: Int)]) {
        offsets = numbers.map(\.at)
        var added = [0]
        added.reserveCapacity(numbers.count + 1)
        for number in numbers { added.append(added[added.count - 1] + number.length) }
        self.added = added
    }

    /// See `FootnotedText.shown(_:isEnd:)`.
    func shown(_ offset: Int, isEnd: Bool) -> Int {
        // The count of numbers before `offset` (at it too, unless it ends a range).
        var low = 0
        var high = offsets.count
        while low < high {
            let middle = (low + high) / 2
            if offsets[middle] < offset || (!isEnd && offsets[middle] == offset) { low = middle + 1 } else { high = middle }
        }
        return offset + added[low]
    }

    func shown(_ range: Range<Int>) -> Range<Int> {
        let lower = shown(range.lowerBound, isEnd: false)
        return lower..<max(lower, shown(range.upperBound, isEnd: true))
    }
}
