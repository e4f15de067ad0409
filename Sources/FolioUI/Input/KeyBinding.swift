/// One line of the key map: keys, what they do, where, and the words the help overlay shows.
public struct KeyBinding: Sendable, Equatable {
    /// The keys that trigger the action.
    public var keys: [Key]
    /// What they do.
    public var action: Action
    /// What the help overlay says.
    public var description: String
    /// Where the binding applies.
    public var context: KeyContext

    /// Creates a binding.
    public init(_ keys: [Key], _ action: Action, _ description: String, in context: KeyContext) {
        self.keys = keys
        self.action = action
        self.description = description
        self.context = context
    }
}

/// Where a key binding applies. A key is looked up in the current context, then in the
/// contexts it falls back to.
public enum KeyContext: String, Sendable, CaseIterable {
    /// The article list has focus.
    case list
    /// The reader has focus.
    case reader
    /// The list or the reader has focus (no popup, no input).
    case browsing
    /// The section outline popup is open.
    case outline
    /// The links popup is open.
    case links
    /// The help overlay is open.
    case help
    /// The bookmarks popup is open.
    case bookmarks
    /// The search bar is open.
    case searchInput
    /// The filter prompt is open.
    case filterInput
    /// The address bar is open.
    case addressInput
    /// Everywhere.
    case anywhere

    /// The contexts to look a key up in, in order.
    public var lookupOrder: [KeyContext] {
        switch self {
        case .list, .reader: return [self, .browsing, .anywhere]
        case .anywhere: return [.anywhere]
        default: return [self, .anywhere]
        }
    }

    /// The heading of the context's keys in the help overlay.
    public var title: String {
        switch self {
        case .list: return "Article list"
        case .reader: return "Reader"
        case .browsing: return "List and reader"
        case .outline: return "Section outline"
        case .links: return "Links popup"
        case .help: return "This help"
        case .bookmarks: return "Bookmarks"
        case .searchInput: return "Search bar"
        case .filterInput: return "Filter prompt"
        case .addressInput: return "Address bar"
        case .anywhere: return "Anywhere"
        }
    }

    /// True for contexts where typed characters go into a text field.
    public var takesText: Bool { self == .searchInput || self == .filterInput || self == .addressInput }
}
