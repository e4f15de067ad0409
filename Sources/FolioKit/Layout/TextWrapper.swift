/// Breaks UTF-8 text into lines no wider than a number of columns, by display width: at
/// spaces, between wide (CJK) characters, and inside words longer than a line. Widths are those
/// of the text as a screen shows it (a control character takes one column, as its visible
/// symbol).
enum TextWrapper {
    /// The byte ranges of the lines of `bytes` wrapped to `width` columns (at least 2). Spaces
    /// where a line breaks belong to no line. Empty text gives no lines.
    static func wrap(_ bytes: UnsafeBufferPointer<UInt8>, width: Int) -> [Range<Int>] {
        let lineWidth = max(2, width)
        var state = State(width: lineWidth)
        let count = bytes.count
        var index = 0
        while index < count {
            if bytes[index] == 0x20 {
                index += 1
                continue
            }
            let start = index
            var ascii = true
            while index < count, bytes[index] != 0x20 {
                if bytes[index] >= 0x80 { ascii = false }
                index += 1
            }
            if ascii {
                state.place(start..<index, width: index - start, gapFrom: start, atWordStart: true) { range in
                    let end = min(range.upperBound, range.lowerBound + lineWidth)
                    return (range.lowerBound..<end, end - range.lowerBound)
                }
            } else if let columns = narrowWidth(bytes, start..<index), columns <= lineWidth {
                state.place(start..<index, width: columns, gapFrom: start, atWordStart: true) { ($0, columns) }
            } else {
                state.placeWord(bytes, start..<index)
            }
        }
        state.finishLine()
        return state.lines
    }

