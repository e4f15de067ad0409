/// Reads a calendar date from UTF-8 bytes: `June 15, 2024`, `Jun. 15th 2024`, `15 June 2024`,
/// `22 Dec, 2016`, `2024-06-15`, `2024/06/15`, `06/15/2024`, `15.06.2024`, optionally after a
/// weekday (`Saturday, June 15, 2024`).
struct DateCursor {
    /// The text being read.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The read position.
    var index: Int
    /// The end of the text.
    let end: Int

    /// Reads a date at the current position; on failure the position is unspecified.
    mutating func date() -> SimpleDate? {
        if let word = peekWord(), Self.weekday(bytes, word) {
            index = word.upperBound
            skip(UInt8(ascii: ","))
            skipSpaces()
        }
        if let word = peekWord() {
            guard let month = Self.month(bytes, word) else { return nil }
            index = word.upperBound
            skip(UInt8(ascii: "."))
            skipSpaces()
            guard let day = number(maxDigits: 2) else { return nil }
            skipOrdinal()
            skip(UInt8(ascii: ","))
            skipSpaces()
            guard let year = number(maxDigits: 4, minDigits: 4) else { return nil }
            return SimpleDate(year: year, month: month, day: day)
        }
        let startIndex = index
        guard let first = number(maxDigits: 4) else { return nil }
        if index - startIndex == 4 { return numericDate(year: first) }
        if index < end, bytes[index] == 0x2F || bytes[index] == 0x2E || bytes[index] == 0x2D,
            index + 1 < end, bytes[index + 1] >= 0x30 && bytes[index + 1] <= 0x39
        {
            return numericDate(first: first, separator: bytes[index])
        }
        skipOrdinal()
        skipSpaces()
        guard let word = peekWord(), let month = Self.month(bytes, word) else { return nil }
        index = word.upperBound
        skip(UInt8(ascii: "."))
        skip(UInt8(ascii: ","))
        skipSpaces()
        guard let year = number(maxDigits: 4, minDigits: 4) else { return nil }
        return SimpleDate(year: year, month: month, day: first)
    }

    /// After a date: true when the rest of the line is only a time, a time zone, separators
    /// and parenthesised notes (`, 10:30 AM EST (1 month ago)`).
    mutating func restIsTimeOrNote() -> Bool {
        while true {
            skipSpaces()
            guard index < end else { return true }
            let byte = bytes[index]
            if byte == 0x28 {
                guard let close = (index..<end).first(where: { bytes[$0] == 0x29 }) else { return false }
                index = close + 1
            } else if byte == 0x2C || byte == 0x2D || byte == 0x7C || byte == 0x40 {
                index += 1
            } else if byte >= 0x30 && byte <= 0x39 {
                guard number(maxDigits: 2) != nil, index < end, bytes[index] == 0x3A else { return false }
                while index < end, bytes[index] == 0x3A || (bytes[index] >= 0x30 && bytes[index] <= 0x39) { index += 1 }
            } else if let word = peekWord() {
                guard Self.timeWord(bytes, word) else { return false }
                index = word.upperBound
                skip(UInt8(ascii: "."))
            } else {
                return false
            }
        }
    }

    // MARK: - Pieces

    /// `YYYY-MM-DD`, `YYYY/MM/DD` or `YYYY.MM.DD` after the year has been read.
    private mutating func numericDate(year: Int) -> SimpleDate? {
        guard index < end else { return nil }
        let separator = bytes[index]
        guard separator == 0x2D || separator == 0x2F || separator == 0x2E else { return nil }
        index += 1
        guard let month = number(maxDigits: 2), index < end, bytes[index] == separator else { return nil }
        index += 1
        guard let day = number(maxDigits: 2) else { return nil }
        return SimpleDate(year: year, month: month, day: day)
    }

