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
    var text: String
    var attributes: [HTMLAttribute]
    /// The index of the parent, or -1 when the node is detached.
    var parent: Int = -1
    /// The indices of the children in order.
    var children: [Int] = []

    /// An element.
    init(name: String, attributes: [HTMLAttribute] = []) {
        self.name = name
        self.text = ""
        self.attributes = attributes
    }

    /// A text node.
    init(text: String) {
        self.name = "#text"
        self.text = text
        self.attributes = []
    }

    var isText: Bool { name == "#text" }

    /// The value of an attribute, if the element has it.
    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// `class` and `id` joined, lowercased: what Readability's class/id hints match against.
    var classAndID: String {
        ((attribute("class") ?? "") + " " + (attribute("id") ?? "")).lowercased()
    }
}
