/// A theme file as written: its named colours and the roles it styles. Roles it leaves out
/// are derived from the ones it has when it becomes a `Theme`.
public struct ThemeFile: Sendable, Equatable {
    /// The `[palette]` colours by name.
    public var palette: [String: Color]
    /// The styles the file gives, by role.
    public var styles: [ThemeRole: Style]

    /// Creates a theme file's contents.
    public init(palette: [String: Color] = [:], styles: [ThemeRole: Style]) {
        self.palette = palette
        self.styles = styles
    }

    /// The theme, with every role styled: a missing role takes the style of the role it
    /// derives from (see `ThemeRole.derivation`) plus that role's attributes.
    public func theme(named name: String) -> Theme {
        var complete: [ThemeRole: Style] = [:]
        for role in ThemeRole.allCases { complete[role] = style(of: role) }
        return Theme(name: name, styles: complete)
    }

    private func style(of role: ThemeRole) -> Style {
        if let style = styles[role] { return style }
        let (base, attributes) = role.derivation
        var style = base.map { self.style(of: $0) } ?? .plain
        style.attributes.formUnion(attributes)
        return style
    }
}

extension ThemeRole {
    /// What a theme that leaves this role out uses: another role's style (nil: the terminal's
    /// own colours) with these attributes added. A theme that sets only `list` and
    /// `reader.text` colours still gets a visible selection, search hits and status bar.
    public var derivation: (base: ThemeRole?, attributes: TextAttributes) {
        switch self {
        case .list, .readerText: (nil, [])
        case .listSelected: (.list, .reverse)
        case .listUnread: (.list, .bold)
        case .listFeed: (.listUnread, .underline)
        case .readerTitle: (.readerText, .bold)
        case .readerByline: (.readerText, .italic)
        case .readerHeading: (.readerText, .bold)
        case .readerQuote: (.readerText, .italic)
        case .readerCode: (.readerText, .dim)
        case .readerLink: (.readerText, .underline)
        case .readerEmphasis: (.readerText, .italic)
        case .readerStrong: (.readerText, .bold)
        case .searchHit: (.readerText, .reverse)
        case .searchCurrent: (.readerText, [.reverse, .bold])
        case .status: (.list, .reverse)
        case .statusSection: (.status, .bold)
        case .outline: (.list, [])
        case .help: (.readerText, [])
        case .error: (.status, .bold)
        }
    }
}
