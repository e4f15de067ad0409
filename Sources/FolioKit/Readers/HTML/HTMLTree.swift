/// A page as a tree of `HTMLNode`s held in one array and linked by index, so the article
/// extractor can move and drop nodes cheaply. Node 0 is the document itself.
struct HTMLTree: Sendable {
    static let rootIndex = 0

    private(set) var nodes: [HTMLNode] = [HTMLNode(name: "#document")]

    /// The most attributes libxml2 gave one element (before the parser kept only those folio
    /// reads): `AttributeLimit.maximum` at most, which keeps libxml2's parse linear.
    var mostAttributes = 0

    subscript(index: Int) -> HTMLNode { nodes[index] }

    // MARK: - Changing the tree

    /// Adds `node` as the last child of `parent`; returns its index.
    @discardableResult
    mutating func append(_ node: HTMLNode, to parent: Int) -> Int {
        nodes.append(node)
        let index = nodes.count - 1
        link(index, into: parent)
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
        let previous = nodes[index].previous
        let next = nodes[index].next
        if previous >= 0 { nodes[previous].next = next } else { nodes[parent].firstChild = next }
        if next >= 0 { nodes[next].previous = previous } else { nodes[parent].lastChild = previous }
        nodes[index].parent = -1
        nodes[index].previous = -1
        nodes[index].next = -1
    }

    /// Moves `child` to the end of `parent`'s children.
    mutating func move(_ child: Int, to parent: Int) {
        remove(child)
        link(child, into: parent)
    }

    /// Puts `replacement` (detached first) where `old` was; `old` ends detached.
    mutating func replace(_ old: Int, with replacement: Int) {
        let parent = nodes[old].parent
        guard parent >= 0, old != replacement else { return }
        remove(replacement)
        let previous = nodes[old].previous
        let next = nodes[old].next
        nodes[replacement].parent = parent
        nodes[replacement].previous = previous
        nodes[replacement].next = next
        if previous >= 0 { nodes[previous].next = replacement } else { nodes[parent].firstChild = replacement }
        if next >= 0 { nodes[next].previous = replacement } else { nodes[parent].lastChild = replacement }
        nodes[old].parent = -1
        nodes[old].previous = -1
        nodes[old].next = -1
    }

    private mutating func link(_ child: Int, into parent: Int) {
        let last = nodes[parent].lastChild
        nodes[child].parent = parent
        nodes[child].previous = last
        nodes[child].next = -1
        if last >= 0 { nodes[last].next = child } else { nodes[parent].firstChild = child }
        nodes[parent].lastChild = child
    }

    /// Renames an element (Readability's `_setNodeTag`).
    mutating func rename(_ index: Int, to name: String) { nodes[index].name = name }


    // MARK: - Reading the tree

    /// The children of a node in order (a snapshot: safe to change the tree while going through it).
    func children(_ index: Int) -> [Int] {
        var result: [Int] = []
        var child = nodes[index].firstChild
        while child >= 0 {
            result.append(child)
            child = nodes[child].next
        }
        return result
    }

    /// The element children of a node.
    func elementChildren(_ index: Int) -> [Int] { children(index).filter { !nodes[$0].isText } }

    /// All elements under `index` (not itself) in document order, optionally only those named.
    func descendants(of index: Int, named names: Set<String>? = nil) -> [Int] {
        var result: [Int] = []
        forEachDescendant(of: index) { current in
            let node = nodes[current]
            if !node.isText, names?.contains(node.name) ?? true { result.append(current) }
        }
        return result
    }

    /// Calls `body` with every node under `index` (elements and text) in document order,
    /// following the sibling links: no recursion, no allocation.
    func forEachDescendant(of index: Int, _ body: (Int) -> Void) {
        _ = firstDescendant(of: index) { current in
            body(current)
            return false
        }
    }

    /// The first node under `index` in document order for which `test` is true.
    func firstDescendant(of index: Int, where test: (Int) -> Bool) -> Int? {
        var current = nodes[index].firstChild
        while current >= 0 {
            if test(current) { return current }
            if nodes[current].firstChild >= 0 {
                current = nodes[current].firstChild
                continue
            }
            while current != index, nodes[current].next < 0 { current = nodes[current].parent }
            if current == index { return nil }
            current = nodes[current].next
        }
        return nil
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
        forEachDescendant(of: index) { current in
            if nodes[current].isText { result += nodes[current].text }
        }
        return result
    }

    /// The text with runs of white space collapsed to one space and the ends trimmed.
    func innerText(_ index: Int) -> String { HTMLText.collapsed(textContent(index)) }

    /// Whether the node holds no text but white space.
    func isBlank(_ index: Int) -> Bool {
        if nodes[index].isText { return HTMLText.isBlank(nodes[index].text) }
        return firstDescendant(of: index) { nodes[$0].isText && !HTMLText.isBlank(nodes[$0].text) } == nil
    }

    /// The length of `innerText(index)` in Unicode scalars, counted without building it.
    func innerTextLength(_ index: Int) -> Int { textMeasure(index).length }

    /// The length of `innerText(index)` and the commas in it, in one pass over the nodes under
    /// `index`.
    func textMeasure(_ index: Int) -> TextMeasure.Sum {
        var sum = TextMeasure.Sum()
        if nodes[index].isText { sum.add(nodes[index].measure) }
        forEachDescendant(of: index) { current in
            if nodes[current].isText { sum.add(nodes[current].measure) }
        }
        return sum
    }
}
