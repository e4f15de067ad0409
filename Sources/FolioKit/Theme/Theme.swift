/// A named set of styles, one per role.
public struct Theme: Sendable, Equatable {
    /// The theme's name, e.g. `solarized-dark`.
    public var name: String
    /// The style of each role; a role that is missing uses `Style.plain`.
    public var styles: [ThemeRole: Style]

    /// Creates a theme.
    public init(name: String, styles: [ThemeRole: Style]) {
        self.name = name
        self.styles = styles
    }

    /// The style for a role.
    public subscript(role: ThemeRole) -> Style { styles[role] ?? .plain }

    /// The shipped default theme (`Themes/default.toml`): the terminal's own colours, with
    /// attributes to tell the roles apart. Compiled in, so that a start with the default
    /// theme parses no TOML (a test holds it to the file); also what a theme that cannot be
    /// read falls back to.
    public static let fallback = Theme(
        name: "default",
        styles: [
            .list: .plain,
            .listSelected: Style(attributes: .reverse),
            .listUnread: Style(attributes: .bold),
            .listFeed: Style(attributes: [.bold, .underline]),
            .readerTitle: Style(attributes: [.bold, .underline]),
            .readerByline: Style(attributes: .italic),
            .readerHeading: Style(attributes: .bold),
            .readerText: .plain,
            .readerQuote: Style(attributes: .italic),
            .readerCode: Style(attributes: .dim),
            .readerLink: Style(attributes: .underline),
            .readerEmphasis: Style(attributes: .italic),
            .readerStrong: Style(attributes: .bold),
            .searchHit: Style(attributes: .reverse),
            .searchCurrent: Style(attributes: [.reverse, .bold]),
            .status: Style(attributes: .reverse),
            .statusSection: Style(attributes: [.reverse, .bold]),
            .outline: .plain,
            .help: .plain,
            .error: Style(attributes: [.bold, .underline]),
        ])
}
