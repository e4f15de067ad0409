/// What becomes of the characters of untrusted text (articles, feeds, file names, links) that
/// could drive a terminal, reorder a line or hide in an address, for each place text goes: the
/// one policy the screen (`ScreenBuffer`, and the terminal's last check of every cell), plain
/// text and JSON on standard output, and the addresses handed to a browser (`LinkTarget`) follow.
///
/// | kind | screen | line | lines | json | url |
/// | --- | --- | --- | --- | --- | --- |
/// | line feed | `␊` | `␊` | kept | `\n` | refused |
/// | tab | `␉` | a space | a space | `\t` | refused |
/// | other C0 (ESC, BEL, CR, NUL…) | `␛`, `␇`, `␍`, `␀`… | the same | the same | `\u001b`… | refused |
/// | DEL | `␡` | `␡` | `␡` | `\u007f` | refused |
/// | C1 (CSI, OSC, ST as one character) | `�` | `�` | `�` | `\u009b`… | refused |
/// | bidi embedding, override, isolate | `�` | dropped | dropped | `\u202e`… | refused |
/// | line and paragraph separator | kept | kept | kept | `\u2028`, `\u2029` | refused |
/// | zero-width and bidi marks | kept | kept | kept | kept | refused |
/// | other white space | kept | kept | kept | kept | refused |
///
/// Every other character is kept everywhere.
public enum UntrustedText {
    /// Where text goes.
    public enum Output: Sendable, CaseIterable {
        /// The cells of the screen: nothing in a cell may drive the terminal or reorder a line.
        case screen
        /// One line of plain text on standard output or standard error: a line feed is shown,
        /// so text cannot start a line that looks like one of folio's own.
        case line
        /// Plain text whose lines are kept (a code block in `dump --format markdown`).
        case lines
        /// A JSON string: what could break a reader of it is escaped, nothing is lost.
        case json
        /// An address handed to a browser: it is refused whole if it holds any of these.
        case url
    }

    /// The characters the policy decides on.
    public enum Kind: Sendable, CaseIterable {
        /// U+000A.
        case lineFeed
        /// U+0009.
        case tab
        /// The rest of C0 (U+0000–U+001F): ESC, which starts escape sequences, BEL, CR, NUL…
        case control
        /// U+007F.
        case delete
        /// U+0080–U+009F: CSI, OSC, ST and the rest of C1, escape sequences in one character.
        case c1
        /// The bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which
        /// reorder the text after them.
        case bidiControl
        /// U+2028 and U+2029, which end a JavaScript string.
        case lineSeparator
        /// Characters that take no room and show nothing: the zero-width space and joiners, the
        /// left-to-right, right-to-left and Arabic letter marks, the word joiner and invisible
        /// operators, the zero-width no-break space (U+FEFF).
        case zeroWidth
        /// White space that is none of the above: the space, the no-break space, the wide
        /// spaces of U+2000–U+200A, the ideographic space…
        case space

        /// True for the controls: C0, DEL and C1.
        public var isControl: Bool {
            switch self {
            case .lineFeed, .tab, .control, .delete, .c1: true
            case .bidiControl, .lineSeparator, .zeroWidth, .space: false
            }
        }
    }

    /// What a character becomes.
    public enum Treatment: Sendable, Equatable {
        /// It is kept as it is.
        case kept
        /// It is shown as another character: a control's symbol (`␛`), U+FFFD or a space.
        case shown(Unicode.Scalar)
        /// It is left out.
        case dropped
        /// It is written as an escape (`\u001b`, `\n`).
        case escaped
        /// The whole text is refused.
        case refused
    }

    /// The kind of `scalar`, nil for a character kept everywhere.
    @inlinable
    public static func kind(of scalar: Unicode.Scalar) -> Kind? {
        switch scalar.value {
        case 0x21..<0x7F: nil
        case 0x0A: .lineFeed
        case 0x09: .tab
        case 0x00..<0x20: .control
        case 0x7F: .delete
        case 0x80..<0xA0: .c1
        case 0x202A...0x202E, 0x2066...0x2069: .bidiControl
        case 0x2028, 0x2029: .lineSeparator
        case 0x200B...0x200F, 0x2060...0x2064, 0xFEFF, 0x061C: .zeroWidth
        case 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: .space
        default: nil
        }
    }

    /// What `scalar` becomes in `output`.
    @inlinable
    public static func treatment(of scalar: Unicode.Scalar, for output: Output) -> Treatment {
        guard let kind = kind(of: scalar) else { return .kept }
        switch (kind, output) {
        case (_, .url): return .refused
        case (.lineSeparator, .json), (.bidiControl, .json): return .escaped
        case (.lineSeparator, _), (.zeroWidth, _), (.space, _): return .kept
        case (_, .json): return .escaped
        case (.lineFeed, .lines): return .kept
        case (.tab, .line), (.tab, .lines): return .shown(" ")
        case (.bidiControl, .screen): return .shown("\u{FFFD}")
        case (.bidiControl, _): return .dropped
        case (.lineFeed, _), (.tab, _), (.control, _): return .shown(Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}")
        case (.delete, _): return .shown("\u{2421}")
        case (.c1, _): return .shown("\u{FFFD}")
        }
    }

    /// False when no character whose UTF-8 form starts with `byte` is changed in `output`, so
    /// code that reads UTF-8 bytes passes it by without decoding; true when one may be.
    @inlinable
    public static func mayChange(leadByte byte: UInt8, for output: Output) -> Bool {
        switch output {
        // C0, DEL; C2 leads C1 (U+0080–U+009F); E2 the bidi controls and the separators.
        case .screen, .line, .lines, .json: byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2
        case .url: byte <= 0x20 || byte >= 0x7F
        }
    }
}