    /// `MM/DD/YYYY` (or `DD/MM/YYYY` when the first number cannot be a month; dots and dashes
    /// read day first).
    private mutating func numericDate(first: Int, separator: UInt8) -> SimpleDate? {
        index += 1
        guard let second = number(maxDigits: 2), index < end, bytes[index] == separator else { return nil }
        index += 1
        guard let year = number(maxDigits: 4, minDigits: 4) else { return nil }
        let monthFirst = separator == 0x2F && first <= 12
        return monthFirst
            ? SimpleDate(year: year, month: first, day: second)
            : SimpleDate(year: year, month: second, day: first)
    }

    /// Reads a run of ASCII digits.
    private mutating func number(maxDigits: Int, minDigits: Int = 1) -> Int? {
        var value = 0
        var digits = 0
        while index < end, digits < maxDigits, bytes[index] >= 0x30 && bytes[index] <= 0x39 {
            value = value * 10 + Int(bytes[index] - 0x30)
            digits += 1
            index += 1
        }
        let followedByDigit = index < end && bytes[index] >= 0x30 && bytes[index] <= 0x39
        return digits >= minDigits && !followedByDigit ? value : nil
    }

    /// The ASCII letters at the current position, if any.
    private func peekWord() -> Range<Int>? {
        var wordEnd = index
        while wordEnd < end, Self.isLetter(bytes[wordEnd]) { wordEnd += 1 }
        return wordEnd > index ? index..<wordEnd : nil
    }

    private mutating func skip(_ byte: UInt8) {
        if index < end, bytes[index] == byte { index += 1 }
    }

    private mutating func skipSpaces() {
        index = ByteText.skipSpaces(in: bytes, from: index, end: end)
    }

    /// Skips `st`, `nd`, `rd`, `th` after a day number.
    private mutating func skipOrdinal() {
        guard let word = peekWord(), word.count == 2 else { return }
        let pair = (bytes[word.lowerBound] | 0x20, bytes[word.lowerBound + 1] | 0x20)
        if [(0x73, 0x74), (0x6E, 0x64), (0x72, 0x64), (0x74, 0x68)].contains(where: { $0 == pair }) {
            index = word.upperBound
        }
    }

    // MARK: - Words

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// The month a word names (`Jun`, `June`, `Sept`; any case), if any.
    static func month(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Int? {
        guard word.count >= 3 else { return nil }
        for (number, full) in monthNames.enumerated() {
            let isPrefix =
                word.count <= full.count
                && zip(word, full).allSatisfy { bytes[$0] | 0x20 == $1 }
            if isPrefix || (number == 8 && word.count == 4 && matches(bytes, word, "sept")) { return number + 1 }
        }
        return nil
    }

    /// Lowercase English month names as bytes.
    private static let monthNames = SimpleDate.monthNames.map { Array($0.lowercased().utf8) }

    /// True when a word is a weekday name or its abbreviation (`Sat`, `Saturday`).
    static func weekday(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        guard word.count >= 3 else { return false }
        return weekdays.contains { name in
            word.count <= name.utf8.count && zip(word, name.utf8).allSatisfy { bytes[$0] | 0x20 == $1 }
        }
    }

    private static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Words allowed after a bare date: `at`, `am`, `pm`, `a.m`, and time zones (2–5 capitals).
    static func timeWord(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        if matches(bytes, word, "at") || matches(bytes, word, "am") || matches(bytes, word, "pm") { return true }
        if word.count == 1, [0x61, 0x6D, 0x70].contains(bytes[word.lowerBound] | 0x20) { return true }
        return (2...5).contains(word.count) && word.allSatisfy { bytes[$0] >= 0x41 && bytes[$0] <= 0x5A }
    }

    /// True when a word is `text` (lowercase ASCII), ignoring case.
    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>, _ text: String) -> Bool {
        word.count == text.utf8.count && zip(word, text.utf8).allSatisfy { bytes[$0] | 0x20 == $1 }
    }
}
