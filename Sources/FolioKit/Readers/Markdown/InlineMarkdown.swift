/// Reads the inline content of a Markdown block (CommonMark emphasis, code spans, links,
/// images, autolinks, raw HTML, escapes, entities) into plain text with styled spans; an image
/// becomes `[image: ALT]` linked to its picture, as in web pages.
struct InlineMarkdown {
    /// The plain text, with `\n` at every line break of the content.
    private(set) var text: [UInt8] = []
    /// The styled stretches of `text`.
    private(set) var spans: [InlineSpan] = []
    /// For each line break written: its offset in `text` (where the next line starts) and the
    /// content offset just past the break.
    private(set) var breaks: [(textOffset: Int, contentOffset: Int)] = []

    /// A piece of the content: text, a decoded literal, a code span, a line break, a
    /// delimiter run or a link boundary.
    enum Node {
        case text(Range<Int>)
        case literal([UInt8])
        case code([UInt8])
        case lineBreak(Int)
        case delimiter(Int)
        case linkOpen(url: String?)
        case linkClose
        /// An image's start and end: its alt text between them shows as `[image: ALT]`.
        case imageOpen(url: String)
        case imageClose
    }

    /// A run of `*` or `_`: how many characters are left, whether it can open or close
    /// emphasis, the emphasis it opens and closes, and its neighbours in the delimiter list.
    struct Delimiter {
        var character: UInt8
        var count: Int
        let original: Int
        let canOpen: Bool
        let canClose: Bool
        var opens: [InlineStyle] = []
        var closes = 0
        var removed = false
        var previous: Int?
        var next: Int?
    }

    /// An unmatched `[` or `![` that a later `]` may close.
    struct Bracket {
        var node: Int
        var contentStart: Int
        var image: Bool
        var active = true
        var delimiterBottom: Int
    }

    /// The block's raw inline content.
    let content: [UInt8]
    /// Link reference definitions: normalised label → destination.
    let definitions: [String: String]
    /// The content as pieces, in order.
    var nodes: [Node] = []
    /// Every delimiter run met, in order; removed ones stay, flagged.
    var delimiters: [Delimiter] = []
    /// The brackets still open.
    var brackets: [Bracket] = []
    /// The last delimiter still in play (the delimiters form a linked list through it).
    var tail: Int?
    /// Where the backtick runs of each length start, and how far code-span matching has read.
    var backtickRuns: [Int: [Int]] = [:]
    var backtickCursor: [Int: Int] = [:]

    /// Reads `content` (a block's lines joined with `\n`); links found are appended to `links`
    /// and their spans refer to indices there.
    init(_ content: [UInt8], definitions: [String: String], links: inout [Link]) {
        self.content = content
        self.definitions = definitions
        indexBacktickRuns()
        tokenize()
        processEmphasis(bottom: 0)
        render(into: &links)
    }

    // MARK: - Tokens

    mutating func tokenize() {
        var index = 0
        var textStart = 0
        func flush(_ end: Int) {
            if end > textStart { nodes.append(.text(textStart..<end)) }
        }
        while index < content.count {
            let byte = content[index]
            switch byte {
            case 0x5C:  // backslash
                guard index + 1 < content.count else { index += 1; continue }
                let next = content[index + 1]
                if Self.isASCIIPunctuation(next) {
                    flush(index)
                    nodes.append(.literal([next]))
                    index += 2
                } else if next == 0x0A {
                    flush(index)
                    index = skipLineStart(index + 2)
                    nodes.append(.lineBreak(index))
                } else {
                    index += 1
                    continue
                }
            case 0x60:  // backtick
                let run = runLength(at: index)
                if let close = closingBackticks(after: index, length: run) {
                    flush(index)
                    nodes.append(.code(Self.codeSpanText(content[(index + run)..<close])))
                    index = close + run
                } else {
                    index += run
                    continue
                }
            case 0x2A, 0x5F:  // * _
                flush(index)
                index = delimiterRun(at: index)
            case 0x5B:  // [
                flush(index)
                brackets.append(Bracket(node: nodes.count, contentStart: index + 1, image: false, delimiterBottom: delimiters.count))
                nodes.append(.literal([0x5B]))
                index += 1
            case 0x21 where index + 1 < content.count && content[index + 1] == 0x5B:  // ![
                flush(index)
                brackets.append(Bracket(node: nodes.count, contentStart: index + 2, image: true, delimiterBottom: delimiters.count))
                nodes.append(.literal([0x21, 0x5B]))
                index += 2
            case 0x5D:  // ]
                flush(index)
                index = closeBracket(at: index)
            case 0x3C:  // <
                if let (url, label, end) = autolink(at: index) {
                    flush(index)
                    nodes.append(.linkOpen(url: url))
                    nodes.append(.literal(label))
                    nodes.append(.linkClose)
                    index = end
                } else if let end = MarkdownHTMLTag.end(of: content[...], at: index) {
                    flush(index)
                    if isLineBreakTag(at: index) { nodes.append(.literal([0x20])) }
                    index = end
                } else {
                    index += 1
                    continue
                }
            case 0x26:  // &
                if let (decoded, end) = entity(at: index) {
                    flush(index)
                    nodes.append(.literal(decoded))
                    index = end
                } else {
                    index += 1
                    continue
                }
            case 0x0A:
                var end = index
                while end > textStart, content[end - 1] == 0x20 { end -= 1 }
                flush(end)
                index = skipLineStart(index + 1)
                nodes.append(.lineBreak(index))
            default:
                index += 1
                continue
            }
            textStart = index
        }
        flush(content.count)
    }

