import Foundation

/// Turns the extracted article into folio's model: headings start sections, paragraphs,
/// list items, quotes, code and table rows become blocks, links are collected, and emphasis,
/// strong text, code and links become the blocks' inline spans. Each block and heading records
/// the source line its text starts on (`SourceSegment` with column 0: the column is not known),
/// so that a search hit can name a line an editor can jump to.
struct HTMLBlockBuilder {
    private let tree: HTMLTree
    private let title: String
    private let base: URL?
    private(set) var sections: [Section] = [Section(heading: nil, level: 0, blocks: [])]
    private(set) var links: [Link] = []
    private var buffer = ""
    /// The source line where the running paragraph's text starts (0: none yet, or unknown).
    private var bufferLine: Int32 = 0
    /// Inline spans of the running paragraph, in UTF-8 offsets of `buffer`.
    private var bufferSpans: [InlineSpan] = []
    /// Counts flushes, so an inline element that held a block break keeps no span.
    private var flushes = 0

    /// Inline elements and the style they give their text.
    private static let inlineStyles: [String: InlineStyle] = [
        "em": .emphasis, "i": .emphasis, "cite": .emphasis, "dfn": .emphasis, "var": .emphasis,
        "strong": .strong, "b": .strong,
        "code": .code, "kbd": .code, "samp": .code, "tt": .code,
    ]

