internal import CLibXML2

/// Parses a web page with libxml2's forgiving HTML parser straight into an `HTMLTree`: the
/// parser's SAX events build the tree, so libxml2 never builds (and frees) its own copy of the
/// page. The tree is the one libxml2's tree builder would make, comments and processing
/// instructions left out, down to `TreeBuilder.maxDepth` levels; deeper elements are laid
/// side by side at that depth, so deep pages keep all their text in bounded nesting. Parsing
/// never touches the network, and the attributes of each tag are limited (see
/// `AttributeLimit`), so hostile pages stay bounded in time and memory.
enum HTMLParser {
    /// The attributes folio reads on any element; others (`srcset`, most `data-*`, ...) are
    /// not copied.
    static let keptAttributes: Set<String> = [
        "class", "id", "style", "hidden", "aria-hidden", "aria-modal", "role", "rel", "itemprop", "href",
        "name", "property", "content", "datetime", "type", "summary", "datatable",
    ]

    /// Where embedded players point: kept only on `iframe`, `embed` and `object`.
    static let embedAttributes: Set<String> = ["src", "data"]

    /// Where an image's picture is, in the order they are tried (lazy loaders keep it in a
    /// `data-` attribute while `src` holds a placeholder).
    static let imageSourceAttributes = ["src", "data-src", "data-original", "data-lazy-src"]

    /// What an image keeps: its picture, its text and its size (which tells a tracking pixel).
    static let imageAttributes = Set(imageSourceAttributes).union(["alt", "width", "height"])

    /// The tree of `bytes` decoded as `encoding` (see `CharsetDetector`); nil when libxml2
    /// cannot be loaded or cannot start (no memory).
    static func tree(_ bytes: [UInt8], encoding: String) -> HTMLTree? {
        guard let xml = LibXML2.functions else { return nil }
        // In a stateful 7-bit encoding (ISO-2022-JP, UTF-7, HZ) bytes such as `<` and `"` can
        // be parts of other characters: the page is read as UTF-8, so that the attribute
        // limit finds the tags libxml2 will.
        var bytes = bytes, encoding = encoding
        if isStateful(encoding), let converted = utf8(bytes, from: encoding, with: xml) {
            (bytes, encoding) = (converted, "UTF-8")
        }
        let builder = TreeBuilder()
        var events = TreeBuilder.events
        let parsed = withExtendedLifetime(builder) {
            AttributeLimit.html(bytes).withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    folio_html_parse(
                        xml, chars.baseAddress, Int32(clamping: chars.count), encoding, &events,
                        Unmanaged.passUnretained(builder).toOpaque())
                }
            }
        }
        guard parsed != 0 else { return nil }
        builder.endTextRun()
        return builder.tree
    }

    /// Whether `encoding` shifts between character sets with escapes inside 7-bit bytes.
    static func isStateful(_ encoding: String) -> Bool {
        let name = encoding.lowercased()
        return name.hasPrefix("iso-2022") || name.hasPrefix("csiso2022") || name.hasPrefix("hz")
            || ["utf-7", "utf7", "unicode-1-1-utf-7", "csunicode11utf7", "x-imap4-modified-utf7"].contains(name)
    }

    /// `bytes` in `encoding` as UTF-8 (as far as they convert), by libxml2's own converter.
    private static func utf8(_ bytes: [UInt8], from encoding: String, with xml: UnsafePointer<folio_libxml2>) -> [UInt8]? {
        let converted = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { folio_convert_to_utf8(xml, encoding, $0.baseAddress, Int32(clamping: $0.count)) }
        }
        guard let converted else { return nil }
        defer { xml.pointee.xmlBufferFree(converted) }
        let length = Int(xml.pointee.xmlBufferLength(converted))
        guard let content = xml.pointee.xmlBufferContent(converted) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: length))
    }
}

/// Turns SAX events into an `HTMLTree` exactly as libxml2's own tree builder (SAX2.c) links
/// nodes: adjacent text joins into one node (text and CDATA apart, and a comment between two
/// runs keeps them apart); text outside any element is dropped; an element opened after the
/// root element has closed goes inside the root, unless the document begins with a DOCTYPE or
/// a comment, in which case it becomes the root's sibling.
///
/// Past `maxDepth` open elements the page is flattened: each deeper block (a paragraph, a
/// `div`) becomes the next child of the element at that depth, each deeper inline element (a
/// link, emphasis) a child of the block it is in, with their attributes; text goes into the
/// element it was read in, or, once a nested element has closed, into a copy of that element
/// beside it. So the text stays in order, paragraphs stay apart and links stay links, and no
/// walk over the tree goes more than three levels deeper than `maxDepth`.
private final class TreeBuilder {
    /// The nesting the tree keeps (libxml2's own tree builder stops at 256).
    static let maxDepth = 256

