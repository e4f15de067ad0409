/// A hyperlink of an article: the words it was on and where it points.
public struct Link: Sendable, Equatable {
    /// The link's text as shown in the article (white space collapsed).
    public var text: String
    /// The target, made absolute against the page's `<base href>` when it has one.
    public var url: String

    /// Creates a link.
    public init(text: String, url: String) {
        self.text = text
        self.url = url
    }
}
