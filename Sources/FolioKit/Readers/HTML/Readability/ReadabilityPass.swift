/// One run of Readability's `grabArticle` over a copy of the page with a given set of filters.
struct ReadabilityPass {
    var tree: HTMLTree
    let title: String
    let flags: ArticleExtractor.Flags
    /// A byline found in the content (the node is removed from the article).
    var byline: String?
    /// Content scores of the candidates, by node index.
    var scores: [Int: Double] = [:]
    /// Tables that hold data rather than layout.
    var dataTables: Set<Int> = []
    var elementsToScore: [Int] = []

    /// Tags whose text is scored.
    static let tagsToScore: Set<String> = ["section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre"]
    /// Elements that keep a `div` from being read as a paragraph.
    static let blockElements: Set<String> = [
        "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul",
    ]
    /// Elements that may sit inside a paragraph.
    static let phrasingElements: Set<String> = [
        "abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data", "datalist", "dfn",
        "em", "embed", "i", "img", "input", "kbd", "label", "mark", "math", "meter", "noscript",
        "object", "output", "progress", "q", "ruby", "samp", "script", "select", "small", "span",
        "strong", "sub", "sup", "textarea", "time", "var", "wbr", "font", "u", "s", "tt", "big",
    ]
    /// Never part of an article.
    static let junkElements: Set<String> = [
        "script", "style", "noscript", "template", "link", "meta", "nav", "svg", "canvas", "head",
        "title",
    ]
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
    /// Containers dropped when they hold no text.
    static let removedWhenEmpty: Set<String> = ["div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6"]
    /// Inline containers that are phrasing content when all they hold is.
    static let transparentElements: Set<String> = ["a", "del", "ins"]

    init(tree: HTMLTree, title: String, flags: ArticleExtractor.Flags) {
        self.tree = tree
        self.title = title
        self.flags = flags
    }

    // MARK: - grabArticle

    /// Returns a detached `div` holding the article.
    mutating func grabArticle() -> Int {
        let body = tree.first("body") ?? HTMLTree.rootIndex
        for junk in tree.descendants(of: HTMLTree.rootIndex, named: Self.junkElements).reversed() {
            tree.remove(junk)
        }
        replaceBreaks(under: body)
        visitChildren(of: body)
        scoreElements()
        let top = chooseTopCandidate(body: body)
        let article = gatherSiblings(of: top)
        prepareArticle(article)
        return article
    }

    // MARK: - Preparing nodes

    private mutating func visitChildren(of parent: Int) {
        for child in tree.children(parent) where tree[child].parent == parent && !tree[child].isText {
            if let next = visit(child) { visitChildren(of: next) }
        }
    }

    /// Readability's per-node pass: drops hidden and unlikely nodes, notes the byline, turns
    /// text-only `div`s into paragraphs. Returns the node to descend into, nil when removed.
    private mutating func visit(_ index: Int) -> Int? {
        let node = tree[index]
        let match = node.classAndID
        if !Self.isProbablyVisible(node) || (node.attribute("aria-modal") == "true" && node.attribute("role") == "dialog") {
            tree.remove(index)
            return nil
        }
        if checkByline(index, match: match) || headerDuplicatesTitle(index) {
            tree.remove(index)
            return nil
        }
        if flags.contains(.stripUnlikely), node.name != "body", node.name != "a" {
            let unlikely = ReadabilityHints.unlikely.matches(match) && !ReadabilityHints.maybeCandidate.matches(match)
                && !tree.hasAncestor(index, named: "table") && !tree.hasAncestor(index, named: "code")
            if unlikely || ReadabilityHints.unlikelyRoles.contains(node.attribute("role") ?? "") {
                tree.remove(index)
                return nil
            }
        }
        if Self.removedWhenEmpty.contains(node.name), isWithoutContent(index)
        {
            tree.remove(index)
            return nil
        }
        if Self.tagsToScore.contains(node.name) { elementsToScore.append(index) }
        guard node.name == "div" else { return index }
        wrapPhrasingContent(of: index)
        let children = tree.elementChildren(index)
        if children.count == 1, tree[children[0]].name == "p",
            !tree.children(index).contains(where: { tree[$0].isText && !HTMLText.isBlank(tree[$0].text) }),
            linkDensity(index) < 0.25
        {
            tree.replace(index, with: children[0])
            elementsToScore.append(children[0])
            return children[0]
        }
        if !hasChildBlockElement(index) {
            tree.rename(index, to: "p")
            elementsToScore.append(index)
        }
        return index
    }

    /// Puts runs of inline content directly inside a `div` into paragraphs.
    private mutating func wrapPhrasingContent(of div: Int) {
        var paragraph: Int?
        for child in tree.children(div) {
            if isPhrasingContent(child) {
                if let paragraph {
                    tree.move(child, to: paragraph)
                } else if !(tree[child].isText && HTMLText.isBlank(tree[child].text)) {
                    let created = tree.createElement("p")
                    tree.replace(child, with: created)
                    tree.move(child, to: created)
                    paragraph = created
                }
            } else if let open = paragraph {
                trimTrailingBlanks(open)
                paragraph = nil
            }
        }
        if let paragraph { trimTrailingBlanks(paragraph) }
    }

