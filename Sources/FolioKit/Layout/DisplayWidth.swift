/// How many terminal columns text takes: East Asian wide and fullwidth characters and emoji
/// take two, combining marks and other zero-width characters none, the rest one.
public enum DisplayWidth {
    /// Columns taken by one Unicode scalar on its own.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 { return value < 0x20 || (0x7F..<0xA0).contains(value) ? 0 : 1 }
        // Common blocks first, without looking up Unicode properties (same answers, faster).
        switch value {
        case 0x2010...0x2027: return 1  // dashes, quotes, bullets, ellipsis
        case 0x3041...0x3096, 0x30A1...0x30FA, 0x4E00...0x9FFF, 0xAC00...0xD7A3: return 2  // kana, CJK, Hangul
        default: break
        }
        if value == 0x200B || value == 0x200C || value == 0x200D || value == 0x2060
            || value == 0xFEFF || (0xFE00...0xFE0F).contains(value)
            || (0xE0100...0xE01EF).contains(value)
        {
            return 0
        }
        // Prepended concatenation marks (the Arabic number sign) are format characters
        // drawn over the digits after them; the C library gives them a column.
        if (0x600...0x605).contains(value) || value == 0x6DD || value == 0x70F || (0x890...0x891).contains(value)
            || value == 0x8E2 || value == 0x110BD || value == 0x110CD
        {
            return 1
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if (0x1160...0x11FF).contains(value) { return 0 }  // Hangul medial vowels, final consonants
        if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// Columns taken by one grapheme cluster: the sum of its cells' widths (see
    /// `forEachCell(of:_:)`). Most clusters take the width of their first scalar; a spacing mark
    /// or a consonant joined by a virama adds its own column.
    public static func of(_ character: Character) -> Int {
        var width = 0
        forEachCell(of: character) { _, columns in width += columns }
        return width
    }

    /// The cells a terminal gives one grapheme cluster, left to right: the scalars each holds
    /// (together they are the whole cluster) and its columns.
    ///
    /// Terminals, and ncurses, measure scalar by scalar (`wcwidth`): a zero-width scalar joins the
    /// cell before it, and every other one takes columns of its own, also inside a cluster: the
    /// vowel sign of "चा" (U+093E, a spacing mark), the second consonant of "क्ष", the Thai
    /// SARA AM, a second Hangul leading jamo. So does folio, or the text after them would land
    /// in other columns than folio thinks. Emoji sequences are the exception, as terminals do
    /// not agree on them (tmux draws a ZWJ sequence in one cell, xterm each person in cells of
    /// their own): an emoji after a joiner, a skin-tone modifier or a second regional
    /// indicator stays in the first cell without columns of its own, and only the first emoji is
    /// drawn. The first cell has no columns when the cluster starts with a mark. An emoji
    /// variation selector (U+FE0F) makes a one-column emoji two columns wide.
    @inline(__always)
    public static func forEachCell(
        of character: Character, _ body: (_ scalars: Substring.UnicodeScalarView, _ width: Int) -> Void
    ) {
        let scalars = character.unicodeScalars
        var index = scalars.startIndex
        guard index < scalars.endIndex else { return }
        let first = scalars[index]
        var start = index
        var width = of(first)
        var previous = first
        index = scalars.index(after: index)
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let columns = of(scalar)
            if columns == 0 {
                if scalar.value == 0xFE0F, width == 1, start == scalars.startIndex, first.properties.isEmoji { width = 2 }
            } else if joinsEmoji(scalar, after: previous) {
                // The rest of the sequence stays in this cell, drawn as its first emoji.
                break
            } else {
                body(scalars[start..<index], width)
                start = index
                width = columns
            }
            previous = scalar
            index = scalars.index(after: index)
        }
        body(scalars[start...], width)
    }

    /// True for a spacing scalar that continues an emoji sequence, which terminals draw in
    /// different widths: a skin-tone modifier, a regional indicator after the first (a flag's
    /// second letter), an emoji after a zero-width joiner.
    static func joinsEmoji(_ scalar: Unicode.Scalar, after previous: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1F3FB...0x1F3FF, 0x1F1E6...0x1F1FF: return true
        default: return previous.value == 0x200D && scalar.properties.isEmoji
        }
    }

    /// Columns taken by a string.
    public static func of(_ text: some StringProtocol) -> Int {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return text.utf8.reduce(0) { $0 + ($1 >= 0x20 && $1 != 0x7F ? 1 : 0) }
        }
        // Text of scalars that are each a grapheme cluster of their own is measured scalar by
        // scalar, without breaking it into characters (several times faster); the rest, a
        // character at a time.
        var width = 0
        for scalar in text.unicodeScalars {
            guard standsAlone(scalar.value) else { return text.reduce(0) { $0 + of($1) } }
            width += of(scalar)
        }
        return width
    }

    /// `text` cut to at most `columns` columns, ending with `…` when it was cut.
    public static func clipped(_ text: String, to columns: Int) -> String {
        if of(text) <= columns { return text }
        var width = 0
        var end = text.startIndex
        while end < text.endIndex {
            let next = width + of(text[end])
            if next > columns - 1 { break }
            width = next
            end = text.index(after: end)
        }
        return columns > 0 ? text[..<end] + "…" : ""
    }

    /// True for scalars that never join a grapheme cluster with their neighbours, in the blocks
    /// most text uses: Latin and its supplements up to the combining marks, general
    /// punctuation (dashes, quotes, bullets; not its joiners and invisible controls), kana, CJK
    /// ideographs and Hangul syllables. Two scalars from these ranges are always two clusters.
    static func standsAlone(_ value: UInt32) -> Bool {
        switch value {
        case 0..<0x300, 0x2010...0x2027, 0x2030...0x205E, 0x3041...0x3096, 0x30A1...0x30FA, 0x4E00...0x9FFF,
            0xAC00...0xD7A3:
            true
        default: false
        }
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges, from Unicode's EastAsianWidth.txt.
    static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
            0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1,
            0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA,
            0x26F2...0x26F3, 0x26F5, 0x26FA, 0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C,
            0x274E, 0x2753...0x2755, 0x2757, 0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C,
            0x2B50, 0x2B55, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
            0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
            0x17000...0x187F7, 0x18800...0x18CD5, 0x1B000...0x1B2FB, 0x1F004, 0x1F0CF, 0x1F18E,
            0x1F191...0x1F19A, 0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248,
            0x1F250...0x1F251, 0x1F260...0x1F265, 0x1F300...0x1F320, 0x1F32D...0x1F335,
            0x1F337...0x1F37C, 0x1F37E...0x1F393, 0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3,
            0x1F3E0...0x1F3F0, 0x1F3F4, 0x1F3F8...0x1F43E, 0x1F440, 0x1F442...0x1F4FC,
            0x1F4FF...0x1F53D, 0x1F54B...0x1F54E, 0x1F550...0x1F567, 0x1F57A, 0x1F595...0x1F596,
            0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5, 0x1F6CC, 0x1F6D0...0x1F6D2,
            0x1F6D5...0x1F6D7, 0x1F6DC...0x1F6DF, 0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC,
            0x1F7E0...0x1F7EB, 0x1F7F0, 0x1F90C...0x1F93A, 0x1F93C...0x1F945, 0x1F947...0x1F9FF,
            0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