    var tree = HTMLTree()
    /// The open elements, innermost last; empty at the document level. At most `maxDepth`.
    private var open: [Int] = []
    /// The open elements past `maxDepth`, innermost last: each as read (name and
    /// attributes), and whether it is inline.
    private var flattened: [(element: HTMLNode, isInline: Bool)] = []
    /// The flattened block and inline element that take what is read now; nil when an
    /// element has closed since (a copy is made when more text comes).
    private var flatBlock: Int?
    private var flatInline: Int?
    /// Elements that stay inside a paragraph.
    private static let inlineElements = ReadabilityPass.phrasingElements.union(["a", "del", "ins"])
    /// The document's first child, which decides where a second top-level element goes.
    private var documentStart = DocumentStart.empty
    /// The text of the run being read, its kind, and whether a run is open.
    private var text: [UInt8] = []
    private var textIsCDATA = false
    private var inTextRun = false
    /// The source line the text run starts on (0: unknown).
    private var textLine: Int32 = 0

    private enum DocumentStart {
        case empty
        case element(Int)
        case other
    }

    static var events: htmlSAXHandler {
        var handler = htmlSAXHandler()
        handler.initialized = 1
        handler.startElement = { context, name, attributes in
            TreeBuilder.from(context).startElement(name, attributes)
        }
        handler.endElement = { context, _ in TreeBuilder.from(context).endElement() }
        handler.characters = { context, characters, length in
            TreeBuilder.from(context).addText(characters, length, isCDATA: false, line: TreeBuilder.line(context))
        }
        handler.cdataBlock = { context, characters, length in
            TreeBuilder.from(context).addText(characters, length, isCDATA: true, line: TreeBuilder.line(context))
        }
        handler.comment = { context, _ in TreeBuilder.from(context).addOther() }
        handler.processingInstruction = { context, _, _ in TreeBuilder.from(context).addOther() }
        handler.internalSubset = { context, _, _, _ in TreeBuilder.from(context).addDoctype() }
        return handler
    }

    /// The builder of the parse whose context is `context` (its `_private`, set by
    /// `folio_html_parse` to the builder `HTMLParser.tree` keeps alive for the parse).
    private static func from(_ context: UnsafeMutableRawPointer?) -> TreeBuilder {
        let parser = context.unsafelyUnwrapped.assumingMemoryBound(to: xmlParserCtxt.self)
        return Unmanaged<TreeBuilder>.fromOpaque(UnsafeRawPointer(parser.pointee._private.unsafelyUnwrapped))
            .takeUnretainedValue()
    }

    private func startElement(_ name: UnsafePointer<xmlChar>?, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        endTextRun()
        let name = Self.string(name)
        let node = HTMLNode(name: name, attributes: keptAttributes(attributes, element: name))
        if let floor = open.last, open.count >= Self.maxDepth {
            let isInline = Self.inlineElements.contains(name)
            if isInline {
                flatInline = tree.append(node, to: flatBlockParent(floor))
            } else {
                flatBlock = tree.append(node, to: floor)
                flatInline = nil
            }
            flattened.append((node, isInline))
            return
        }
        let index: Int
        if let parent = open.last {
            index = tree.append(node, to: parent)
        } else {
            switch documentStart {
            case .empty:
                index = tree.append(node, to: HTMLTree.rootIndex)
                documentStart = .element(index)
            case .element(let root):
                index = tree.append(node, to: root)
            case .other:
                index = tree.append(node, to: HTMLTree.rootIndex)
            }
        }
        open.append(index)
    }

    private func endElement() {
        endTextRun()
        if let closed = flattened.popLast() {
            flatInline = nil
            if !closed.isInline { flatBlock = nil }
        } else if !open.isEmpty {
            open.removeLast()
        }
    }

