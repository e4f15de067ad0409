/// One attribute of an HTML element (name lowercased).
struct HTMLAttribute: Sendable, Equatable {
    var name: String
    var value: String
}

/// An element or a run of text in an `HTMLTree`.
struct HTMLNode: Sendable, Equatable {
    /// The lowercased tag name, or `#text` for text.
    var name: String
    /// The text of a text node (entities decoded); empty for elements.
    let text: String
    /// The text's length, ends and commas as the article finder counts them.
    let measure: TextMeasure
    /// Whether this is a text node.
    let isText: Bool
    var attributes: [HTMLAttribute]
    /// The index of the parent, or -1 when the node is detached.
    var parent: Int = -1
    /// The first and last child, and the siblings before and after (-1: none). Linked like the
    /// DOM so that removing or replacing a node costs the same in a list of a million.
    var firstChild = -1
    var lastChild = -1
    var previous = -1
    var next = -1
    /// For a text node, the 1-based line of the page's source where its first character that
    /// is not white space stands; 0 when unknown.
    var line: Int32 = 0

    /// An element.
    init(name: String, attributes: [HTMLAttribute] = []) {
        self.name = name
        self.text = ""
        self.measure = TextMeasure("")
        self.isText = false
        self.attributes = attributes
    }

    /// A text node, its text starting on source line `line` (0: unknown).
    init(text: String, line: Int32 = 0) {
        self.name = "#text"
        self.text = text
        self.measure = TextMeasure(text)
        self.isText = true
        self.attributes = []
        self.line = line
    }

    /// The value of an attribute, if the element has it.
    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// `class` and `id` joined: what Readability's class/id hints match against.
    var classAndID: String { (attribute("class") ?? "") + " " + (attribute("id") ?? "") }
}
