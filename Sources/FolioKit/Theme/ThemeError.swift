/// Why a theme could not be loaded, with the file and line to fix.
public struct ThemeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The theme file as the user named it (`nord.toml`, or the path given to `--theme`);
    /// nil when no file is involved (an unknown theme name).
    public var file: String?
    /// The 1-based line of the problem, when known.
    public var line: Int?
    /// The 1-based column (in characters) of a syntax error, when known.
    public var column: Int?
    /// What is wrong.
    public var problem: Problem

    /// Creates an error.
    public init(file: String?, line: Int?, column: Int? = nil, problem: Problem) {
        self.file = file
        self.line = line
        self.column = column
        self.problem = problem
    }

    /// What can be wrong with a theme.
    public enum Problem: Sendable, Equatable {
        /// The file is not valid TOML; the message is the TOML parser's.
        case syntax(String)
        /// A colour that is neither a palette name, an ANSI name, `#RRGGBB` nor 0–255.
        case unknownColour(String)
        /// A style for a role that does not exist (a typo such as `list.selcted`).
        case unknownRole(String)
        /// An attribute other than bold, italic, underline, reverse and dim.
        case unknownAttribute(String)
        /// A key the theme format doesn't have; `expected` lists the keys allowed there.
        case unknownKey(String, expected: [String])
        /// A value of the wrong TOML type, e.g. `fg = true`.
        case wrongType(key: String, expected: String)
        /// The file could not be read.
        case unreadable(String)
        /// No theme has this name.
        case notFound(name: String, available: [String])
    }

    /// `theme 'nord.toml' line 7: unknown colour "blurple"`, or with a column for a syntax
    /// error: `theme 'nord.toml' line 1, column 2: ...`.
    public var description: String {
        var place = "theme"
        if let file { place += " '\(PathBytes.escaped(file))'" }
        if let line { place += " line \(line)" }
        if line != nil, let column { place += ", column \(column)" }
        return "\(place): \(problem)"
    }
}

extension ThemeError.Problem: CustomStringConvertible {
    /// The problem in words, without the place.
    public var description: String {
        switch self {
        case .syntax(let message): message
        case .unknownColour(let colour): "unknown colour \"\(colour)\""
        case .unknownRole(let role):
            "unknown role \"\(role)\" (roles: \(ThemeRole.allCases.map(\.rawValue).joined(separator: ", ")))"
        case .unknownAttribute(let attribute):
            "unknown attribute \"\(attribute)\" (attributes: \(ThemeLoader.attributeNames.joined(separator: ", ")))"
        case .unknownKey(let key, let expected):
            "unknown key \"\(key)\" (expected \(expected.joined(separator: ", ")))"
        case .wrongType(let key, let expected): "\"\(key)\" must be \(expected)"
        case .unreadable(let reason): "cannot read: \(reason)"
        case .notFound(let name, let available):
            "no theme named \"\(name)\" (themes: \(available.joined(separator: ", ")))"
        }
    }
}
