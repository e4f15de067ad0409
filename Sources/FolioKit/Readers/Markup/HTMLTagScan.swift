/// Reads a web page's markup as libxml2 2.9's HTML parser does (HTMLparser.c in recovery mode),
/// to find the attributes of each start tag past `AttributeLimit.maximum`.
///
/// It follows what decides where a start tag begins and ends: comments (ended by `-->` or a
/// control character), processing instructions, document types and their literals, end tags
/// (skipped to `>` when malformed), the raw text of `script` and `style` (ended only by their
/// own end tag), element and attribute names of at most 100 characters, quoted and unquoted
/// values, bogus attributes and tags. Linear in the page's size.
struct HTMLTagScan {
    private var cursor: MarkupCursor
    private var excess: [Range<Int>] = []

    /// The byte ranges of the attributes to blank out.
    static func excess(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var scan = HTMLTagScan(cursor: MarkupCursor(bytes))
        scan.run()
        return scan.excess
    }

    private init(cursor: MarkupCursor) { self.cursor = cursor }

    /// The elements whose content libxml2 reads as raw text.
    private static let rawTextElements: [[UInt8]] = [Array("script".utf8), Array("style".utf8)]

    private static let less = UInt8(ascii: "<"), greater = UInt8(ascii: ">"), slash = UInt8(ascii: "/")

    private mutating func run() {
        var rawText: [UInt8]?
        while cursor.index < cursor.bytes.count {
            if let name = rawText {
                guard let end = rawTextEnd(name) else { return }
                cursor.index = end
                if endTag() == name { rawText = nil }
                continue
            }
            guard let open = cursor.next(Self.less) else { return }
            cursor.index = open
            switch cursor.byte(open + 1) {
            case Self.slash: _ = endTag()
            case UInt8(ascii: "?"): processingInstruction()
            case UInt8(ascii: "!") where cursor.starts("<!--"): comment()
            case UInt8(ascii: "!") where cursor.startsIgnoringCase("<!DOCTYPE"): documentType()
            default: rawText = startTag()
            }
        }
    }

    // MARK: - Tags

    /// A start tag (or a bogus one, skipped to `>`); returns the element's name when raw text
    /// follows it.
    private mutating func startTag() -> [UInt8]? {
        cursor.index += 1
        guard let name = htmlName() else {
            cursor.skip { AttributeLimit.isCharacter($0) && $0 != Self.greater }
            if cursor.current == Self.greater { cursor.index += 1 }
            return nil
        }
        cursor.skipBlanks()
        var count = 0
        while AttributeLimit.isCharacter(cursor.current), cursor.current != Self.greater, !atEmptyTagEnd {
            let start = cursor.index
            if htmlName() != nil {
                cursor.skipBlanks()
                if cursor.current == UInt8(ascii: "=") {
                    cursor.index += 1
                    cursor.skipBlanks()
                    attributeValue()
                }
                count += 1
                if count > AttributeLimit.maximum { excess.append(start..<cursor.index) }
            } else {
                // A bogus attribute, up to the next blank or the end of the tag.
                while AttributeLimit.isCharacter(cursor.current), !AttributeLimit.isBlank(cursor.current),
                    cursor.current != Self.greater, !atEmptyTagEnd
                {
                    cursor.index += 1
                }
            }
            cursor.skipBlanks()
        }
        if atEmptyTagEnd {
            cursor.index += 2
            return nil
        }
        // A tag cut short by a control character ends there, and the content goes on from it.
        guard cursor.current == Self.greater else { return nil }
        cursor.index += 1
        return Self.rawTextElements.contains(name) ? name : nil
    }

    private var atEmptyTagEnd: Bool { cursor.current == Self.slash && cursor.byte(cursor.index + 1) == Self.greater }

