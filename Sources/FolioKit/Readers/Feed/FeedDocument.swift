internal import CLibXML2

/// A feed parsed by libxml2's XML parser; the libxml2 tree is freed with the value.
///
/// The parser recovers from errors, stays silent and never touches the network. Entities are
/// not substituted (no `XML_PARSE_NOENT`) and external DTDs are not loaded (no
/// `XML_PARSE_DTDLOAD`), so an external entity is never read and an entity bomb is never
/// expanded: each entity's replacement text is parsed once and libxml2's amplification checks
/// stop loops. The attributes of each tag are limited first (see `AttributeLimit`), which keeps
/// libxml2 linear. Without `XML_PARSE_HUGE` libxml2 stops at 256 levels of nesting, and every
/// walk over the tree here is iterative.
final class FeedDocument {
    private let document: xmlDocPtr
    /// Whether libxml2 met no error.
    let wellFormed: Bool
    /// The last error libxml2 reported, as `line N: message`.
    let lastError: String?

    /// libxml2, which made the document and frees it.
    private let xml: UnsafePointer<folio_libxml2>

    /// Parses `bytes` with libxml2 (`xml`); nil when libxml2 finds no document at all (empty or
    /// binary input).
    init?(bytes: [UInt8], with xml: UnsafePointer<folio_libxml2>) {
        self.xml = xml
        guard let context = xml.pointee.xmlNewParserCtxt() else { return nil }
        defer { xml.pointee.xmlFreeParserCtxt(context) }
        // An encoding folio decides overrides the document's declaration (IGNORE_ENC).
        let encoding = CharsetDetector.feedEncoding(of: bytes)
        let options = Int32(
            bitPattern: XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
                | XML_PARSE_NOWARNING.rawValue | XML_PARSE_COMPACT.rawValue
                | (encoding == nil ? 0 : XML_PARSE_IGNORE_ENC.rawValue))
        let parsed = AttributeLimit.xml(bytes).withUnsafeBufferPointer { buffer -> xmlDocPtr? in
            guard let base = buffer.baseAddress else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                xml.pointee.xmlCtxtReadMemory(context, chars, Int32(clamping: buffer.count), nil, encoding, options)
            }
        }
        wellFormed = context.pointee.wellFormed != 0
        if let error = xml.pointee.xmlCtxtGetLastError(context), let message = error.pointee.message {
            let text = HTMLText.collapsed(String(cString: message))
            lastError = error.pointee.line > 0 ? "line \(error.pointee.line): \(text)" : text
        } else {
            lastError = nil
        }
        guard let parsed else { return nil }
        document = parsed
    }

    deinit { xml.pointee.xmlFreeDoc(document) }

    /// The root element, if the document has one.
    var root: FeedNode? { xml.pointee.xmlDocGetRootElement(document).map { FeedNode(pointer: $0, document: document) } }
}
