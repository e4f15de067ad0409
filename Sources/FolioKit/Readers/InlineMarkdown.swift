import CLibXML2

/// Reads the inline content of a Markdown block (CommonMark emphasis, code spans, links,
/// images, autolinks, raw HTML, escapes, entities) into plain text with styled spans.
struct InlineMarkdown {
    /// The plain text, with `\n` at every line break of the content.
    private(set) var text: [UInt8] = []
    /// The styled stretches of `text`.
    private(set) var spans: [InlineSpan] = []
    /// For each line break written: its offset in `text` (where the next line starts) and the
    /// content offset just past the break.
    private(set) var breaks: [(textOffset: Int, contentOffset: Int)] = []

    private enum Node {
        case text(Range<Int>)
        case literal([UInt8])
        case code([UInt8])
        case lineBreak(Int)
        case delimiter(Int)
        case linkOpen(url: String?)
        case linkClose
    }

    private struct Delimiter {
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

    private struct Bracket {
        var node: Int
        var contentStart: Int
        var image: Bool
        var active = true
        var delimiterBottom: Int
    }

    private let content: [UInt8]
    private let definitions: [String: String]
    private var nodes: [Node] = []
    private var delimiters: [Delimiter] = []
    private var brackets: [Bracket] = []
    /// The last delimiter still in play (the delimiters form a linked list through it).
    private var tail: Int?
    private var backtickRuns: [Int: [Int]] = [:]
    private var backtickCursor: [Int: Int] = [:]

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

