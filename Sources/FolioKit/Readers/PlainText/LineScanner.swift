/// One line of a text file as byte offsets into the cleaned UTF-8 buffer.
struct ScannedLine: Sendable {
    /// 1-based line number.
    var number: Int
    /// Offset of the first byte after the indentation.
    var textStart: Int
    /// Offset just past the last non-space byte (before any trailing spaces and the line end).
    var textEnd: Int
    /// 1-based column (in Unicode scalars) where the text starts.
    var column: Int

    /// True when the line holds nothing but spaces.
    var isBlank: Bool { textStart >= textEnd }
}

/// Splits a UTF-8 buffer into lines (LF, CRLF or CR endings), trimming indentation and trailing
/// white space on bytes.
enum LineScanner {
    /// The non-blank lines of `bytes`, in order (blank lines show as gaps in the numbers). A
    /// final line without a line ending counts.
    static func lines(in bytes: UnsafeBufferPointer<UInt8>) -> [ScannedLine] {
        var lines: [ScannedLine] = []
        lines.reserveCapacity(bytes.count / 48 + 1)
        var lineStart = 0
        var number = 1
        var index = 0
        let count = bytes.count
        while true {
            index = ByteText.lineBreak(in: bytes, from: index, end: count)
            guard index < count else { break }
            appendIfNotBlank(line(number: number, from: lineStart, to: index, in: bytes), to: &lines)
            index += bytes[index] == 0x0D && index + 1 < count && bytes[index + 1] == 0x0A ? 2 : 1
            lineStart = index
            number += 1
        }
        if lineStart < count {
            appendIfNotBlank(line(number: number, from: lineStart, to: count, in: bytes), to: &lines)
        }
        return lines
    }

    private static func appendIfNotBlank(_ line: ScannedLine, to lines: inout [ScannedLine]) {
        if !line.isBlank { lines.append(line) }
    }

    /// One line between `start` and `end` (exclusive of the line ending).
    private static func line(
        number: Int, from start: Int, to end: Int, in bytes: UnsafeBufferPointer<UInt8>
    ) -> ScannedLine {
        var textStart = start
        var columns = 1
        while textStart < end {
            let width = ByteText.spaceWidth(in: bytes, at: textStart, end: end)
            if width == 0 { break }
            textStart += width
            columns += 1
        }
        var textEnd = end
        while textEnd > textStart {
            let width = ByteText.spaceWidthBefore(in: bytes, at: textEnd, start: textStart)
            if width == 0 { break }
            textEnd -= width
        }
        return ScannedLine(number: number, textStart: textStart, textEnd: textEnd, column: columns)
    }
}
