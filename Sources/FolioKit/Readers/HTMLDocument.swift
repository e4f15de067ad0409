import CLibXML2

/// A web page parsed by libxml2's forgiving HTML parser; the libxml2 tree is freed with the
/// value. Parsing never touches the network and keeps libxml2's nesting limit (256 levels), so
/// hostile pages stay bounded in time and memory.
final class HTMLDocument {
    private let document: htmlDocPtr

    private static let setUp: Void = xmlInitParser()

    /// Parses `bytes` decoded as `encoding` (see `CharsetDetector`); nil when libxml2 gives up
    /// (it recovers from almost anything, so only for empty or unreadable input).
    init?(bytes: [UInt8], encoding: String) {
        _ = HTMLDocument.setUp
        let size = Int32(clamping: bytes.count)
        let options = folio_html_parse_options()
        let parsed = bytes.withUnsafeBufferPointer { buffer -> htmlDocPtr? in
            guard let base = buffer.baseAddress else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                htmlReadMemory(chars, size, nil, encoding, options)
                    ?? htmlReadMemory(chars, size, nil, "windows-1252", options)
            }
        }
        guard let parsed else { return nil }
        document = parsed
    }

    deinit { xmlFreeDoc(document) }

    /// Copies the parsed page into a Swift tree of elements and text (comments and processing
    /// instructions are dropped), walking without recursion.
    func makeTree() -> HTMLTree {
        var tree = HTMLTree()
        var node = document.pointee.children
        var parents: [Int] = [HTMLTree.rootIndex]
        while let current = node {
            var descend = false
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                let name = Self.string(current.pointee.name)
                let index = tree.append(
                    HTMLNode(name: name, attributes: Self.attributes(of: current, name: name)),
                    to: parents[parents.count - 1])
                if current.pointee.children != nil {
                    parents.append(index)
                    descend = true
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let text = Self.string(current.pointee.content)
                if !text.isEmpty { tree.append(HTMLNode(text: text), to: parents[parents.count - 1]) }
            default:
                break
            }
            if descend {
                node = current.pointee.children
                continue
            }
            var next = current
            while next.pointee.next == nil {
                guard let up = next.pointee.parent, parents.count > 1 else { return tree }
                parents.removeLast()
                next = up
            }
            node = next.pointee.next
        }
        return tree
    }

    /// The attributes folio reads; others (`src`, `srcset`, `data-*`, ...) are not copied.
    static let keptAttributes: Set<String> = [
        "class", "id", "style", "hidden", "aria-hidden", "aria-modal", "role", "rel", "itemprop", "href",
        "name", "property", "content", "datetime", "type", "summary", "datatable",
    ]

    /// Where embedded players point: kept only on `iframe`, `embed` and `object`.
    static let embedAttributes: Set<String> = ["src", "data"]

    private static func attributes(of node: xmlNodePtr, name element: String) -> [HTMLAttribute] {
        var result: [HTMLAttribute] = []
        let isEmbed = ReadabilityPass.embedElements.contains(element)
        var attribute = node.pointee.properties
        while let current = attribute {
            // libxml2's HTML parser lowercases attribute names.
            let name = string(current.pointee.name)
            if keptAttributes.contains(name) || (isEmbed && embedAttributes.contains(name)) {
                var value = ""
                if let text = current.pointee.children, let content = text.pointee.content {
                    value = String(cString: content)
                }
                result.append(HTMLAttribute(name: name, value: value))
            }
            attribute = current.pointee.next
        }
        return result
    }

    private static func string(_ chars: UnsafePointer<xmlChar>?) -> String {
        guard let chars else { return "" }
        return String(cString: chars)
    }
}