    /// A quoted value up to its quote (or a NUL), or an unquoted one up to a blank or `>`.
    private mutating func attributeValue() {
        let quote = cursor.current
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            cursor.index += 1
            cursor.skip { $0 != 0 && $0 != quote }
            if cursor.current == quote { cursor.index += 1 }
        } else {
            cursor.skip { $0 != 0 && $0 != Self.greater && !AttributeLimit.isBlank($0) }
        }
    }

    /// An end tag; returns its name. A malformed one is skipped to the next `>`; `</` without
    /// a name is read as text.
    private mutating func endTag() -> [UInt8]? {
        cursor.index += 2
        guard let name = htmlName() else { return nil }
        cursor.skipBlanks()
        cursor.skip { $0 != 0 && $0 != Self.greater }
        if cursor.current == Self.greater { cursor.index += 1 }
        return name
    }

    /// Where the raw text of `name` ends: at the next `</` followed by the name, in any case.
    private func rawTextEnd(_ name: [UInt8]) -> Int? {
        var position = cursor.index
        while let open = cursor.next(Self.less, from: position) {
            if cursor.byte(open + 1) == Self.slash, name.indices.allSatisfy({ cursor.byte(open + 2 + $0) | 0x20 == name[$0] }) {
                return open
            }
            position = open + 1
        }
        return nil
    }

    /// libxml2's `htmlParseHTMLName`: a letter, `_`, `:` or `.`, then letters, digits and
    /// `:-_.`, at most 100 in all, lowercased; nil (nothing read) for any other first byte.
    private mutating func htmlName() -> [UInt8]? {
        let first = cursor.current
        guard AttributeLimit.isLetter(first) || first == UInt8(ascii: "_") || first == UInt8(ascii: ":")
            || first == UInt8(ascii: ".")
        else { return nil }
        var name: [UInt8] = []
        while name.count < 100, Self.isNameCharacter(cursor.current) {
            name.append(AttributeLimit.isLetter(cursor.current) ? cursor.current | 0x20 : cursor.current)
            cursor.index += 1
        }
        return name
    }

    private static func isNameCharacter(_ byte: UInt8) -> Bool {
        AttributeLimit.isLetter(byte) || AttributeLimit.isDigit(byte) || byte == UInt8(ascii: ":")
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
    }

    // MARK: - Comments, processing instructions, document types

    /// `<!--`, two characters, then up to `-->`; a control character (or the end) stops the
    /// comment where it is, and the content goes on from there.
    private mutating func comment() {
        cursor.index += 4
        for _ in 0..<2 where cursor.index < cursor.bytes.count {
            cursor.index += MarkupCursor.characterLength(cursor.current)
        }
        while AttributeLimit.isCharacter(cursor.current), cursor.index < cursor.bytes.count {
            cursor.index += 1
            if cursor.byte(cursor.index - 1) == Self.greater, cursor.byte(cursor.index - 2) == UInt8(ascii: "-"),
                cursor.byte(cursor.index - 3) == UInt8(ascii: "-")
            {
                return
            }
        }
    }

    /// `<?name ...>`; without a name, the content goes on after `<?`.
    private mutating func processingInstruction() {
        cursor.index += 2
        guard name() else { return }
        cursor.skipBlanks()
        cursor.skip { AttributeLimit.isCharacter($0) && $0 != Self.greater }
        if cursor.current == Self.greater { cursor.index += 1 }
    }

    /// `<!DOCTYPE name`, a `SYSTEM` or `PUBLIC` identifier, then one character, whatever it is.
    private mutating func documentType() {
        cursor.index += 9
        cursor.skipBlanks()
        _ = name()
        cursor.skipBlanks()
        if cursor.startsIgnoringCase("SYSTEM") {
            cursor.index += 6
            cursor.skipBlanks()
            literal { AttributeLimit.isCharacter($0) }
        } else if cursor.startsIgnoringCase("PUBLIC") {
            cursor.index += 6
            cursor.skipBlanks()
            literal(Self.isPublicIDCharacter)
            cursor.skipBlanks()
            literal { AttributeLimit.isCharacter($0) }
        }
        cursor.skipBlanks()
        if cursor.current != 0 { cursor.index += MarkupCursor.characterLength(cursor.current) }
    }

    /// A quoted literal of the characters `allowed` accepts, up to its quote; the quote
    /// consumed only when the literal ends with it.
    private mutating func literal(_ allowed: (UInt8) -> Bool) {
        let quote = cursor.current
        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return }
        cursor.index += 1
        cursor.skip { allowed($0) && $0 != quote }
        if cursor.current == quote { cursor.index += 1 }
    }

    private static let publicIDPunctuation = Set("-'()+,./:=?;!*#@$_%".utf8)

    private static func isPublicIDCharacter(_ byte: UInt8) -> Bool {
        AttributeLimit.isLetter(byte) || AttributeLimit.isDigit(byte) || byte == 0x20 || byte == 0x0D || byte == 0x0A
            || publicIDPunctuation.contains(byte)
    }

    /// libxml2's `htmlParseName` (names of document types and processing instructions): a
    /// letter, `_` or `:`, then letters, digits and `_-:.`; bytes past ASCII count as letters.
    private mutating func name() -> Bool {
        let first = cursor.current
        guard AttributeLimit.isLetter(first) || first == UInt8(ascii: "_") || first == UInt8(ascii: ":") || first >= 0x80
        else { return false }
        cursor.index += 1
        cursor.skip { Self.isNameCharacter($0) || $0 >= 0x80 }
        return true
    }
}
