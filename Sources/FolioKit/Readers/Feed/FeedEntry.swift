import Foundation

/// The fields folio reads from a feed's channel or from one item or entry: title, author,
/// date, link and content (as HTML).
struct FeedEntry {
    /// The title as plain text.
    var title: String?
    /// The author's name.
    var author: String?
    /// The date as written.
    var dateText: String?
    /// The item's own address, made absolute.
    var link: String?
    /// The content as HTML: `content:encoded`, Atom `content`, `summary` or `description`.
    var contentHTML: String?
    /// The `xml:base` in effect, for relative links in the content.
    var base: String?
    /// The item's identifier as written: RSS `guid`, Atom `id`.
    var guid: String?
    /// A channel's address of itself (`atom:link rel="self"`, in RSS or Atom), made absolute.
    var selfLink: String?

    /// Reads a channel, item or entry element whose fields are in `namespaces` (see
    /// `FeedLayout.namespaces`).
    init(_ node: FeedNode, atom: Bool, namespaces: Set<String>) {
        base = node.base
        if atom {
            readAtom(node, own: namespaces)
        } else {
            readRSS(node, own: namespaces)
        }
        if dateText == nil, let date = node.child("date", in: [FeedNode.Namespace.dublinCore]) {
            dateText = Self.nonEmpty(date.text)
        }
        if author == nil, let creator = node.child("creator", in: [FeedNode.Namespace.dublinCore]) {
            author = Self.nonEmpty(creator.text).map(Self.personName)
        }
        if contentHTML == nil, let encoded = node.child("encoded", in: [FeedNode.Namespace.content]) {
            contentHTML = Self.raw(encoded.text)
        }
        let atomLinks = node.children("link", in: atom ? namespaces : [FeedNode.Namespace.atom10, FeedNode.Namespace.atom03])
        if let own = atomLinks.first(where: { $0.attribute("rel") == "self" }), let href = own.attribute("href").flatMap(Self.nonEmpty) {
            selfLink = FeedNode.resolve(href, against: own.base)
        }
    }

    private mutating func readRSS(_ node: FeedNode, own: Set<String>) {
        let dublinCore: Set<String> = [FeedNode.Namespace.dublinCore]
        title = (node.child("title", in: own) ?? node.child("title", in: dublinCore)).flatMap { Self.nonEmpty($0.text) }
        author = (node.child("author", in: own) ?? node.child("managingEditor", in: own))
            .flatMap { Self.nonEmpty($0.text) }.map(Self.personName)
        dateText = node.child("pubDate", in: own).flatMap { Self.nonEmpty($0.text) }
        guid = node.child("guid", in: own).flatMap { Self.nonEmpty($0.text) }
        let linkText = node.children("link", in: own).lazy.compactMap { Self.nonEmpty($0.text) }.first
        let guid = node.child("guid", in: own).flatMap { guid -> String? in
            guard guid.attribute("isPermaLink")?.lowercased() != "false", let text = Self.nonEmpty(guid.text),
                text.hasPrefix("http://") || text.hasPrefix("https://")
            else { return nil }
            return text
        }
        link = (linkText ?? guid ?? node.attribute("about").flatMap(Self.nonEmpty)).map { FeedNode.resolve($0, against: base) }
        if let encoded = node.child("encoded", in: [FeedNode.Namespace.content]) {
            contentHTML = Self.raw(encoded.text)
        }
        if contentHTML == nil, let description = node.child("description", in: own) {
            contentHTML = Self.raw(description.text)
        }
    }

    private mutating func readAtom(_ node: FeedNode, own: Set<String>) {
        title = node.child("title", in: own).flatMap { Self.nonEmpty(Self.plainText($0)) }
        guid = node.child("id", in: own).flatMap { Self.nonEmpty($0.text) }
        if let person = node.child("author", in: own) ?? node.child("contributor", in: own) {
            author = (person.child("name", in: own) ?? person.child("email", in: own)).flatMap { Self.nonEmpty($0.text) }
        }
        for name in ["published", "issued", "created", "updated", "modified"] {
            if let date = node.child(name, in: own).flatMap({ Self.nonEmpty($0.text) }) {
                dateText = date
                break
            }
        }
        let links = node.children("link", in: own)
        let alternate = links.first { ($0.attribute("rel") ?? "alternate") == "alternate" } ?? links.first
        if let alternate, let href = alternate.attribute("href").flatMap(Self.nonEmpty) {
            link = FeedNode.resolve(href, against: alternate.base)
        }
        contentHTML = [node.child("content", in: own), node.child("summary", in: own)].lazy
            .compactMap { $0.flatMap(Self.html) }.first
    }

