/// Where an article comes from: a file, standard input, or a sample bundled with folio; next, a
/// page saved in the home library and a subscription's item. A source is its own identity:
/// the library finds an article's entry by it, whatever else is added or removed.
public enum ArticleSource: Hashable, Sendable {
    /// A file, by the path the library names it by: as given on the command line, or found
    /// under a folder given there.
    case file(String)
    /// Standard input (`-` on the command line): read once, it cannot be read again.
    case standardInput
    /// A sample article bundled with folio (`folio` with no path), by its file name.
    case sample(String)

    /// The command-line path that names standard input, and the path articles read from it
    /// carry (`Article.path`).
    public static let standardInputArgument = "-"

    /// The source a command-line path names: `-` is standard input, anything else a file.
    public init(argument: String) {
        self = argument == Self.standardInputArgument ? .standardInput : .file(argument)
    }

    /// True for standard input.
    public var isStandardInput: Bool { self == .standardInput }

    /// The file's path, for a file.
    public var path: String? {
        if case .file(let path) = self { return path }
        return nil
    }

    /// How messages name the source: a file's path (its bytes that are not UTF-8 escaped),
    /// `standard input`, or `samples/NAME`.
    public var name: String {
        switch self {
        case .file(let path): PathBytes.escaped(path)
        case .standardInput: "standard input"
        case .sample(let name): "samples/" + name
        }
    }

    /// True when the article can be read again when it is opened, and its reading state (the
    /// read mark, the place, bookmarks) kept between runs: a file. Standard input cannot be read
    /// twice, and the samples are no files.
    public var isFile: Bool { path != nil }
}