    /// The parser's line (1-based) in the page's source, where its reading has got to.
    private static func line(_ context: UnsafeMutableRawPointer?) -> Int32 {
        context.unsafelyUnwrapped.assumingMemoryBound(to: xmlParserCtxt.self).pointee.input?.pointee.line ?? 0
    }

    /// Adds text to the run; `line` is the parser's line after reading it.
    private func addText(_ characters: UnsafePointer<xmlChar>?, _ length: Int32, isCDATA: Bool, line: Int32) {
        // Text outside every element has no node to go into.
        guard !open.isEmpty, let characters, length > 0 else { return }
        if inTextRun, textIsCDATA != isCDATA { endTextRun() }
        // libxml2 hands text over once read: the run started as many lines back as it has newlines.
        if !inTextRun { textLine = line - Int32(UnsafeBufferPointer(start: characters, count: Int(length)).count { $0 == 0x0A }) }
        inTextRun = true
        textIsCDATA = isCDATA
        text.append(contentsOf: UnsafeBufferPointer(start: characters, count: Int(length)))
    }

    /// A comment or processing instruction: not kept, but it ends a text run, and at the
    /// document's start it takes the first place.
    private func addOther() {
        endTextRun()
        if open.isEmpty, case .empty = documentStart { documentStart = .other }
    }

    /// A DOCTYPE always becomes the document's first child.
    private func addDoctype() {
        endTextRun()
        documentStart = .other
    }

    /// Adds the text read since the last element, comment or change of kind as one node.
    func endTextRun() {
        guard inTextRun else { return }
        inTextRun = false
        if let parent = textParent(), !text.isEmpty {
            tree.append(HTMLNode(text: String(decoding: text, as: UTF8.self), line: visibleLine()), to: parent)
        }
        text.removeAll(keepingCapacity: true)
    }

    /// The line of the run's first character that is not white space (0: unknown).
    private func visibleLine() -> Int32 {
        guard textLine > 0 else { return 0 }
        let leading = text.prefix { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }
        return textLine + Int32(leading.count { $0 == 0x0A })
    }

    /// The element text goes into: the innermost open one, or past `maxDepth` the flattened
    /// element it was read in (a copy of it after a nested element closed).
    private func textParent() -> Int? {
        guard let floor = open.last, let innermost = flattened.last else { return open.last }
        if let inline = flatInline { return inline }
        let block = flatBlockParent(floor)
        guard innermost.isInline else { return block }
        let copy = tree.append(HTMLNode(name: innermost.element.name, attributes: innermost.element.attributes), to: block)
        flatInline = copy
        return copy
    }

    /// The flattened block that takes what is read now past `maxDepth`: the open one, a copy
    /// of the innermost flattened block when a nested one has closed, or `floor` itself.
    private func flatBlockParent(_ floor: Int) -> Int {
        if let block = flatBlock { return block }
        guard let innermost = flattened.last(where: { !$0.isInline }) else { return floor }
        let copy = tree.append(HTMLNode(name: innermost.element.name, attributes: innermost.element.attributes), to: floor)
        flatBlock = copy
        return copy
    }

    /// The attributes folio reads of those libxml2 gives `element`; counts them all.
    private func keptAttributes(_ list: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, element: String) -> [HTMLAttribute] {
        guard let list else { return [] }
        var result: [HTMLAttribute] = []
        let isEmbed = ReadabilityPass.embedElements.contains(element), isImage = element == "img"
        var index = 0
        defer { tree.mostAttributes = max(tree.mostAttributes, index / 2) }
        // Name and value pairs, ended by a nil name; libxml2 lowercases the names.
        while let rawName = list[index] {
            let name = Self.string(rawName)
            if HTMLParser.keptAttributes.contains(name) || (isEmbed && HTMLParser.embedAttributes.contains(name))
                || (isImage && HTMLParser.imageAttributes.contains(name))
            {
                // A value-less attribute (`hidden`) reads as empty. (libxml2's tree gives a few
                // HTML 4 boolean attributes such as `checked` their name as value; folio keeps
                // none of them.)
                let value = list[index + 1].map { String(cString: $0) } ?? ""
                result.append(HTMLAttribute(name: name, value: value))
            }
            index += 2
        }
        return result
    }

    private static func string(_ chars: UnsafePointer<xmlChar>?) -> String {
        guard let chars else { return "" }
        return String(cString: chars)
    }
}
