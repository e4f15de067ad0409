/// How a file of markup begins: the name of its document type and its first element's name and
/// namespace, read after a byte-order mark, an XML declaration, comments, processing
/// instructions and a document type of any length (its internal subset included). What the
/// format detector decides a feed or a web page by, whatever the file is called.
struct MarkupStart: Equatable {
    /// The document type's name as written (`html`, `rss`), nil without one.
    var documentType: String?
    /// The first element's prefix (`r` in `<r:rss>`), nil without one.
    var prefix: String?
    /// The first element's local name as written (`rss`, `RDF`, `html`).
    var localName: String
    /// The namespace the element's own `xmlns` (or `xmlns:prefix`) attribute gives it, nil
    /// when it declares none there.
    var namespace: String?
    /// Where the document type's internal subset (between `[` and `]`) lies in the bytes, nil
    /// without one.
    var internalSubset: Range<Int>?

    /// The start of `bytes`, nil when they do not start with markup (text comes first) or the
    /// first element cannot be read.
    init?(_ bytes: [UInt8]) {
        let start = bytes.withUnsafeBufferPointer { buffer in
            var reader = Reader(MarkupCursor(buffer))
            return reader.read()
        }
        guard let start else { return nil }
        self = start
    }

    init(documentType: String?, prefix: String?, localName: String, namespace: String?) {
        self.documentType = documentType
        self.prefix = prefix
        self.localName = localName
        self.namespace = namespace
    }

    /// The namespaces that mark a feed's or a page's first element.
    enum Namespace {
        static let atom: Set<String> = [FeedNode.Namespace.atom10, FeedNode.Namespace.atom03]
        static let xhtml = "http://www.w3.org/1999/xhtml"
    }

    /// An RSS (any version, any namespace), Atom or RDF feed's first element.
    var isFeed: Bool {
        switch localName.lowercased() {
        case "rss": true
        case "feed": namespace.map(Namespace.atom.contains) ?? (prefix == nil)
        case "rdf": prefix?.lowercased() == "rdf" || namespace == FeedNode.Namespace.rdf
        default: false
        }
    }

    /// A web page's start: an HTML document type, or a first element that only a page starts
    /// with (`html`, `head`, `body`, or an element of `head`), or one in the XHTML namespace.
    var isHTML: Bool {
        if documentType?.lowercased() == "html" || namespace == Namespace.xhtml { return true }
        return ["html", "head", "body", "meta", "title", "link", "base", "style"].contains(localName.lowercased())
    }

    /// Reads the prolog, then the first start tag.
    private struct Reader {
        var cursor: MarkupCursor
        var documentType: String?
        var internalSubset: Range<Int>?

        init(_ cursor: MarkupCursor) { self.cursor = cursor }

        mutating func read() -> MarkupStart? {
            if ByteOrderMark(startOf: cursor.bytes) == .utf8 { cursor.index = 3 }
            while true {
                cursor.skip { AttributeLimit.isBlank($0) || $0 == 0x0C }
                guard cursor.current == UInt8(ascii: "<") else { return nil }
                if cursor.starts("<?") {
                    guard cursor.skip(past: "?>", from: cursor.index + 2) else { return nil }
                } else if cursor.starts("<!--") {
                    guard cursor.skip(past: "-->", from: cursor.index + 4) else { return nil }
                } else if cursor.startsIgnoringCase("<!DOCTYPE") {
                    guard readDocumentType() else { return nil }
                } else if cursor.starts("<!") {
                    guard cursor.skip(past: ">", from: cursor.index + 2) else { return nil }
                } else {
                    return readElement()
                }
            }
        }

        /// `<!DOCTYPE name ...>`: its name and where its internal subset lies kept, its literals
        /// and internal subset skipped.
        private mutating func readDocumentType() -> Bool {
            cursor.index += 9
            cursor.skipBlanks()
            documentType = name().map { String(decoding: $0, as: UTF8.self) }
            var inSubset = false
            var subsetStart = 0
            while cursor.index < cursor.bytes.count {
                switch cursor.current {
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    guard let end = cursor.next(cursor.current, from: cursor.index + 1) else { return false }
                    cursor.index = end + 1
                case UInt8(ascii: "[") where !inSubset:
                    inSubset = true
                    cursor.index += 1
                    subsetStart = cursor.index
                case UInt8(ascii: "]") where inSubset:
                    inSubset = false
                    internalSubset = subsetStart..<cursor.index
                    cursor.index += 1
                case UInt8(ascii: "<") where inSubset && cursor.starts("<!--"):
                    guard cursor.skip(past: "-->", from: cursor.index + 4) else { return false }
                case UInt8(ascii: "<") where inSubset && cursor.starts("<?"):
                    guard cursor.skip(past: "?>", from: cursor.index + 2) else { return false }
                case UInt8(ascii: ">") where !inSubset:
                    cursor.index += 1
                    return true
                default:
                    cursor.index += 1
                }
            }
            return false
        }

        /// The first start tag: its name, and its `xmlns` attributes for the namespace.
        private mutating func readElement() -> MarkupStart? {
            cursor.index += 1
            guard let qualified = name() else { return nil }
            let colon = qualified.firstIndex(of: UInt8(ascii: ":"))
            let prefix = colon.map { Array(qualified[..<$0]) }
            let local = colon.map { Array(qualified[($0 + 1)...]) } ?? qualified
            let wanted = prefix.map { Array("xmlns:".utf8) + $0 } ?? Array("xmlns".utf8)
            var namespace: String?
            while true {
                cursor.skipBlanks()
                guard let attribute = name() else { break }
                cursor.skipBlanks()
                guard cursor.current == UInt8(ascii: "=") else { continue }
                cursor.index += 1
                cursor.skipBlanks()
                let value = attributeValue()
                if attribute == wanted, namespace == nil { namespace = value }
            }
            guard !local.isEmpty else { return nil }
            var start = MarkupStart(
                documentType: documentType, prefix: prefix.map { String(decoding: $0, as: UTF8.self) },
                localName: String(decoding: local, as: UTF8.self), namespace: namespace)
            start.internalSubset = internalSubset
            return start
        }

        private mutating func attributeValue() -> String {
            let quote = cursor.current
            let start: Int
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                start = cursor.index + 1
                let end = cursor.next(quote, from: start) ?? cursor.bytes.count
                cursor.index = min(end + 1, cursor.bytes.count)
                return String(decoding: cursor.bytes[start..<end], as: UTF8.self)
            }
            start = cursor.index
            cursor.skip { !AttributeLimit.isBlank($0) && $0 != UInt8(ascii: ">") }
            return String(decoding: cursor.bytes[start..<cursor.index], as: UTF8.self)
        }

        /// A name: letters, digits, `_:.-` and any bytes past ASCII; nil when none starts here.
        private mutating func name() -> [UInt8]? {
            let first = cursor.current
            guard AttributeLimit.isLetter(first) || first == UInt8(ascii: "_") || first == UInt8(ascii: ":") || first >= 0x80
            else { return nil }
            let start = cursor.index
            cursor.skip {
                AttributeLimit.isLetter($0) || AttributeLimit.isDigit($0) || $0 >= 0x80 || $0 == UInt8(ascii: "_")
                    || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-")
            }
            return Array(cursor.bytes[start..<cursor.index])
        }
    }
}
