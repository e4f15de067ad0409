internal import CLibXML2

/// OPML 1.0 and 2.0 subscription lists: read (`read`) and written as OPML 2.0 (`bytes`).
///
/// An outline with an `xmlUrl` is a subscription, named by its `text` (else `title`); outlines
/// without one are folders, and the folders a subscription is nested in become its category
/// (`Tech/Linux`), followed by the categories of its `category` attribute (comma-separated,
/// the leading `/` of OPML 2.0's form dropped). Parsed by the hardened parser feeds use: no
/// entity is expanded, no DTD or other file is read.
public enum OPMLDocument {
    /// The namespace of folio's own attributes (`folio:fullText`).
    static let namespace = "https://folio.invalid/ns/opml/1"

    /// Reads an OPML file; a failure says why it is not one.
    public static func read(_ bytes: [UInt8]) -> Result<OutlineImport, NotOPML> {
        guard case .success(let functions) = LibXML2.loaded else {
            return .failure(NotOPML(reason: "reading OPML needs libxml2, which could not be loaded"))
        }
        guard let document = FeedDocument(bytes: bytes, with: functions.table), let root = document.root else {
            return .failure(NotOPML(reason: "not XML"))
        }
        guard root.name.lowercased() == "opml" else { return .failure(NotOPML(reason: "<\(root.name)> is not OPML")) }
        var result = OutlineImport()
        guard let body = root.children.first(where: { $0.name.lowercased() == "body" }) else { return .success(result) }
        // Depth first, iteratively: an outline and the folders it is in.
        var stack: [(FeedNode, [String])] = body.children.reversed().map { ($0, []) }
        while let (node, folders) = stack.popLast() {
            guard node.name.lowercased() == "outline" else { continue }
            let text = (node.attribute("text") ?? node.attribute("title")).map { HTMLText.collapsed($0) }.flatMap { $0.isEmpty ? nil : $0 }
            guard let url = node.attribute("xmlUrl") ?? node.attribute("xmlurl") ?? node.attribute("url").flatMap({ node.attribute("type") == "rss" ? $0 : nil }) else {
                let inner = text.map { folders + [$0] } ?? folders
                stack += node.children.reversed().map { ($0, inner) }
                continue
            }
            let address = HTMLText.collapsed(url)
            let lowered = address.lowercased()
            guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://") else {
                result.notes.append("\(text ?? address): not an http or https address; skipped")
                continue
            }
            var categories = folders.isEmpty ? [] : [folders.joined(separator: "/")]
            for category in (node.attribute("category") ?? "").split(separator: ",") {
                var name = HTMLText.collapsed(String(category))
                if name.hasPrefix("/") { name.removeFirst() }
                if !name.isEmpty, !categories.contains(name) { categories.append(name) }
            }
            let title = node.attribute("title").map { HTMLText.collapsed($0) }.flatMap { $0.isEmpty ? nil : $0 }
            // The text is the name unless it only repeats the title or the address (as folio
            // and other readers write an outline without a name of its own).
            let name = node.attribute("text") == nil || text == address || text == title ? nil : text
            let fullText = node.attribute("fullText", namespace: namespace) == "true"
            result.outlines.append(SubscriptionOutline(url: address, name: name, title: title, categories: categories, fullText: fullText))
        }
        return .success(withExtendedLifetime(document) { result })
    }

    /// Why bytes are not OPML.
    public struct NotOPML: Error, Equatable, Sendable {
        /// What is wrong, e.g. `not XML`.
        public var reason: String
    }

    /// An OPML 2.0 document of `outlines`, titled `title`: each subscription in the folders of
    /// its first category (`A/B` nests in `A`, then `B`), its other categories in its
    /// `category` attribute.
    public static func bytes(_ outlines: [SubscriptionOutline], title: String) -> [UInt8] {
        var xml = XMLText()
        xml.raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<opml version=\"2.0\" xmlns:folio=\"\(namespace)\">\n<head>\n")
        xml.element("title", title)
        xml.raw("</head>\n<body>\n")
        // Folders in the order their first subscription comes.
        var folders: [[String]] = []
        var members: [[String]: [SubscriptionOutline]] = [:]
        for outline in outlines {
            let path = outline.categories.first.map { $0.split(separator: "/").map(String.init) } ?? []
            if members[path] == nil { folders.append(path) }
            members[path, default: []].append(outline)
        }
        var open: [String] = []
        for path in folders.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            var common = 0
            while common < min(open.count, path.count), open[common] == path[common] { common += 1 }
            for _ in common..<open.count { xml.raw(String(repeating: "  ", count: open.count) + "</outline>\n"); open.removeLast() }
            for name in path[common...] {
                xml.raw(String(repeating: "  ", count: open.count + 1) + "<outline text=\"")
                xml.text(name)
                xml.raw("\">\n")
                open.append(name)
            }
            for outline in members[path] ?? [] {
                xml.raw(String(repeating: "  ", count: open.count + 1) + "<outline type=\"rss\" text=\"")
                xml.text(outline.name ?? outline.title ?? outline.url)
                if let title = outline.title {
                    xml.raw("\" title=\"")
                    xml.text(title)
                }
                xml.raw("\" xmlUrl=\"")
                xml.text(outline.url)
                xml.raw("\"")
                if outline.categories.count > 1 {
                    xml.raw(" category=\"")
                    xml.text(outline.categories.dropFirst().map { "/" + $0 }.joined(separator: ","))
                    xml.raw("\"")
                }
                if outline.fullText { xml.raw(" folio:fullText=\"true\"") }
                xml.raw("/>\n")
            }
        }
        while !open.isEmpty {
            xml.raw(String(repeating: "  ", count: open.count) + "</outline>\n")
            open.removeLast()
        }
        xml.raw("</body>\n</opml>\n")
        return xml.bytes
    }
}
