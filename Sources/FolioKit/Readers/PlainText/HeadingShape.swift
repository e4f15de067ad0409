/// What a line of text looks like, measured on its bytes: the evidence for and against it
/// being a heading.
///
/// A heading is recognised by shape, not by its words: it is short (at most 12 words and 80
/// characters) and does not end like a sentence (`.`, `!`, `?`, `:`, `;`, `,` or `…`, looking
/// past closing quotes and brackets). A short question or exclamation in title case
/// (`Why Monitor?`, `15) Mother!`) may still be a heading when the text after it agrees.
struct HeadingShape {
    /// At most 12 words and 80 characters, not ending like a sentence.
    var isHeadingLike = false
    /// A short question or exclamation in title case, not quoted dialogue.
    var isTitleLikeQuestion = false
    /// Cells separated by ` | `: a table row, never a heading.
    var isTableRow = false
    /// Length in Unicode scalars (`Int.max` for lines far longer than a heading).
    var length = 0

    /// The most words a heading may have.
    static let maxWords = 12
    /// The most characters a heading may have.
    static let maxCharacters = 80

    /// Measures the text in `start..<end` (one line, or wrapped lines joined).
    init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
        guard start < end else { return }
        let first = ByteText.scalar(in: bytes, at: start).0
        let countEnd = min(end, start + 8 * Self.maxCharacters)
        length = countEnd < end ? Int.max : ByteText.scalarCount(in: bytes, from: start, to: countEnd)
        guard length <= Self.maxCharacters else { return }
        let words = wordCount(bytes, from: start, to: end)
        isTableRow = containsCellSeparator(bytes, from: start, to: end)
        let last = Self.lastSignificantScalar(bytes, from: start, to: end)
        let endsLikeSentence = Self.sentenceEnders.contains(last.value)
        isHeadingLike = words <= Self.maxWords && !endsLikeSentence
        if Self.questionEnders.contains(last.value), (2...8).contains(words), !Self.openers.contains(first.value) {
            isTitleLikeQuestion = isTitleCaseWithoutInnerStops(bytes, from: start, to: end)
        }
    }

    // MARK: - Character classes

    /// `. ! ? : ; ,` and `…`, plus their full-width forms.
    private static let sentenceEnders: Set<UInt32> = [
        0x2E, 0x21, 0x3F, 0x3A, 0x3B, 0x2C, 0x2026, 0x3002, 0xFF01, 0xFF1F, 0xFF1A, 0xFF1B, 0xFF0C, 0x3001,
    ]
    /// `?` and `!` (and full-width forms).
    private static let questionEnders: Set<UInt32> = [0x21, 0x3F, 0xFF01, 0xFF1F]
    /// Closing quotes and brackets looked past at the end of a line.
    private static let closers: Set<UInt32> = [
        0x22, 0x27, 0x29, 0x5D, 0x201D, 0x2019, 0xBB, 0x203A, 0x300D, 0x300F, 0xFF09, 0x3011,
    ]
    /// Opening quotes and dashes that mark dialogue or a list-like line.
    private static let openers: Set<UInt32> = [
        0x22, 0x27, 0x201C, 0x2018, 0xAB, 0x201E, 0x2D, 0x2013, 0x2014, 0x2039, 0x300C,
    ]
    /// Punctuation trimmed from a word before looking at its first letter and length.
    private static let wordPunctuation: Set<UInt32> = [0x22, 0x27, 0x28, 0x29, 0x201C, 0x201D, 0x2018, 0x2019]

    // MARK: - Measures

    /// Runs of non-space characters.
    private func wordCount(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var count = 0
        var index = start
        var inWord = false
        while index < end {
            let width = ByteText.spaceWidth(in: bytes, at: index, end: end)
            if width > 0 {
                inWord = false
                index += width
            } else {
                if !inWord { count += 1 }
                inWord = true
                index += 1
            }
        }
        return count
    }

    /// True when ` | ` occurs in the text.
    private func containsCellSeparator(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var index = start + 1
        while index + 1 < end {
            if bytes[index] == 0x7C, bytes[index - 1] == 0x20, bytes[index + 1] == 0x20 { return true }
            index += 1
        }
        return false
    }

    /// The last scalar that is not a closing quote or bracket.
    private static func lastSignificantScalar(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int)
        -> Unicode.Scalar
    {
        var index = end
        while index > start {
            let (scalar, begin) = ByteText.scalar(in: bytes, before: index, start: start)
            if !closers.contains(scalar.value) { return scalar }
            index = begin
        }
        return " "
    }

    /// True when the text ends like a sentence (looking past closing quotes and brackets).
    static func endsLikeSentence(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        sentenceEnders.contains(lastSignificantScalar(bytes, from: start, to: end).value)
    }

    /// True when the text ends on a mark that leads on to what follows: `,` `:` `;` `…`, a
    /// dash or a hyphen (looking past closing quotes and brackets).
    static func leadsOn(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        leaders.contains(lastSignificantScalar(bytes, from: start, to: end).value)
    }

    /// `, : ;`, `…`, dashes and the hyphen, plus full-width forms.
    private static let leaders: Set<UInt32> = [0x2C, 0x3A, 0x3B, 0x2026, 0x2D, 0x2013, 0x2014, 0xFF0C, 0xFF1A, 0xFF1B, 0x3001]

    /// True when the text starts with a lowercase word (`amet, consectetur…`): the continuation
    /// of a sentence broken by a blank line. `iPhone` and `eBay` do not count.
    static func startsLowercase(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        guard start < end else { return false }
        let lead = bytes[start]
        if lead < 0x80, !(lead >= 0x61 && lead <= 0x7A) { return false }
        guard ByteText.scalar(in: bytes, at: start).0.properties.isLowercase else { return false }
        var index = start
        while index < end, ByteText.spaceWidth(in: bytes, at: index, end: end) == 0 {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte >= 0x41 && byte <= 0x5A { return false }
                index += 1
                continue
            }
            let (scalar, width) = ByteText.scalar(in: bytes, at: index)
            if scalar.properties.isUppercase { return false }
            index += width
        }
        return true
    }

    /// Every word of four or more letters starts with a capital or a digit (at least one such
    /// word), and no sentence stops inside the line.
    private func isTitleCaseWithoutInnerStops(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool
    {
        var longWords = 0
        var index = start
        while index < end {
            index = ByteText.skipSpaces(in: bytes, from: index, end: end)
            guard index < end else { break }
            var wordEnd = index
            while wordEnd < end, ByteText.spaceWidth(in: bytes, at: wordEnd, end: end) == 0 { wordEnd += 1 }
            if wordEnd < end, Self.innerStops.contains(bytes[wordEnd - 1]) { return false }
            var letters = index
            while letters < wordEnd {
                let (scalar, width) = ByteText.scalar(in: bytes, at: letters)
                if !Self.wordPunctuation.contains(scalar.value) { break }
                letters += width
            }
            if letters < wordEnd, ByteText.scalarCount(in: bytes, from: letters, to: wordEnd) >= 4 {
                let initial = ByteText.scalar(in: bytes, at: letters).0
                guard initial.properties.isUppercase || initial.properties.numericType != nil else { return false }
                longWords += 1
            }
            index = wordEnd
        }
        return longWords > 0
    }

    /// Stops that end a sentence inside a line when a space follows: `.`, `!`, `?`, `;`.
    private static let innerStops: Set<UInt8> = [0x2E, 0x21, 0x3F, 0x3B]
}