    /// Elements that end the running paragraph and hold blocks of their own.
    private static let containers: Set<String> = [
        "p", "div", "section", "article", "main", "header", "footer", "figure", "figcaption", "dl",
        "dt", "dd", "ul", "ol", "address", "details", "summary", "center", "hgroup", "body", "html",
        "fieldset", "form", "aside", "nav", "caption", "tbody", "thead", "tfoot", "tr", "td", "th",
    ]
    /// Elements whose content is never article text.
    private static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
        "video", "audio", "canvas", "button", "select", "textarea", "input", "head",
    ]
    /// Elements that mark a table as layout rather than data.
    private static let layoutMarkers: Set<String> = [
        "p", "div", "ul", "ol", "table", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
    ]

    /// Prepares a builder; links are resolved against `baseURL` when there is one.
    init(tree: HTMLTree, title: String, baseURL: String?) {
        self.tree = tree
        self.title = title
        self.base = baseURL.flatMap { URL(string: $0) }
    }

    /// Builds the sections of the subtree at `root`.
    mutating func build(from root: Int) {
        walk(root, kind: .paragraph)
        flush(.paragraph)
        if sections.count > 1, sections[0].blocks.isEmpty { sections.removeFirst() }
        if sections.count == 1, sections[0].heading == nil, sections[0].blocks.isEmpty { sections = [] }
    }

    private mutating func walk(_ index: Int, kind: BlockKind) {
        for child in tree.children(index) {
            let node = tree[child]
            if node.isText {
                if bufferLine == 0, node.text.utf8.contains(where: { $0 > 0x20 }) { bufferLine = node.line }
                buffer += node.text
                continue
            }
            switch node.name {
            case "br", "wbr":
                buffer += " "
            case "h1", "h2", "h3", "h4", "h5", "h6":
                flush(kind)
                startSection(child, level: Int(node.name.dropFirst()) ?? 2)
            case "li":
                flush(kind)
                let itemKind: BlockKind = kind == .quote ? .quote : .listItem
                walk(child, kind: itemKind)
                flush(itemKind)
            case "blockquote":
                flush(kind)
                walk(child, kind: .quote)
                flush(.quote)
            case "pre":
                flush(kind)
                let code = HTMLText.preformatted(tree.textContent(child))
                if !code.isEmpty { append(Block(kind: .code, text: code, source: source(tree.firstTextLine(in: child)))) }
            case "table" where !tree.descendants(of: child).contains(where: { Self.layoutMarkers.contains(tree[$0].name) }):
                flush(kind)
                addTableRows(child, kind: kind)
            case "hr":
                flush(kind)
            case "img":
                addImage(node, before: node.next >= 0 ? tree[node.next] : nil)
            case "a":
                let (start, flushed) = (buffer.utf8.count, flushes)
                walk(child, kind: kind)
                let added = addLink(node, text: String(decoding: buffer.utf8.dropFirst(start), as: UTF8.self))
                if added, flushed == flushes { addSpan(from: start, style: .link(links.count - 1)) }
            case let name where Self.inlineStyles[name] != nil:
                let (start, flushed) = (buffer.utf8.count, flushes)
                walk(child, kind: kind)
                if flushed == flushes, let style = Self.inlineStyles[name] { addSpan(from: start, style: style) }
            case let name where Self.skipped.contains(name):
                continue
            case let name where Self.containers.contains(name) || name == "table":
                flush(kind)
                walk(child, kind: kind)
                flush(kind)
            default:
                walk(child, kind: kind)
            }
        }
    }

    private mutating func addTableRows(_ table: Int, kind: BlockKind) {
        for row in tree.descendants(of: table, named: ["tr"]) {
            let cells = tree.elementChildren(row).filter { ["td", "th"].contains(tree[$0].name) }
                .map { tree.innerText($0) }.filter { !$0.isEmpty }
            if !cells.isEmpty {
                append(Block(kind: kind, text: HTMLText.collapsed(cells.joined(separator: " | ")), source: source(tree.firstTextLine(in: row))))
            }
            for link in tree.descendants(of: row, named: ["a"]) {
                addLink(tree[link], text: tree.textContent(link))
            }
        }
    }

    /// Collects a link; false when it has no target or no words.
    @discardableResult
    private mutating func addLink(_ node: HTMLNode, text: String) -> Bool {
        guard let href = node.attribute("href").map(HTMLText.collapsed), !href.isEmpty,
            !href.lowercased().hasPrefix("javascript:")
        else { return false }
        let label = HTMLText.collapsed(text)
        guard !label.isEmpty else { return false }
        let url = base.flatMap { URL(string: href, relativeTo: $0)?.absoluteString } ?? href
        links.append(Link(text: label, url: url))
        return true
    }

    /// An image as `[image: ALT]` (`[image]` without alt text) in the running paragraph,
    /// linked to its picture and numbered with the other links, apart from the words around
    /// it (`next` is the node after it). Tracking pixels (1 or 0 pixels wide or high) are left
    /// out.
    private mutating func addImage(_ node: HTMLNode, before next: HTMLNode?) {
        guard !["0", "1"].contains(node.attribute("width")?.trimmingCharacters(in: .whitespaces)),
            !["0", "1"].contains(node.attribute("height")?.trimmingCharacters(in: .whitespaces))
        else { return }
        let alt = HTMLText.collapsed(node.attribute("alt") ?? "")
        let label = alt.isEmpty ? "[image]" : "[image: \(alt)]"
        if let last = buffer.unicodeScalars.last, !last.properties.isWhitespace { buffer += " " }
        let start = buffer.utf8.count
        buffer += label
        if let source = Self.imageSource(node) {
            let url = base.flatMap { URL(string: source, relativeTo: $0)?.absoluteString } ?? source
            links.append(Link(text: label, url: url))
            addSpan(from: start, style: .link(links.count - 1))
        }
        if let next, next.isText, next.text.unicodeScalars.first?.properties.isAlphabetic == true
            || next.text.unicodeScalars.first.map({ ("0"..."9").contains($0) }) == true
        {
            buffer += " "
        }
    }

    /// Where an image's picture is: `src`, or the attribute a lazily loaded image keeps it in
    /// while `src` holds a placeholder (`data:`) or nothing.
    private static func imageSource(_ node: HTMLNode) -> String? {
        for name in HTMLParser.imageSourceAttributes {
            let value = HTMLText.collapsed(node.attribute(name) ?? "")
            if !value.isEmpty, !value.lowercased().hasPrefix("data:") { return value }
        }
        return nil
    }

    /// Styles the running paragraph's text from `start` to its end.
    private mutating func addSpan(from start: Int, style: InlineStyle) {
        let end = buffer.utf8.count
        if start < end { bufferSpans.append(InlineSpan(range: start..<end, style: style)) }
    }

    private mutating func startSection(_ heading: Int, level: Int) {
        let text = tree.innerText(heading)
        guard !text.isEmpty else { return }
        let isFirst = sections.count == 1 && sections[0].heading == nil && sections[0].blocks.isEmpty
        if isFirst, text == title || TextSimilarity.similarity(title, text) > 0.75 { return }
        if isFirst { sections.removeAll() }
        let line = tree.firstTextLine(in: heading)
        let source = line > 0 ? SourceLine(line: Int(line), column: 0, text: text) : nil
        sections.append(Section(heading: text, level: level, headingSource: source, blocks: []))
    }

    private mutating func flush(_ kind: BlockKind) {
        guard !buffer.isEmpty else { return }
        flushes += 1
        let source = source(bufferLine)
        defer {
            buffer = ""
            bufferLine = 0
            bufferSpans = []
        }
        guard !bufferSpans.isEmpty else {
            let text = HTMLText.collapsed(buffer)
            if !text.isEmpty { append(Block(kind: kind, text: text, source: source)) }
            return
        }
        let (text, offsets) = HTMLText.collapsedWithOffsets(buffer)
        guard !text.isEmpty else { return }
        let utf8 = Array(text.utf8)
        let spans = bufferSpans.compactMap { span -> InlineSpan? in
            let range = HTMLText.trimmed(offsets[span.range.lowerBound]..<offsets[span.range.upperBound], in: utf8)
            return range.isEmpty ? nil : InlineSpan(range: range, style: span.style)
        }
        append(Block(kind: kind, text: text, source: source, spans: spans))
    }

    /// A block's source: its whole text from `line` (the column unknown); none when the line is.
    private func source(_ line: Int32) -> [SourceSegment] {
        line > 0 ? [SourceSegment(textOffset: 0, line: Int(line), column: 0)] : []
    }

    private mutating func append(_ block: Block) {
        sections[sections.count - 1].blocks.append(block)
    }
}