    /// Whether the raw HTML at `start` is `<br>` (which stands for a space in running text).
    func isLineBreakTag(at start: Int) -> Bool {
        guard start + 3 < content.count, content[start + 1] | 0x20 == 0x62, content[start + 2] | 0x20 == 0x72 else {
            return false
        }
        return !MarkdownSyntax.isLetter(content[start + 3])
    }

    func skipLineStart(_ start: Int) -> Int {
        var index = start
        while index < content.count, content[index] == 0x20 || content[index] == 0x09 { index += 1 }
        return index
    }

    func runLength(at start: Int) -> Int {
        var end = start
        while end < content.count, content[end] == content[start] { end += 1 }
        return end - start
    }

    // MARK: - Code spans

    mutating func indexBacktickRuns() {
        var index = 0
        while index < content.count {
            if content[index] == 0x60 {
                let length = runLength(at: index)
                backtickRuns[length, default: []].append(index)
                index += length
            } else {
                index += 1
            }
        }
    }

    /// The start of the first run of exactly `length` backticks after the run at `start`.
    mutating func closingBackticks(after start: Int, length: Int) -> Int? {
        guard let runs = backtickRuns[length] else { return nil }
        var cursor = backtickCursor[length] ?? 0
        while cursor < runs.count, runs[cursor] <= start { cursor += 1 }
        backtickCursor[length] = cursor
        return cursor < runs.count ? runs[cursor] : nil
    }

    static func codeSpanText(_ raw: ArraySlice<UInt8>) -> [UInt8] {
        var bytes = raw.map { $0 == 0x0A ? 0x20 : $0 }
        if bytes.count >= 2, bytes.first == 0x20, bytes.last == 0x20, bytes.contains(where: { $0 != 0x20 }) {
            bytes.removeFirst()
            bytes.removeLast()
        }
        return bytes
    }

    // MARK: - Rendering

    mutating func render(into links: inout [Link]) {
        var open: [(style: InlineStyle?, url: String?, start: Int)] = []
        for node in nodes {
            switch node {
            case .text(let range):
                text.append(contentsOf: content[range].lazy.map { $0 == 0x09 ? 0x20 : $0 })
            case .literal(let bytes):
                text.append(contentsOf: bytes)
            case .code(let bytes):
                let start = text.count
                text.append(contentsOf: bytes.lazy.map { $0 == 0x09 ? 0x20 : $0 })
                if text.count > start { spans.append(InlineSpan(range: start..<text.count, style: .code)) }
            case .lineBreak(let contentOffset):
                text.append(0x0A)
                breaks.append((text.count, contentOffset))
            case .delimiter(let index):
                let run = delimiters[index]
                for _ in 0..<run.closes { closeSpan(&open, links: &links) }
                text.append(contentsOf: repeatElement(run.character, count: run.count))
                for style in run.opens { open.append((style, nil, text.count)) }
            case .linkOpen(let url):
                open.append((nil, url, text.count))
            case .linkClose:
                closeSpan(&open, links: &links)
            case .imageOpen(let url):
                open.append((nil, url, text.count))
                text.append(contentsOf: Self.imageLabel)
            case .imageClose:
                // `[image: ALT]`, or `[image]` when the image has no alt text.
                if let start = open.last?.start, text.count == start + Self.imageLabel.count { text.removeLast(2) }
                text.append(UInt8(ascii: "]"))
                closeSpan(&open, links: &links)
            }
        }
    }

    /// What an image's text starts with.
    private static let imageLabel = Array("[image: ".utf8)

    mutating func closeSpan(_ open: inout [(style: InlineStyle?, url: String?, start: Int)], links: inout [Link]) {
        // Empty stretches (`[](x)`, `****`) style nothing; a link without words is left
        // out of the links, as in web pages.
        guard let last = open.popLast(), last.start < text.count else { return }
        let range = last.start..<text.count
        if let style = last.style {
            spans.append(InlineSpan(range: range, style: style))
        } else if let url = last.url {
            let words = HTMLText.collapsed(String(decoding: text[range], as: UTF8.self))
            guard !words.isEmpty else { return }
            links.append(Link(text: words, url: url))
            spans.append(InlineSpan(range: range, style: .link(links.count - 1)))
        }
    }
}
