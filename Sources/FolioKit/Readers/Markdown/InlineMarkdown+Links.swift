internal import CLibXML2

/// Links (inline, reference, autolinks) and character references of inline Markdown.
extension InlineMarkdown {
    // MARK: - Links

    mutating func closeBracket(at index: Int) -> Int {
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
        nodes[opener.node] = opener.image ? .imageOpen(url: url) : .linkOpen(url: url)
        nodes.append(opener.image ? .imageClose : .linkClose)
        if !opener.image {
            for earlier in brackets.indices where !brackets[earlier].image { brackets[earlier].active = false }
        }
        return end
    }

    /// The destination of `[text](url "title")`, `[text][label]`, `[text][]` or `[text]` whose
    /// `]` is at `index`, and where the link ends.
    func linkTarget(after index: Int, textStart: Int) -> (String, Int)? {
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

    func labelEnd(from start: Int) -> Int? {
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
    func inlineDestination(from start: Int) -> (String, Int)? {
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

    func skipSpace(_ start: Int) -> Int {
        var index = start
        while index < content.count, content[index] == 0x20 || content[index] == 0x09 || content[index] == 0x0A {
            index += 1
        }
        return index
    }

    /// `<https://example.com>` or `<me@example.com>`: the URL, the text shown and the end.
    func autolink(at start: Int) -> (String, [UInt8], Int)? {
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
    func entity(at start: Int) -> ([UInt8], Int)? {
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
            value = name.withUnsafeBufferPointer { LibXML2.functions?.pointee.htmlEntityLookup($0.baseAddress)?.pointee.value }
        }
        guard let value, index < content.count, content[index] == 0x3B else { return nil }
        let scalar = Unicode.Scalar(value).flatMap { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? nil : $0 }
        return (Array(String(Character(scalar ?? "\u{FFFD}")).utf8), index + 1)
    }

    static func digit(_ byte: UInt8, hex: Bool) -> UInt32? {
        if MarkdownSyntax.isDigit(byte) { return UInt32(byte - 0x30) }
        let lower = byte | 0x20
        if hex, lower >= 0x61, lower <= 0x66 { return UInt32(lower - 0x61 + 10) }
        return nil
    }
}