    private mutating func tokenize() {
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
    private func isLineBreakTag(at start: Int) -> Bool {
        guard start + 3 < content.count, content[start + 1] | 0x20 == 0x62, content[start + 2] | 0x20 == 0x72 else {
            return false
        }
        return !MarkdownSyntax.isLetter(content[start + 3])
    }

    private func skipLineStart(_ start: Int) -> Int {
        var index = start
        while index < content.count, content[index] == 0x20 || content[index] == 0x09 { index += 1 }
        return index
    }

    private func runLength(at start: Int) -> Int {
        var end = start
        while end < content.count, content[end] == content[start] { end += 1 }
        return end - start
    }

    // MARK: - Code spans

    private mutating func indexBacktickRuns() {
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
    private mutating func closingBackticks(after start: Int, length: Int) -> Int? {
        guard let runs = backtickRuns[length] else { return nil }
        var cursor = backtickCursor[length] ?? 0
        while cursor < runs.count, runs[cursor] <= start { cursor += 1 }
        backtickCursor[length] = cursor
        return cursor < runs.count ? runs[cursor] : nil
    }

    private static func codeSpanText(_ raw: ArraySlice<UInt8>) -> [UInt8] {
        var bytes = raw.map { $0 == 0x0A ? 0x20 : $0 }
        if bytes.count >= 2, bytes.first == 0x20, bytes.last == 0x20, bytes.contains(where: { $0 != 0x20 }) {
            bytes.removeFirst()
            bytes.removeLast()
        }
        return bytes
    }

    // MARK: - Emphasis

    private mutating func delimiterRun(at start: Int) -> Int {
        let character = content[start]
        let length = runLength(at: start)
        let before = start > 0 ? Self.scalar(endingAt: start, in: content) : nil
        let after = start + length < content.count ? Self.scalar(startingAt: start + length, in: content) : nil
        let beforeSpace = before.map(Self.isWhitespace) ?? true
        let afterSpace = after.map(Self.isWhitespace) ?? true
        let beforePunctuation = before.map(Self.isPunctuation) ?? false
        let afterPunctuation = after.map(Self.isPunctuation) ?? false
        let left = !afterSpace && (!afterPunctuation || beforeSpace || beforePunctuation)
        let right = !beforeSpace && (!beforePunctuation || afterSpace || afterPunctuation)
        let canOpen = character == 0x2A ? left : left && (!right || beforePunctuation)
        let canClose = character == 0x2A ? right : right && (!left || afterPunctuation)
        let index = delimiters.count
        nodes.append(.delimiter(index))
        delimiters.append(
            Delimiter(
                character: character, count: length, original: length, canOpen: canOpen, canClose: canClose,
                previous: tail))
        if let tail { delimiters[tail].next = index }
        tail = index
        return start + length
    }

    /// CommonMark's "process emphasis" over the delimiters from `bottom` on; they are all
    /// removed from consideration afterwards.
    private mutating func processEmphasis(bottom: Int) {
        var openersBottom: [Int: Int] = [:]
        var closer = firstDelimiter(from: bottom)
        while let current = closer {
            let run = delimiters[current]
            guard run.canClose else {
                closer = run.next
                continue
            }
            let key = Int(run.character) * 8 + (run.canOpen ? 4 : 0) + run.original % 3
            let floor = max(bottom, openersBottom[key] ?? bottom)
            var found: Int?
            var candidate = run.previous
            while let opener = candidate, opener >= floor {
                let open = delimiters[opener]
                if open.character == run.character, open.canOpen {
                    let oddMatch = (open.canClose || run.canOpen) && (open.original + run.original) % 3 == 0
                        && !(open.original % 3 == 0 && run.original % 3 == 0)
                    if !oddMatch {
                        found = opener
                        break
                    }
                }
                candidate = open.previous
            }
            guard let opener = found else {
                openersBottom[key] = current
                if !run.canOpen { removeDelimiter(current) }
                closer = run.next
                continue
            }
            let strong = delimiters[opener].count >= 2 && run.count >= 2
            let used = strong ? 2 : 1
            delimiters[opener].count -= used
            delimiters[current].count -= used
            delimiters[opener].opens.insert(strong ? .strong : .emphasis, at: 0)
            delimiters[current].closes += 1
            while let between = delimiters[opener].next, between != current { removeDelimiter(between) }
            if delimiters[opener].count == 0 { removeDelimiter(opener) }
            if delimiters[current].count == 0 {
                closer = delimiters[current].next
                removeDelimiter(current)
            }
        }
        while let last = tail, last >= bottom { removeDelimiter(last) }
    }

    private func firstDelimiter(from start: Int) -> Int? {
        var index = start
        while index < delimiters.count {
            if !delimiters[index].removed { return index }
            index += 1
        }
        return nil
    }

    private mutating func removeDelimiter(_ index: Int) {
        let run = delimiters[index]
        guard !run.removed else { return }
        delimiters[index].removed = true
        if let previous = run.previous { delimiters[previous].next = run.next }
        if let next = run.next { delimiters[next].previous = run.previous }
        if tail == index { tail = run.previous }
    }

    // MARK: - Links

    private mutating func closeBracket(at index: Int) -> Int {
        guard let opener = brackets.last else {
            nodes.append(.literal([0x5D]))
            return index + 1
        }
        guard opener.active, let (url, end) = linkTarget(after: index, textStart: opener.contentStart) else {
            brackets.removeLast()
            nodes.append(.literal([0x5D]))
            return index + 1
        }
        brackets.removeLast()
        processEmphasis(bottom: opener.delimiterBottom)
        nodes[opener.node] = .linkOpen(url: opener.image ? nil : url)
        nodes.append(.linkClose)
        if !opener.image {
            for earlier in brackets.indices where !brackets[earlier].image { brackets[earlier].active = false }
        }
        return end
    }

    /// The destination of `[text](url "title")`, `[text][label]`, `[text][]` or `[text]` whose
    /// `]` is at `index`, and where the link ends.
    private func linkTarget(after index: Int, textStart: Int) -> (String, Int)? {
        let next = index + 1
        if next < content.count, content[next] == 0x28, let inline = inlineDestination(from: next + 1) {
            return inline
        }
        if next < content.count, content[next] == 0x5B, let close = labelEnd(from: next + 1) {
            let label = close == next + 1 ? content[textStart..<index] : content[(next + 1)..<close]
            guard let url = definitions[MarkdownBlockParser.normalizedLabel(label)] else { return nil }
            return (url, close + 1)
        }
        guard !definitions.isEmpty, let url = definitions[MarkdownBlockParser.normalizedLabel(content[textStart..<index])]
        else { return nil }
        return (url, next)
    }

    private func labelEnd(from start: Int) -> Int? {
        var index = start
        while index < content.count, index - start < 1000 {
            switch content[index] {
            case 0x5D: return index
            case 0x5B: return nil
            case 0x5C: index += 2
            default: index += 1
            }
        }
        return nil
    }

    /// `url "title")` after `(`: the unescaped destination and the index after `)`.
    private func inlineDestination(from start: Int) -> (String, Int)? {
        var index = skipSpace(start)
        var url: [UInt8] = []
        if index < content.count, content[index] == 0x3C {
            index += 1
            while index < content.count, content[index] != 0x3E {
                if content[index] == 0x0A || content[index] == 0x3C { return nil }
                if content[index] == 0x5C, index + 1 < content.count, Self.isASCIIPunctuation(content[index + 1]) {
                    index += 1
                }
                url.append(content[index])
                index += 1
            }
            guard index < content.count else { return nil }
            index += 1
        } else {
            var depth = 0
            while index < content.count {
                let byte = content[index]
                if byte <= 0x20 || byte == 0x7F || index - start > MarkdownHTMLTag.searchLimit { break }
                if byte == 0x28 {
                    depth += 1
                    if depth > 32 { return nil }
                } else if byte == 0x29 {
                    if depth == 0 { break }
                    depth -= 1
                } else if byte == 0x5C, index + 1 < content.count, Self.isASCIIPunctuation(content[index + 1]) {
                    index += 1
                }
                url.append(content[index])
                index += 1
            }
            guard depth == 0 else { return nil }
        }
        let afterURL = index
        index = skipSpace(index)
        if index < content.count, index > afterURL, [0x22, 0x27, 0x28].contains(content[index]) {
            let close: UInt8 = content[index] == 0x28 ? 0x29 : content[index]
            index += 1
            let titleStart = index
            while index < content.count, content[index] != close, index - titleStart < MarkdownHTMLTag.searchLimit {
                index += content[index] == 0x5C ? 2 : 1
            }
            guard index < content.count, content[index] == close else { return nil }
            index = skipSpace(index + 1)
        }
        guard index < content.count, content[index] == 0x29 else { return nil }
        return (String(decoding: url, as: UTF8.self), index + 1)
    }

    private func skipSpace(_ start: Int) -> Int {
        var index = start
        while index < content.count, content[index] == 0x20 || content[index] == 0x09 || content[index] == 0x0A {
            index += 1
        }
        return index
    }

    /// `<https://example.com>` or `<me@example.com>`: the URL, the text shown and the end.
    private func autolink(at start: Int) -> (String, [UInt8], Int)? {
        var index = start + 1
        var colon: Int?
        var at: Int?
        while index < content.count, index - start < 2048 {
            let byte = content[index]
            if byte == 0x3E { break }
            if byte <= 0x20 || byte == 0x3C { return nil }
            if byte == 0x3A, colon == nil { colon = index }
            if byte == 0x40, at == nil { at = index }
            index += 1
        }
        guard index < content.count, content[index] == 0x3E else { return nil }
        let inner = Array(content[(start + 1)..<index])
        if let colon {
            let scheme = content[(start + 1)..<colon]
            guard (2...32).contains(scheme.count), let first = scheme.first, MarkdownSyntax.isLetter(first),
                scheme.allSatisfy({
                    MarkdownSyntax.isLetter($0) || MarkdownSyntax.isDigit($0) || $0 == 0x2B || $0 == 0x2E || $0 == 0x2D
                })
            else { return nil }
            return (String(decoding: inner, as: UTF8.self), inner, index + 1)
        }
        guard let at, at > start + 1, at + 1 < index,
            content[(at + 1)..<index].allSatisfy({
                MarkdownSyntax.isLetter($0) || MarkdownSyntax.isDigit($0) || $0 == 0x2E || $0 == 0x2D
            })
        else { return nil }
        return ("mailto:" + String(decoding: inner, as: UTF8.self), inner, index + 1)
    }

    // MARK: - Entities

    /// `&amp;`, `&#38;`, `&#x26;`: the decoded UTF-8 and the index after `;`. Control
    /// characters decode to U+FFFD.
    private func entity(at start: Int) -> ([UInt8], Int)? {
        var index = start + 1
        var value: UInt32?
        if index < content.count, content[index] == 0x23 {
            index += 1
            let hex = index < content.count && (content[index] | 0x20) == 0x78
            if hex { index += 1 }
            let digitsStart = index
            var number: UInt32 = 0
            while index < content.count, index - digitsStart < (hex ? 6 : 7), let digit = Self.digit(content[index], hex: hex) {
                number = number * (hex ? 16 : 10) + digit
                index += 1
            }
            guard index > digitsStart else { return nil }
            value = number
        } else {
            let nameStart = index
            while index < content.count, index - nameStart < 32,
                MarkdownSyntax.isLetter(content[index]) || MarkdownSyntax.isDigit(content[index])
            {
                index += 1
            }
            guard index > nameStart, index < content.count, content[index] == 0x3B else { return nil }
            let name = Array(content[nameStart..<index]) + [0]
            value = name.withUnsafeBufferPointer { htmlEntityLookup($0.baseAddress)?.pointee.value }
        }
        guard let value, index < content.count, content[index] == 0x3B else { return nil }
        let scalar = Unicode.Scalar(value).flatMap { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? nil : $0 }
        return (Array(String(Character(scalar ?? "\u{FFFD}")).utf8), index + 1)
    }

    private static func digit(_ byte: UInt8, hex: Bool) -> UInt32? {
        if MarkdownSyntax.isDigit(byte) { return UInt32(byte - 0x30) }
        let lower = byte | 0x20
        if hex, lower >= 0x61, lower <= 0x66 { return UInt32(lower - 0x61 + 10) }
        return nil
    }

    // MARK: - Rendering

    private mutating func render(into links: inout [Link]) {
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
                spans.append(InlineSpan(range: start..<text.count, style: .code))
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
            }
        }
    }

    private mutating func closeSpan(_ open: inout [(style: InlineStyle?, url: String?, start: Int)], links: inout [Link]) {
        guard let last = open.popLast() else { return }
        let range = last.start..<text.count
        if let style = last.style {
            spans.append(InlineSpan(range: range, style: style))
        } else if let url = last.url {
            let words = HTMLText.collapsed(String(decoding: text[range], as: UTF8.self))
            links.append(Link(text: words, url: url))
            spans.append(InlineSpan(range: range, style: .link(links.count - 1)))
        }
    }

    // MARK: - Characters

    private static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte)
            || (0x7B...0x7E).contains(byte)
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0C, 0x0D: return true
        case 0..<0x80: return false
        default: return scalar.properties.generalCategory == .spaceSeparator
        }
    }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return isASCIIPunctuation(UInt8(scalar.value)) }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    private static func scalar(startingAt index: Int, in bytes: [UInt8]) -> Unicode.Scalar? {
        var iterator = bytes[index...].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }

    private static func scalar(endingAt end: Int, in bytes: [UInt8]) -> Unicode.Scalar? {
        var start = end - 1
        while start > 0, end - start < 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(startingAt: start, in: bytes)
    }
}