    /// The columns of a word whose every character is one column wide on its own and joins no
    /// other (ASCII, Latin-1 and Latin Extended letters, and the quotes and dashes of U+2010 to
    /// U+2027, as in `it’s` or `“peace”`), read from its bytes; nil for any other word, which
    /// needs the full look at its characters.
    static func narrowWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Int? {
        var columns = 0
        var index = word.lowerBound
        while index < word.upperBound {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
            } else if byte >= 0xC2, byte <= 0xCB, index + 1 < word.upperBound {
                index += 2  // U+0080 to U+02FF
            } else if byte == 0xE2, index + 2 < word.upperBound, bytes[index + 1] == 0x80,
                (0x90...0xA7).contains(bytes[index + 2])
            {
                index += 3  // U+2010 to U+2027
            } else {
                return nil
            }
            columns += 1
        }
        return columns
    }

    /// The leading part of `bytes` that fits in `width` columns (for code, clipped not wrapped).
    static func clip(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, width: Int) -> Range<Int> {
        var used = 0
        var index = range.lowerBound
        while index < range.upperBound, bytes[index] < 0x80 {
            if used == width { return range.lowerBound..<index }
            used += 1
            index += 1
        }
        if index == range.upperBound { return range }
        for character in String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<range.upperBound]), as: UTF8.self) {
            let columns = shownWidth(character)
            if used + columns > width { break }
            used += columns
            index += character.utf8.count
        }
        return range.lowerBound..<index
    }

    /// Columns the screen gives a run of UTF-8 text.
    static func width(_ bytes: some Collection<UInt8>) -> Int {
        if bytes.allSatisfy({ $0 < 0x80 }) { return bytes.count }
        return String(decoding: bytes, as: UTF8.self).reduce(0) { $0 + shownWidth($1) }
    }

    /// Columns the screen gives one character: its display width, or one for a character it
    /// shows as a visible symbol (controls, bidi controls: see `UntrustedText`).
    static func shownWidth(_ character: Character) -> Int {
        for scalar in character.unicodeScalars where UntrustedText.treatment(of: scalar, for: .screen) != .kept {
            return 1
        }
        return DisplayWidth.of(character)
    }

    /// True for wide characters that must not begin a line: closing brackets and punctuation,
    /// small kana, the prolonged sound mark and iteration marks.
    static func closesLine(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3001, 0x3002, 0x3005, 0x3009, 0x300B, 0x300D, 0x300F, 0x3011, 0x3015, 0x3017, 0x3019,
            0x3041, 0x3043, 0x3045, 0x3047, 0x3049, 0x3063, 0x3083, 0x3085, 0x3087, 0x308E, 0x3095, 0x3096,
            0x309D, 0x309E, 0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30C3, 0x30E3, 0x30E5, 0x30E7, 0x30EE,
            0x30F5, 0x30F6, 0x30FC, 0x30FD, 0x30FE, 0xFF01, 0xFF09, 0xFF0C, 0xFF0E, 0xFF1A, 0xFF1B, 0xFF1F,
            0xFF3D, 0xFF5D:
            return true
        default:
            return false
        }
    }

    /// The line being filled and the lines done.
    private struct State {
        let width: Int
        var lines: [Range<Int>] = []
        var lineStart = -1
        var lineEnd = 0
        var used = 0

        init(width: Int) { self.width = width }

        mutating func finishLine() {
            if lineStart >= 0 { lines.append(lineStart..<lineEnd) }
            lineStart = -1
            used = 0
        }

        /// Places a unit that may only break inside when it is wider than a whole line;
        /// `hardPiece` gives the longest leading piece of a range that fits a line, and its width.
        mutating func place(
            _ range: Range<Int>, width columns: Int, gapFrom: Int, atWordStart: Bool,
            hardPiece: (Range<Int>) -> (Range<Int>, Int)
        ) {
            let gap = lineStart >= 0 && atWordStart ? gapFrom - lineEnd : 0
            if lineStart >= 0, used + gap + columns <= width {
                used += gap + columns
                lineEnd = range.upperBound
                return
            }
            if columns <= width {
                finishLine()
                lineStart = range.lowerBound
                lineEnd = range.upperBound
                used = columns
                return
            }
            // Longer than a line: fill the rest of this line only if it is empty, then hard-break.
            finishLine()
            var rest = range
            while !rest.isEmpty {
                let (piece, pieceWidth) = hardPiece(rest)
                let taken = piece.isEmpty ? rest.lowerBound..<rest.upperBound : piece
                lineStart = taken.lowerBound
                lineEnd = taken.upperBound
                used = pieceWidth
                rest = taken.upperBound..<rest.upperBound
                if !rest.isEmpty { finishLine() }
            }
        }

        /// Places a word with non-ASCII text: runs of narrow characters stay together, a wide
        /// character may start a new line on its own.
        mutating func placeWord(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) {
            var characters: [(range: Range<Int>, width: Int, closes: Bool)] = []
            var offset = word.lowerBound
            for character in String(decoding: UnsafeBufferPointer(rebasing: bytes[word]), as: UTF8.self) {
                let length = character.utf8.count
                let width = TextWrapper.shownWidth(character)
                if width > self.width {
                    // A cluster wider than a line (a run of Hangul leading jamo is one) breaks
                    // between the cells a terminal draws it in.
                    DisplayWidth.forEachCell(of: character) { scalars, columns in
                        let cellLength = scalars.reduce(0) { $0 + $1.utf8.count }
                        characters.append((offset..<offset + cellLength, columns, false))
                        offset += cellLength
                    }
                    continue
                }
                let closes = width == 2 && character.unicodeScalars.first.map(TextWrapper.closesLine) == true
                characters.append((offset..<offset + length, width, closes))
                offset += length
            }
            var index = 0
            var first = true
            while index < characters.count {
                let unitStart = index
                var unitWidth = characters[index].width
                index += 1
                if unitWidth < 2 {
                    while index < characters.count, characters[index].width < 2 {
                        unitWidth += characters[index].width
                        index += 1
                    }
                }
                // Closing punctuation and small kana never start a line (kinsoku): they stay
                // with the character before them.
                while index < characters.count, characters[index].width == 2, characters[index].closes {
                    unitWidth += 2
                    index += 1
                }
                let unit = characters[unitStart..<index]
                let range = characters[unitStart].range.lowerBound..<characters[index - 1].range.upperBound
                let lineWidth = width
                place(range, width: unitWidth, gapFrom: word.lowerBound, atWordStart: first) { rest in
                    var used = 0
                    var end = rest.lowerBound
                    for character in unit where character.range.lowerBound >= rest.lowerBound {
                        if used + character.width > lineWidth { break }
                        used += character.width
                        end = character.range.upperBound
                    }
                    if end == rest.lowerBound, let next = unit.first(where: { $0.range.lowerBound >= rest.lowerBound }) {
                        return (next.range, next.width)
                    }
                    return (rest.lowerBound..<end, used)
                }
                first = false
            }
        }
    }
}
