/// A page as a tree of `HTMLNode`s held in one array and linked by index, so the article
/// extractor can move and drop nodes cheaply. Node 0 is the document itself.
struct HTMLTree: Sendable {
    static let rootIndex = 0

    private(set) var nodes: [HTMLNode] = [HTMLNode(name: "#document")]

    subscript(index: Int) -> HTMLNode { nodes[index] }

    // MARK: - Changing the tree

    /// Adds `node` as the last child of `parent`; returns its index.
    @discardableResult
    mutating func append(_ node: HTMLNode, to parent: Int) -> Int {
        let index = nodes.count
        var node = node
        node.parent = parent
        nodes.append(node)
        nodes[parent].children.append(index)
        return index
    }

    /// Creates a detached element; returns its index.
    mutating func createElement(_ name: String) -> Int {
        nodes.append(HTMLNode(name: name))
        return nodes.count - 1
    }

    /// Detaches a node (and so its subtree) from its parent.
    mutating func remove(_ index: Int) {
        let parent = nodes[index].parent
        guard parent >= 0 else { return }
        nodes[parent].children.removeAll { $0 == index }
        nodes[index].parent = -1
    }

    /// Moves `child` to the end of `parent`'s children.
    mutating func move(_ child: Int, to parent: Int) {
        remove(child)
        nodes[child].parent = parent
        nodes[parent].children.append(child)
    }

    /// Puts `replacement` (detached first) where `old` was; `old` ends detached.
    mutating func replace(_ old: Int, with replacement: Int) {
        let parent = nodes[old].parent
        guard parent >= 0, let slot = nodes[parent].children.firstIndex(of: old) else { return }
        remove(replacement)
        nodes[parent].children[slot] = replacement
        nodes[replacement].parent = parent
        nodes[old].parent = -1
    }

    /// Renames an element (Readability's `_setNodeTag`).
    mutating func rename(_ index: Int, to name: String) { nodes[index].name = name }

    /// Replaces an element's attributes.
    mutating func setAttributes(_ index: Int, _ attributes: [HTMLAttribute]) {
        nodes[index].attributes = attributes
    }

    // MARK: - Reading the tree

    /// The element children of a node.
    func elementChildren(_ index: Int) -> [Int] { nodes[index].children.filter { !nodes[$0].isText } }

    /// All elements under `index` (not itself) in document order, optionally only those named.
    func descendants(of index: Int, named names: Set<String>? = nil) -> [Int] {
        var result: [Int] = []
        var stack = Array(nodes[index].children.reversed())
        while let current = stack.popLast() {
            let node = nodes[current]
            if node.isText { continue }
            if names?.contains(node.name) ?? true { result.append(current) }
            stack.append(contentsOf: node.children.reversed())
        }
        return result
    }

    /// The first element under `index` (or the document) with this name.
    func first(_ name: String, under index: Int = HTMLTree.rootIndex) -> Int? {
        descendants(of: index, named: [name]).first
    }

    /// The parent chain of a node, nearest first, up to `maxDepth` entries (0: all).
    func ancestors(of index: Int, maxDepth: Int = 0) -> [Int] {
        var result: [Int] = []
        var current = nodes[index].parent
        while current > HTMLTree.rootIndex {
            result.append(current)
            if maxDepth > 0, result.count == maxDepth { break }
            current = nodes[current].parent
        }
        return result
    }

    /// Whether an ancestor (within `maxDepth` levels, 0: any) is named `name` and passes `filter`.
    func hasAncestor(_ index: Int, named name: String, maxDepth: Int = 0, where filter: (Int) -> Bool = { _ in true }) -> Bool {
        ancestors(of: index, maxDepth: maxDepth).contains { nodes[$0].name == name && filter($0) }
    }

    /// The concatenated text of a node and its descendants, as the DOM's `textContent`.
    func textContent(_ index: Int) -> String {
        if nodes[index].isText { return nodes[index].text }
        var result = ""
        var stack = Array(nodes[index].children.reversed())
        while let current = stack.popLast() {
            let node = nodes[current]
            if node.isText { result += node.text } else { stack.append(contentsOf: node.children.reversed()) }
        }
        return result
    }

    /// The text with runs of white space collapsed to one space and the ends trimmed.
    func innerText(_ index: Int) -> String { HTMLText.collapsed(textContent(index)) }

    /// Whether the node holds no text but white space.
    func isBlank(_ index: Int) -> Bool { HTMLText.isBlank(textContent(index)) }
}
