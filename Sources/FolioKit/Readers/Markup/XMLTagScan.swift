/// Finds, in a feed's bytes, the attributes past `AttributeLimit.maximum` of every start tag
/// libxml2 2.9's XML parser could read, and the declarations of an internal document type
/// that could make it read more.
///
/// An XML start tag never reaches past the next `<` (libxml2 ends an attribute value at `<`),
/// so every `<` followed by a name is read as a start tag, wherever it stands (in a comment,
/// a CDATA section or an entity's value alike), in linear time, and none can hide a tag from
/// the scan. An internal subset could still make libxml2 build tags the bytes do not show, so
/// in it the value of a parameter entity, and of a general entity that holds a character
/// reference to `<` or a `%`, is blanked out, and so is every attribute-list declaration (its
/// defaults are checked against each element's attributes). folio reads none of these: it
/// uses only entities whose text is short and free of markup.
struct XMLTagScan {
    private var cursor: MarkupCursor
    private var excess: [Range<Int>] = []

    /// The byte ranges to blank out.
    static func excess(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var scan = XMLTagScan(cursor: MarkupCursor(bytes))
        scan.internalSubset()
        scan.startTags()
        return scan.excess
    }

    private init(cursor: MarkupCursor) { self.cursor = cursor }

    private static let less = UInt8(ascii: "<"), greater = UInt8(ascii: ">")

    // MARK: - Start tags

    private mutating func startTags() {
        cursor.index = 0
        while let open = cursor.next(Self.less) {
            cursor.index = open + 1
            if Self.isNameStart(cursor.current) { startTag() }
        }
    }

    /// The name and attributes of a start tag, as libxml2's `xmlParseStartTag2` reads them: it
    /// stops at the first attribute it cannot read.
    private mutating func startTag() {
        name()
        cursor.skipBlanks()
        var count = 0
        while cursor.current != Self.greater, !atEmptyTagEnd, AttributeLimit.isCharacter(cursor.current) {
            let start = cursor.index
            guard name() else { return }
            cursor.skipBlanks()
            guard cursor.current == UInt8(ascii: "=") else { return }
            cursor.index += 1
            cursor.skipBlanks()
            let quote = cursor.current
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return }
            cursor.index += 1
            cursor.skip { $0 != quote && $0 != Self.less && AttributeLimit.isCharacter($0) }
            let closed = cursor.current == quote
            if closed { cursor.index += 1 }
            count += 1
            if count > AttributeLimit.maximum { excess.append(start..<cursor.index) }
            guard closed, cursor.current != Self.greater, !atEmptyTagEnd, cursor.skip(while: AttributeLimit.isBlank) > 0
            else { return }
        }
    }

    private var atEmptyTagEnd: Bool { cursor.current == UInt8(ascii: "/") && cursor.byte(cursor.index + 1) == Self.greater }

    /// An XML name (or qualified name); false when none starts here. Bytes past ASCII count as
    /// name characters.
    @discardableResult
    private mutating func name() -> Bool {
        guard Self.isNameStart(cursor.current) else { return false }
        cursor.skip { Self.isNameStart($0) || AttributeLimit.isDigit($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }
        return true
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        AttributeLimit.isLetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte >= 0x80
    }

    // MARK: - The internal subset

    /// The declarations of a `<!DOCTYPE ... [ ... ]>` before the first element: comments and
    /// processing instructions skipped, the declarations described above neutralised.
    private mutating func internalSubset() {
        guard let subset = subsetStart() else { return }
        cursor.index = subset
        while let open = cursor.next(Self.less) {
            cursor.index = open
            if cursor.starts("<!--") {
                cursor.skip(past: "-->", from: cursor.index + 4)
            } else if cursor.starts("<?") {
                cursor.skip(past: "?>", from: cursor.index + 2)
            } else if cursor.starts("<!ENTITY") {
                entityDeclaration()
            } else if cursor.starts("<!ATTLIST") {
                excess.append(open..<declarationEnd())
            } else if cursor.starts("<!") {
                cursor.index = declarationEnd()
            } else {
                return  // the first element: the subset is over
            }
        }
    }

    /// Where an internal subset starts: after `[` in a document type that comes before any
    /// element (after the XML declaration, comments, processing instructions and blanks).
    private mutating func subsetStart() -> Int? {
        while true {
            cursor.skip { AttributeLimit.isBlank($0) || $0 >= 0x80 }  // and a byte-order mark
            if cursor.starts("<?") {
                cursor.skip(past: "?>", from: cursor.index + 2)
            } else if cursor.starts("<!--") {
                cursor.skip(past: "-->", from: cursor.index + 4)
            } else if cursor.starts("<!DOCTYPE") {
                cursor.index += 9
                while cursor.index < cursor.bytes.count {
                    switch cursor.current {
                    case UInt8(ascii: "["): return cursor.index + 1
                    case Self.greater, Self.less: return nil
                    case UInt8(ascii: "\""), UInt8(ascii: "'"): skipLiteral()
                    default: cursor.index += 1
                    }
                }
                return nil
            } else {
                return nil
            }
        }
    }

    /// `<!ENTITY`: a parameter entity's value is blanked, and a general entity's when it holds
    /// a `%` or a character reference to `<`.
    private mutating func entityDeclaration() {
        cursor.index += "<!ENTITY".utf8.count
        cursor.skipBlanks()
        let parameter = cursor.current == UInt8(ascii: "%")
        if parameter { cursor.index += 1 }
        cursor.skipBlanks()
        name()
        cursor.skipBlanks()
        let quote = cursor.current
        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return }
        let start = cursor.index + 1
        guard let end = cursor.next(quote, from: start) else { return }
        let value = UnsafeBufferPointer(rebasing: cursor.bytes[start..<end])
        if parameter || value.contains(UInt8(ascii: "%")) || Self.refersToLessThan(value) {
            excess.append(start..<end)
        }
        cursor.index = end + 1
    }

    /// Whether `value` holds a character reference to `<` (`&#60;`, `&#x3C;`, with any zeros).
    private static func refersToLessThan(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index + 1 < value.count {
            defer { index += 1 }
            guard value[index] == UInt8(ascii: "&"), value[index + 1] == UInt8(ascii: "#") else { continue }
            var digits = index + 2
            let hexadecimal = digits < value.count && value[digits] | 0x20 == UInt8(ascii: "x")
            if hexadecimal { digits += 1 }
            var number = 0
            while digits < value.count, number <= 0x10FFFF {
                let byte = value[digits]
                if AttributeLimit.isDigit(byte) {
                    number = number * (hexadecimal ? 16 : 10) + Int(byte - 0x30)
                } else if hexadecimal, (byte | 0x20) >= 0x61, (byte | 0x20) <= 0x66 {
                    number = number * 16 + Int((byte | 0x20) - 0x61 + 10)
                } else {
                    break
                }
                digits += 1
            }
            if number == 0x3C { return true }
        }
        return false
    }

    /// The end of the declaration at `cursor.index` (after its `>`; quoted literals skipped).
    private mutating func declarationEnd() -> Int {
        cursor.index += 2
        while cursor.index < cursor.bytes.count {
            switch cursor.current {
            case Self.greater: return cursor.index + 1
            case UInt8(ascii: "\""), UInt8(ascii: "'"): skipLiteral()
            default: cursor.index += 1
            }
        }
        return cursor.index
    }

    private mutating func skipLiteral() {
        let quote = cursor.current
        cursor.index = (cursor.next(quote, from: cursor.index + 1) ?? cursor.bytes.count - 1) + 1
    }
}