    private mutating func trimTrailingBlanks(_ index: Int) {
        var last = tree[index].lastChild
        while last >= 0, tree[last].isText, HTMLText.isBlank(tree[last].text) {
            tree.remove(last)
            last = tree[index].lastChild
        }
    }

    /// Replaces chains of two or more `<br>` with paragraph breaks, as Readability does.
    private mutating func replaceBreaks(under root: Int) {
        for br in tree.descendants(of: root, named: ["br"]) {
            let parent = tree[br].parent
            guard parent >= 0 else { continue }
            var replaced = false
            while let next = nextElement(after: br), tree[next].name == "br" {
                replaced = true
                removeBlankText(between: br, and: next)
                tree.remove(next)
            }
            guard replaced else { continue }
            let paragraph = tree.createElement("p")
            tree.replace(br, with: paragraph)
            while let next = sibling(after: paragraph) {
                if tree[next].name == "br", let after = nextElement(after: next), tree[after].name == "br" { break }
                if !isPhrasingContent(next) { break }
                tree.move(next, to: paragraph)
            }
            trimTrailingBlanks(paragraph)
            if tree[parent].name == "p" { tree.rename(parent, to: "div") }
        }
    }

    private func sibling(after index: Int) -> Int? {
        let next = tree[index].next
        return next >= 0 ? next : nil
    }

    /// The next sibling that is an element or non-blank text.
    private func nextElement(after index: Int) -> Int? {
        var current = sibling(after: index)
        while let next = current, tree[next].isText, HTMLText.isBlank(tree[next].text) {
            current = sibling(after: next)
        }
        return current
    }

    private mutating func removeBlankText(between first: Int, and last: Int) {
        while let next = sibling(after: first), next != last { tree.remove(next) }
    }

    // MARK: - Node tests

    /// Styles worth a closer look for `display: none` or `visibility: hidden`.
    private static let hidingStyle = BytePatterns(["none", "hidden"])

    static func isProbablyVisible(_ node: HTMLNode) -> Bool {
        if let style = node.attribute("style"), Self.hidingStyle.matches(style) {
            let compact = style.lowercased().filter { $0 != " " }
            if compact.contains("display:none") || compact.contains("visibility:hidden") { return false }
        }
        if node.attribute("hidden") != nil { return false }
        if node.attribute("aria-hidden") == "true", !(node.attribute("class") ?? "").contains("fallback-image") {
            return false
        }
        return true
    }

    func isPhrasingContent(_ index: Int) -> Bool {
        let node = tree[index]
        if node.isText || Self.phrasingElements.contains(node.name) { return true }
        return Self.transparentElements.contains(node.name) && tree.children(index).allSatisfy(isPhrasingContent)
    }

    /// Blank, with no elements but `br` and `hr`. The children are looked at first: a node
    /// holding any other element is told apart without walking its subtree, which keeps a
    /// pass over a deep page linear.
    private func isWithoutContent(_ index: Int) -> Bool {
        var child = tree[index].firstChild
        while child >= 0 {
            let node = tree[child]
            if !node.isText, node.name != "br", node.name != "hr" { return false }
            child = node.next
        }
        return tree.isBlank(index)
    }

    private func hasChildBlockElement(_ index: Int) -> Bool {
        tree.children(index).contains { child in
            Self.blockElements.contains(tree[child].name) || hasChildBlockElement(child)
        }
    }

    private mutating func checkByline(_ index: Int, match: String) -> Bool {
        guard byline == nil else { return false }
        let node = tree[index]
        let hinted = node.attribute("rel") == "author" || (node.attribute("itemprop") ?? "").contains("author")
            || ReadabilityHints.byline.matches(match)
        guard hinted else { return false }
        let text = tree.innerText(index)
        guard !text.isEmpty, HTMLText.length(text) < 100 else { return false }
        // A schema.org `itemprop=name` inside names the author more exactly than the whole line.
        let name = tree.firstDescendant(of: index) { (tree[$0].attribute("itemprop") ?? "").contains("name") }
        byline = name.map { tree.innerText($0) } ?? text
        return true
    }

    private func headerDuplicatesTitle(_ index: Int) -> Bool {
        guard tree[index].name == "h1" || tree[index].name == "h2" else { return false }
        return TextSimilarity.similarity(title, tree.innerText(index)) > 0.75
    }

    /// Share of the text that sits in links (links to `#` anchors count 30%).
    func linkDensity(_ index: Int) -> Double {
        let textLength = tree.innerTextLength(index)
        guard textLength > 0 else { return 0 }
        var linkLength = 0.0
        tree.forEachDescendant(of: index) { link in
            guard tree[link].name == "a" else { return }
            let weight = (tree[link].attribute("href") ?? "").hasPrefix("#") ? 0.3 : 1
            linkLength += Double(tree.innerTextLength(link)) * weight
        }
        return linkLength / Double(textLength)
    }

    func classWeight(_ index: Int) -> Double {
        flags.contains(.weightClasses) ? ReadabilityHints.classWeight(tree[index]) : 0
    }
}
