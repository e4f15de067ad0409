import TOMLKit

/// Reads theme files.
///
/// A theme file is TOML with two tables: `[palette]` names colours, `[styles]` gives each
/// role (`list.selected`, `reader.heading`, …; see `ThemeRole`) an `fg`, a `bg` and `attrs`.
/// `Themes/default.toml` documents the format in its opening comment.
public enum ThemeLoader {
    /// The attributes a theme may name, and what each name means.
    public static let attributes: [(name: String, attribute: TextAttributes)] = [
        ("bold", .bold), ("italic", .italic), ("underline", .underline), ("reverse", .reverse), ("dim", .dim),
    ]

    /// The attribute names a theme may use.
    public static var attributeNames: [String] { attributes.map(\.name) }

    /// Parses a theme file into a theme with every role styled.
    /// - Parameters:
    ///   - text: the TOML text.
    ///   - name: the theme's name (its file name without `.toml`).
    ///   - file: the file as errors should name it, e.g. `nord.toml` or a path.
    public static func parse(_ text: String, name: String, file: String) throws(ThemeError) -> Theme {
        try parseFile(text, file: file).theme(named: name)
    }

    /// Parses a theme file as written: its palette, and only the roles it styles. Whatever
    /// the text, a problem is an error with its line (and for syntax its column), never a crash
    /// (see `TOMLDocument`).
    public static func parseFile(_ text: String, file: String) throws(ThemeError) -> ThemeFile {
        let table: TOMLTable
        do {
            table = try TOMLDocument.parse(text)
        } catch {
            throw ThemeError(file: file, line: error.line, column: error.column, problem: .syntax(error.message))
        }
        var reader = Reader(file: file, text: text)
        return try reader.read(table)
    }
}

/// Walks a parsed theme table, turning values into colours and styles, and problems into
/// errors that carry the offending key's line.
private struct Reader {
    let file: String
    /// The theme's text, searched for a key's line only when there is an error to report.
    let text: String
    var palette: [String: Color] = [:]
    var styles: [ThemeRole: Style] = [:]

    init(file: String, text: String) {
        self.file = file
        self.text = text
    }

    mutating func read(_ table: TOMLTable) throws(ThemeError) -> ThemeFile {
        for key in table.keys where key != "palette" && key != "styles" {
            throw error([key], .unknownKey(key, expected: ["palette", "styles"]))
        }
        if let value = table["palette"] {
            guard let colours = value.table else {
                throw error(["palette"], .wrongType(key: "palette", expected: "a table of colours"))
            }
            for key in colours.keys {
                guard let colourValue = colours[key] else { continue }
                palette[key] = try colour(colourValue, path: ["palette", key], usePalette: false)
            }
        }
        if let value = table["styles"] {
            guard let roles = value.table else {
                throw error(["styles"], .wrongType(key: "styles", expected: "a table of roles"))
            }
            try readRoles(roles, path: ["styles"])
        }
        return ThemeFile(palette: palette, styles: styles)
    }

    /// Reads the roles in `table`. `[styles.list.selected]` (unquoted) nests `selected` in
    /// `list`; a table that holds tables is read as the roles below it.
    private mutating func readRoles(_ table: TOMLTable, path: [String]) throws(ThemeError) {
        for key in table.keys {
            guard let value = table[key] else { continue }
            let rolePath = path + [key]
            let roleName = rolePath.dropFirst().joined(separator: ".")
            guard let fields = value.table else {
                if path.count > 1 { continue }  // a field of the enclosing role, read below
                throw error(rolePath, .wrongType(key: roleName, expected: "a table such as { fg = \"red\" }"))
            }
            let fieldKeys = fields.keys.filter { fields[$0]?.table == nil }
            if fieldKeys.count < fields.keys.count {
                try readRoles(fields, path: rolePath)
                if fieldKeys.isEmpty { continue }
            }
            guard let role = ThemeRole(rawValue: roleName) else {
                throw error(rolePath, .unknownRole(roleName))
            }
            styles[role] = try style(fields, keys: fieldKeys, path: rolePath)
        }
    }

    private func style(_ fields: TOMLTable, keys: [String], path: [String]) throws(ThemeError) -> Style {
        var style = Style()
        for key in keys {
            guard let value = fields[key] else { continue }
            switch key {
            case "fg": style.foreground = try colour(value, path: path + [key], usePalette: true)
            case "bg": style.background = try colour(value, path: path + [key], usePalette: true)
            case "attrs": style.attributes = try attributes(value, path: path + [key])
            default: throw error(path + [key], .unknownKey(key, expected: ["fg", "bg", "attrs"]))
            }
        }
        return style
    }

    private func colour(_ value: TOMLValueConvertible, path: [String], usePalette: Bool) throws(ThemeError) -> Color {
        if let index = value.int {
            guard (0...255).contains(index) else { throw error(path, .unknownColour(String(index))) }
            return .indexed(index)
        }
        guard let text = value.string else {
            throw error(path, .wrongType(key: path.last ?? "", expected: "a colour name, \"#RRGGBB\" or 0-255"))
        }
        if usePalette, let colour = palette[text] { return colour }
        guard let colour = Color(parsing: text) else { throw error(path, .unknownColour(text)) }
        return colour
    }

    private func attributes(_ value: TOMLValueConvertible, path: [String]) throws(ThemeError) -> TextAttributes {
        var names: [String] = []
        if let text = value.string {
            names = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        } else if let array = value.array {
            for item in array {
                guard let name = item.string else {
                    throw error(path, .wrongType(key: "attrs", expected: "a list of attribute names"))
                }
                names.append(name)
            }
        } else {
            throw error(path, .wrongType(key: "attrs", expected: "a list of attribute names"))
        }
        var attributes: TextAttributes = []
        for name in names {
            guard let known = ThemeLoader.attributes.first(where: { $0.name == name.lowercased() }) else {
                throw error(path, .unknownAttribute(name))
            }
            attributes.insert(known.attribute)
        }
        return attributes
    }

    private func error(_ path: [String], _ problem: ThemeError.Problem) -> ThemeError {
        ThemeError(file: file, line: TOMLPositions(text).line(of: path), problem: problem)
    }
}
