// MARK: - Cleaning the article

extension ReadabilityPass {
    /// Readability's `_prepArticle`: drops forms, footers, asides, short share widgets,
    /// headings marked as clutter, and blocks with little text or many links.
    mutating func prepareArticle(_ article: Int) {
        markDataTables(article)
        cleanConditionally(article, "form")
        cleanConditionally(article, "fieldset")
        removeAll(["footer", "aside", "object", "embed"], under: article)
        for child in tree.elementChildren(article) {
            for node in tree.descendants(of: child)
            where ReadabilityHints.share.matches(tree[node].classAndID) && HTMLText.length(tree.textContent(node)) < 500 {
                tree.remove(node)
            }
        }
        for heading in tree.descendants(of: article, named: ["h1", "h2"]) where classWeight(heading) < 0 {
            tree.remove(heading)
        }
        removeAll(["iframe", "input", "textarea", "select", "button"], under: article)
        cleanConditionally(article, "table")
        cleanConditionally(article, "ul")
        cleanConditionally(article, "div")
        for paragraph in tree.descendants(of: article, named: ["p"]).reversed()
        where tree.descendants(of: paragraph, named: ["img"]).isEmpty && tree.isBlank(paragraph) {
            tree.remove(paragraph)
        }
    }

    private mutating func removeAll(_ names: [String], under root: Int) {
        for node in tree.descendants(of: root, named: Set(names)).reversed() { tree.remove(node) }
    }

    /// Notes which tables hold data (headers, captions, many cells) rather than layout.
    private mutating func markDataTables(_ root: Int) {
        for table in tree.descendants(of: root, named: ["table"]) where isDataTable(table) {
            dataTables.insert(table)
        }
    }

    private func isDataTable(_ table: Int) -> Bool {
        let node = tree[table]
        if node.attribute("role") == "presentation" || node.attribute("datatable") == "0" { return false }
        if node.attribute("summary") != nil { return true }
        if let caption = tree.first("caption", under: table), tree[caption].firstChild >= 0 { return true }
        let inside = tree.descendants(of: table)
        if inside.contains(where: { ["col", "colgroup", "tfoot", "thead", "th"].contains(tree[$0].name) }) {
            return true
        }
        if inside.contains(where: { tree[$0].name == "table" }) { return false }
        let rows = inside.filter { tree[$0].name == "tr" }
        let columns = rows.map { row in tree.elementChildren(row).filter { ["td", "th"].contains(tree[$0].name) }.count }
            .max() ?? 0
        return rows.count >= 10 || columns > 4 || rows.count * columns > 10
    }

    /// Removes elements named `name` whose shape says clutter: negative class weight, or (with
    /// fewer than 10 commas) more images or list items than paragraphs, too little text, or
    /// too many links.
    private mutating func cleanConditionally(_ root: Int, _ name: String) {
        guard flags.contains(.cleanConditionally) else { return }
        for node in tree.descendants(of: root, named: [name]).reversed() where shouldRemove(node, name) {
            tree.remove(node)
        }
    }

    private func shouldRemove(_ node: Int, _ name: String) -> Bool {
        if name == "table", dataTables.contains(node) { return false }
        if tree.hasAncestor(node, named: "table", where: { dataTables.contains($0) }) { return false }
        if tree.hasAncestor(node, named: "code") { return false }
        let text = tree.textMeasure(node)
        let contentLength = text.length
        var isList = name == "ul" || name == "ol"
        let inside = tree.descendants(of: node)
        if !isList, contentLength > 0 {
            let listLength = inside.filter { ["ul", "ol"].contains(tree[$0].name) }
                .reduce(0) { $0 + tree.innerTextLength($1) }
            isList = Double(listLength) / Double(contentLength) > 0.9
        }
        let weight = classWeight(node)
        if weight < 0 { return true }
        guard text.commas < 10 else { return false }
        func count(_ tag: String) -> Int { inside.filter { tree[$0].name == tag }.count }
        let paragraphs = Double(count("p"))
        let images = Double(count("img"))
        let listItems = Double(count("li") - 100)
        let headingLength = inside.filter { Self.headings.contains(tree[$0].name) }
            .reduce(0) { $0 + tree.innerTextLength($1) }
        let headingDensity = contentLength > 0 ? Double(headingLength) / Double(contentLength) : 0
        let embeds = inside.filter { Self.embedElements.contains(tree[$0].name) }
        if embeds.contains(where: { tree[$0].attributes.contains { Self.isVideo($0.value) } }) { return false }
        let density = linkDensity(node)
        let inFigure = tree.hasAncestor(node, named: "figure")
        return (images > 1 && paragraphs / images < 0.5 && !inFigure)
            || (!isList && listItems > paragraphs)
            || (!isList && headingDensity < 0.9 && contentLength < 25 && (images == 0 || images > 2) && !inFigure)
            || (!isList && weight < 25 && density > 0.2)
            || (weight >= 25 && density > 0.5)
            || (embeds.count == 1 && contentLength < 75) || embeds.count > 1
            || Double(count("input")) > (paragraphs / 3).rounded(.down)
    }

    static let embedElements: Set<String> = ["object", "embed", "iframe"]

    /// Whether a URL points at a video host whose players are part of articles.
    static func isVideo(_ url: String) -> Bool {
        let hosts = [
            "//www.dailymotion.com", "//dailymotion.com", "//www.youtube.com", "//youtube.com",
            "//www.youtube-nocookie.com", "//youtube-nocookie.com", "//player.vimeo.com", "//v.qq.com",
            "//archive.org", "//upload.wikimedia.org", "//player.twitch.tv",
        ]
        let lowered = url.lowercased()
        return hosts.contains { lowered.contains($0) }
    }
}
