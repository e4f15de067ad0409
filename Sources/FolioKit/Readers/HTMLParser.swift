internal import CLibXML2

/// Parses a web page with libxml2's forgiving HTML parser straight into an `HTMLTree`: the
/// parser's SAX events build the tree, so libxml2 never builds (and frees) its own copy of the
/// page. The tree is the one libxml2's tree builder would make, comments and processing
/// instructions left out. Parsing never touches the network and keeps libxml2's nesting limit
/// (256 levels), so hostile pages stay bounded in time and memory.
enum HTMLParser {
    /// The attributes folio reads; others (`src`, `srcset`, `data-*`, ...) are not copied.
    static let keptAttributes: Set<String> = [
        "class", "id", "style", "hidden", "aria-hidden", "aria-modal", "role", "rel", "itemprop", "href",
        "name", "property", "content", "datetime", "type", "summary", "datatable",
    ]

    /// Where embedded players point: kept only on `iframe`, `embed` and `object`.
    static let embedAttributes: Set<String> = ["src", "data"]

    /// The tree of `bytes` decoded as `encoding` (see `CharsetDetector`); nil when libxml2
    /// cannot be loaded or cannot start (no memory).
    static func tree(_ bytes: [UInt8], encoding: String) -> HTMLTree? {
        guard let xml = LibXML2.functions else { return nil }
        let builder = TreeBuilder()
        var events = TreeBuilder.events
        let parsed = withExtendedLifetime(builder) {
            bytes.withUnsafeBufferPointer { buffer in
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
}

/// Turns SAX events into an `HTMLTree` exactly as libxml2's own tree builder (SAX2.c) links
/// nodes: adjacent text joins into one node (text and CDATA apart, and a comment between two
/// runs keeps them apart); text outside any element is dropped; an element opened after the
/// root element has closed goes inside the root, unless the document begins with a DOCTYPE or
/// a comment, in which case it becomes the root's sibling; an element deeper than 257 open
/// elements stops the parse, the page read so far kept (libxml2's nesting limit).
private final class TreeBuilder {
    /// libxml2's `xmlParserMaxDepth`: the open elements beyond which an element stops the parse.
    static let maxDepth = 256

    var tree = HTMLTree()
    /// The open elements, innermost last; empty at the document level.
    private var open: [Int] = []
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
            TreeBuilder.from(context).startElement(context, name, attributes)
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

    private func startElement(
        _ context: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?,
        _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) {
        endTextRun()
        guard open.count <= Self.maxDepth else {
            LibXML2.functions?.pointee.xmlStopParser(context?.assumingMemoryBound(to: xmlParserCtxt.self))
            return
        }
        let name = Self.string(name)
        let node = HTMLNode(name: name, attributes: Self.attributes(attributes, element: name))
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
        if !open.isEmpty { open.removeLast() }
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
        if let parent = open.last, !text.isEmpty {
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

    private static func attributes(_ list: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, element: String) -> [HTMLAttribute] {
        guard let list else { return [] }
        var result: [HTMLAttribute] = []
        let isEmbed = ReadabilityPass.embedElements.contains(element)
        var index = 0
        // Name and value pairs, ended by a nil name; libxml2 lowercases the names.
        while let rawName = list[index] {
            let name = string(rawName)
            if HTMLParser.keptAttributes.contains(name) || (isEmbed && HTMLParser.embedAttributes.contains(name)) {
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
