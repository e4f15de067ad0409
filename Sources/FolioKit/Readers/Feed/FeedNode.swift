internal import CLibXML2
import Foundation

/// An element of a `FeedDocument`; valid while the document is alive.
struct FeedNode {
    let pointer: xmlNodePtr
    let document: xmlDocPtr

    /// The namespaces folio reads elements from.
    enum Namespace {
        static let atom10 = "http://www.w3.org/2005/Atom"
        static let atom03 = "http://purl.org/atom/ns#"
        static let rss10 = "http://purl.org/rss/1.0/"
        static let rss090 = "http://my.netscape.com/rdf/simple/0.9/"
        static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
        static let dublinCore = "http://purl.org/dc/elements/1.1/"
        static let content = "http://purl.org/rss/1.0/modules/content/"
        static let xml = "http://www.w3.org/XML/1998/namespace"
        /// RSS's own elements: no namespace, RSS 1.0, RSS 0.90 and the RSS 2.0 namespaces some
        /// feeds declare ("" stands for no namespace).
        static let rss: Set<String> = [
            "", rss10, rss090, "http://backend.userland.com/rss2", "http://blogs.law.harvard.edu/tech/rss",
        ]
        /// Atom's own elements (no namespace tolerated).
        static let atom: Set<String> = ["", atom10, atom03]
    }

    /// The element's local name.
    var name: String { String(cString: pointer.pointee.name) }

    /// The element's namespace URI, "" when it has none.
    var namespace: String { pointer.pointee.ns?.pointee.href.map { String(cString: $0) } ?? "" }

    /// The element children in document order.
    var children: [FeedNode] {
        var result: [FeedNode] = []
        var child = pointer.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(FeedNode(pointer: current, document: document)) }
            child = current.pointee.next
        }
        return result
    }

    /// The child elements named `name` in one of `namespaces`.
    func children(_ name: String, in namespaces: Set<String>) -> [FeedNode] {
        children.filter { $0.name == name && namespaces.contains($0.namespace) }
    }

    /// The first child element named `name` in one of `namespaces`.
    func child(_ name: String, in namespaces: Set<String>) -> FeedNode? {
        children.first { $0.name == name && namespaces.contains($0.namespace) }
    }

    /// How many attributes the element has (namespace declarations aside).
    var attributeCount: Int {
        var count = 0
        var attribute = pointer.pointee.properties
        while let current = attribute {
            count += 1
            attribute = current.pointee.next
        }
        return count
    }

    /// The value of an attribute (any namespace), nil when absent.
    func attribute(_ name: String) -> String? {
        attribute { String(cString: $0.pointee.name) == name }
    }

    /// The value of the attribute `name` in the namespace `namespace`.
    func attribute(_ name: String, namespace: String) -> String? {
        attribute { String(cString: $0.pointee.name) == name && $0.pointee.ns?.pointee.href.map { String(cString: $0) } == namespace }
    }

    /// The value of the first attribute `matches` accepts.
    private func attribute(where matches: (xmlAttrPtr) -> Bool) -> String? {
        var attribute = pointer.pointee.properties
        while let current = attribute {
            if matches(current) {
                var value = ""
                var child = current.pointee.children
                while let text = child {
                    if let content = text.pointee.content { value += String(cString: content) }
                    child = text.pointee.next
                }
                return value
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// The text of the element and its descendants. References to entities the document
    /// declares are replaced only by short replacement text without markup, so no
    /// expansion can grow.
    var text: String {
        var result = ""
        var stack: [xmlNodePtr] = []
        var node = pointer.pointee.children
        while true {
            guard let current = node else {
                guard let parent = stack.popLast() else { break }
                node = parent.pointee.next
                continue
            }
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { result += String(cString: content) }
            case XML_ENTITY_REF_NODE:
                result += entityText(current)
            case XML_ELEMENT_NODE where current.pointee.children != nil:
                stack.append(current)
                node = current.pointee.children
                continue
            default:
                break
            }
            node = current.pointee.next
        }
        return result
    }

    /// The element's children serialised as XML (for Atom `xhtml` content).
    var innerXML: String {
        // A node exists only in a document libxml2 made: it is loaded.
        guard let xml = LibXML2.functions, let buffer = xml.pointee.xmlBufferCreate() else { return "" }
        defer { xml.pointee.xmlBufferFree(buffer) }
        var child = pointer.pointee.children
        while let current = child {
            _ = xml.pointee.xmlNodeDump(buffer, document, current, 0, 0)
            child = current.pointee.next
        }
        return xml.pointee.xmlBufferContent(buffer).map { String(cString: $0) } ?? ""
    }

    /// The `xml:base` in effect for this element, resolved through its ancestors.
    var base: String? {
        var bases: [String] = []
        var node: xmlNodePtr? = pointer
        while let current = node, current.pointee.type == XML_ELEMENT_NODE {
            if let value = FeedNode(pointer: current, document: document).xmlBase { bases.append(value) }
            node = current.pointee.parent
        }
        return bases.reversed().reduce(nil as String?) { resolved, next in
            guard let resolved else { return next }
            return FeedNode.resolve(next, against: resolved)
        }
    }

    private var xmlBase: String? { attribute("base", namespace: Namespace.xml) }

    /// `relative` made absolute against `base` (unchanged when either is not a URL).
    static func resolve(_ relative: String, against base: String?) -> String {
        guard let base, let baseURL = URL(string: base), let url = URL(string: relative, relativeTo: baseURL) else {
            return relative
        }
        return url.absoluteString
    }

    /// The text an entity reference stands for: a short, markup-free internal entity's
    /// replacement text, an HTML entity (`&nbsp;`, `&eacute;`) feeds use without declaring
    /// it, or nothing.
    private func entityText(_ reference: xmlNodePtr) -> String {
        guard let name = reference.pointee.name, let xml = LibXML2.functions else { return "" }
        guard let entity = xml.pointee.xmlGetDocEntity(document, name) else {
            guard let value = xml.pointee.htmlEntityLookup(name)?.pointee.value, value >= 0x20,
                let scalar = Unicode.Scalar(value)
            else { return "" }
            return String(Character(scalar))
        }
        guard entity.pointee.etype == XML_INTERNAL_GENERAL_ENTITY, let content = entity.pointee.content,
            entity.pointee.length <= 1024
        else { return "" }
        let text = String(cString: content)
        return text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C }) ? "" : text
    }
}
