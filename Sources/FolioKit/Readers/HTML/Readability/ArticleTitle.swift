/// Readability's clean-up of a page's `<title>`: drops the site name after a separator
/// (` | BBC News`, ` - Site`) or before a colon, unless that leaves too few words.
enum ArticleTitle {
    private static let separators: Set<Character> = ["|", "-", "\\", "/", ">", "»"]
    private static let hierarchical: Set<Character> = ["\\", "/", ">", "»"]

    /// The cleaned title; `tree` gives the page's headings for the colon and length rules.
    static func clean(_ original: String, tree: HTMLTree) -> String? {
        let original = HTMLText.collapsed(original)
        guard !original.isEmpty else { return nil }
        var title = original
        var hadHierarchical = false
        let characters = Array(original)
        let separatorPositions = characters.indices.filter { index in
            index > 0 && index + 1 < characters.count && characters[index - 1] == " "
                && characters[index + 1] == " " && separators.contains(characters[index])
        }
        if let last = separatorPositions.last {
            hadHierarchical = separatorPositions.contains { hierarchical.contains(characters[$0]) }
            title = String(characters[..<(last - 1)])
            if wordCount(title) < 3, let first = characters.firstIndex(where: separators.contains) {
                title = String(characters[(first + 1)...])
            }
        } else if original.contains(": ") {
            let headings = tree.descendants(of: HTMLTree.rootIndex, named: ["h1", "h2"]).map { tree.innerText($0) }
            if !headings.contains(original), let lastColon = characters.lastIndex(of: ":"),
                let firstColon = characters.firstIndex(of: ":")
            {
                title = String(characters[(lastColon + 1)...])
                if wordCount(title) < 3 {
                    title = String(characters[(firstColon + 1)...])
                } else if wordCount(String(characters[..<firstColon])) > 5 {
                    title = original
                }
            }
        } else if characters.count > 150 || characters.count < 15 {
            let ones = tree.descendants(of: HTMLTree.rootIndex, named: ["h1"])
            if ones.count == 1 { title = tree.innerText(ones[0]) }
        }
        title = HTMLText.collapsed(title)
        let words = wordCount(title)
        let withoutSeparators = String(original.filter { !separators.contains($0) })
        if words <= 4, !hadHierarchical || words != wordCount(withoutSeparators) - 1 {
            title = original
        }
        return title
    }

    private static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).count
    }
}
