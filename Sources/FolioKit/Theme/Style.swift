/// A colour as a theme gives it: the terminal's default, one of the 16 named ANSI colours,
/// an index into the 256-colour palette, or an exact RGB value. The terminal maps it to the
/// nearest colour it can show.
public enum Color: Sendable, Hashable {
    /// The terminal's own foreground or background.
    case `default`
    /// ANSI colour 0–15 (black, red, green, yellow, blue, magenta, cyan, white, then bright).
    case ansi(Int)
    /// xterm 256-colour palette index 0–255.
    case indexed(Int)
    /// An exact colour.
    case rgb(UInt8, UInt8, UInt8)
}

/// Text attributes that work with or without colour.
public struct TextAttributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// Bold or bright text.
    public static let bold = TextAttributes(rawValue: 1 << 0)
    /// Italic text, where the terminal has it.
    public static let italic = TextAttributes(rawValue: 1 << 1)
    /// Underlined text.
    public static let underline = TextAttributes(rawValue: 1 << 2)
    /// Foreground and background swapped.
    public static let reverse = TextAttributes(rawValue: 1 << 3)
    /// Dim text.
    public static let dim = TextAttributes(rawValue: 1 << 4)
}

/// How a cell looks: foreground, background and attributes.
public struct Style: Sendable, Hashable {
    /// Text colour.
    public var foreground: Color
    /// Background colour.
    public var background: Color
    /// Bold, italic and the rest.
    public var attributes: TextAttributes

    /// Creates a style; everything defaults to the terminal's own look.
    public init(
        foreground: Color = .default, background: Color = .default,
        attributes: TextAttributes = []
    ) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The terminal's own colours, no attributes.
    public static let plain = Style()
}