    // MARK: - Articles

    /// The item as an article of the feed titled `feed`; `number` (from 1) names untitled items.
    func article(path: String, number: Int, feed: String?, feedAuthor: String?) -> Article {
        var sections: [Section] = []
        var links: [Link] = []
        if let html = contentHTML {
            var builder = HTMLBlockBuilder(tree: HTMLReader.parse(Array(html.utf8)), title: title ?? "", baseURL: base ?? link)
            builder.build(from: HTMLTree.rootIndex)
            sections = builder.sections
            links = builder.links
        }
        let fallbackTitle = sections.first?.blocks.first.flatMap { Self.nonEmpty($0.text) }.map(Self.firstWords) ?? "Item \(number)"
        var article = Article(
            path: path, format: .feed, title: title ?? fallbackTitle, author: author ?? feedAuthor,
            published: dateText.flatMap(FeedDate.parse), publishedText: dateText, sections: sections, links: links,
            feed: feed)
        article.url = link
        return article
    }

    // MARK: - Text

    /// An Atom text construct as HTML: `html` as is, `xhtml` (or Atom 0.3 `mode="xml"` HTML)
    /// serialised, plain text escaped into paragraphs at blank lines; nil for base64 or out-of-line (`src`) content.
    private static func html(_ node: FeedNode) -> String? {
        let type = (node.attribute("type") ?? "text").lowercased()
        let mode = node.attribute("mode")?.lowercased()
        guard mode != "base64", node.attribute("src") == nil else { return nil }
        if type == "xhtml" || type == "application/xhtml+xml" || (type == "text/html" && mode == "xml") {
            return raw(node.innerXML)
        }
        if type == "html" || type == "text/html" { return raw(node.text) }
        guard let text = raw(node.text) else { return nil }
        return "<p>" + escaped(text).replacingOccurrences(of: "\n\n", with: "</p><p>") + "</p>"
    }

    /// An Atom text construct as plain text (markup of `html` and `xhtml` removed).
    private static func plainText(_ node: FeedNode) -> String {
        let type = (node.attribute("type") ?? "text").lowercased()
        if type == "html" || type == "text/html" {
            return HTMLReader.parse(Array(node.text.utf8)).innerText(HTMLTree.rootIndex)
        }
        return HTMLText.collapsed(node.text)
    }

    /// The text with white space collapsed, nil when that leaves nothing.
    private static func nonEmpty(_ text: String) -> String? {
        let collapsed = HTMLText.collapsed(text)
        return collapsed.isEmpty ? nil : collapsed
    }

    /// The text as is (markup or preformatted content), nil when it is blank.
    private static func raw(_ text: String) -> String? {
        HTMLText.isBlank(text) ? nil : text
    }

    /// RSS's `jane@example.com (Jane Doe)` → `Jane Doe`; `Jane Doe <jane@example.com>` →
    /// `Jane Doe`; anything else as written.
    static func personName(_ text: String) -> String {
        let value = HTMLText.collapsed(text)
        if let open = value.firstIndex(of: "("), value.hasSuffix(")"),
            value[..<open].contains("@"), !value[..<open].trimmingSpaces.contains(" ")
        {
            let name = value[value.index(after: open)..<value.index(before: value.endIndex)].trimmingSpaces
            if !name.isEmpty { return name }
        }
        if let open = value.firstIndex(of: "<"), value.hasSuffix(">"), value[open...].contains("@") {
            let name = value[..<open].trimmingSpaces
            if !name.isEmpty { return name }
        }
        return value
    }

    private static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.append(character)
            }
        }
        return result
    }

    /// The first words of `text`, up to about 60 characters.
    private static func firstWords(_ text: String) -> String {
        guard text.count > 60 else { return text }
        let cut = text.prefix(60)
        guard let space = cut.lastIndex(of: " ") else { return cut + "…" }
        return cut[..<space] + "…"
    }
}

extension Substring {
    /// The text without leading and trailing spaces.
    fileprivate var trimmingSpaces: String {
        var slice = self
        while slice.first == " " { slice = slice.dropFirst() }
        while slice.last == " " { slice = slice.dropLast() }
        return String(slice)
    }
}
