import FolioKit

/// A line of sample text in a theme's styles, for `folio themes`: a few roles side by side,
/// with ANSI SGR escapes (24-bit colour where the theme gives RGB) or as plain words.
enum ThemeSample {
    /// The sample: each role's own text, in its style.
    static let parts: [(role: ThemeRole, text: String)] = [
        (.listSelected, " selected "), (.listUnread, " unread "), (.list, " "),
        (.readerHeading, "Heading"), (.readerText, " text "), (.searchHit, "hit"), (.readerText, " "),
        (.searchCurrent, "current"), (.readerText, " "), (.readerLink, "link"), (.readerText, " "),
        (.readerQuote, "quote"), (.readerText, " "), (.status, " status "), (.statusSection, "section "),
    ]

    /// The sample in `theme`'s styles, with escapes when `colour` is true; without, the styles
    /// of the main roles in words (`text #d8dee9/#2e3440  hit #2e3440/#ebcb8b  …`).
    static func line(_ theme: Theme, colour: Bool) -> String {
        guard colour else {
            let roles: [(String, ThemeRole)] = [
                ("text", .readerText), ("selected", .listSelected), ("hit", .searchHit), ("current", .searchCurrent),
            ]
            return roles.map { "\($0.0) \(words(theme[$0.1]))" }.joined(separator: "  ")
        }
        var line = ""
        for part in parts { line += sgr(theme[part.role]) + part.text }
        return line + "\u{1B}[0m"
    }

    /// A style in words: attributes, then `fg/bg` when either is set.
    static func words(_ style: Style) -> String {
        var words = ThemeLoader.attributes.filter { style.attributes.contains($0.attribute) }.map(\.name)
        if style.foreground != .default || style.background != .default {
            words.append(name(style.foreground) + "/" + name(style.background))
        }
        return words.isEmpty ? "plain" : words.joined(separator: " ")
    }

    private static func name(_ colour: Color) -> String {
        switch colour {
        case .default: "default"
        case .ansi(let index): Color.ansiNames.indices.contains(index) ? Color.ansiNames[index] : "\(index)"
        case .indexed(let index): "\(index)"
        case .rgb(let red, let green, let blue): "#" + [red, green, blue].map { hex($0) }.joined()
        }
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }

    /// The escape that sets `style`, from a reset.
    static func sgr(_ style: Style) -> String {
        var codes = ["0"]
        let attributes: [(TextAttributes, String)] = [
            (.bold, "1"), (.dim, "2"), (.italic, "3"), (.underline, "4"), (.reverse, "7"),
        ]
        for (attribute, code) in attributes where style.attributes.contains(attribute) { codes.append(code) }
        if let code = colourCode(style.foreground, background: false) { codes.append(code) }
        if let code = colourCode(style.background, background: true) { codes.append(code) }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    private static func colourCode(_ colour: Color, background: Bool) -> String? {
        let layer = background ? 4 : 3
        switch colour {
        case .default: return nil
        case .ansi(let index) where (0..<8).contains(index): return "\(layer)\(index)"
        case .ansi(let index) where (8..<16).contains(index): return "\(background ? 10 : 9)\(index - 8)"
        case .ansi(let index), .indexed(let index): return "\(layer)8;5;\(min(max(index, 0), 255))"
        case .rgb(let red, let green, let blue): return "\(layer)8;2;\(red);\(green);\(blue)"
        }
    }
}
