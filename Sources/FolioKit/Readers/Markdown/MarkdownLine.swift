/// One line of Markdown inside its container (block quote, list item or the document), with
/// container prefixes removed and where the remaining content starts in the source.
struct MarkdownLine {
    /// The content, without the line ending.
    var bytes: ArraySlice<UInt8>
    /// 1-based line number in the source file.
    var line: Int
    /// 1-based column in the source line where `bytes` starts.
    var column: Int
    /// Whether the line is a lazy continuation of a paragraph in an outer container: such a
    /// line never starts a block or underlines a setext heading.
    var lazy = false

    /// Splits a document into lines (LF, CRLF or CR endings).
    static func lines(of bytes: ArraySlice<UInt8>, firstLine: Int) -> [MarkdownLine] {
        var result: [MarkdownLine] = []
        var start = bytes.startIndex
        var index = start
        var number = firstLine
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                result.append(MarkdownLine(bytes: bytes[start..<index], line: number, column: 1))
                if byte == 0x0D, index + 1 < bytes.endIndex, bytes[index + 1] == 0x0A { index += 1 }
                index += 1
                start = index
                number += 1
            } else {
                index += 1
            }
        }
        if start < bytes.endIndex { result.append(MarkdownLine(bytes: bytes[start...], line: number, column: 1)) }
        return result
    }

    /// Whether the line has only spaces and tabs.
    var isBlank: Bool { bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 } }

    /// The width of the leading white space in columns (tabs stop every 4 columns).
    var indent: Int {
        var columns = 0
        for byte in bytes {
            if byte == 0x20 {
                columns += 1
            } else if byte == 0x09 {
                columns += 4 - columns % 4
            } else {
                break
            }
        }
        return columns
    }

    /// The content after the leading white space.
    var rest: ArraySlice<UInt8> {
        var index = bytes.startIndex
        while index < bytes.endIndex, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        return bytes[index...]
    }

    /// The line with all leading white space removed.
    var trimmedLeading: MarkdownLine {
        let content = rest
        var copy = self
        copy.column += content.startIndex - bytes.startIndex
        copy.bytes = content
        return copy
    }

    /// The line with up to `columns` columns of leading white space removed; a tab that
    /// straddles the limit leaves the spaces it stands for beyond it.
    func strippingIndent(_ columns: Int) -> MarkdownLine {
        var width = 0
        var index = bytes.startIndex
        while index < bytes.endIndex, width < columns {
            let byte = bytes[index]
            if byte == 0x20 {
                width += 1
            } else if byte == 0x09 {
                let next = width + 4 - width % 4
                if next > columns {
                    var copy = self
                    copy.bytes = ArraySlice(Array(repeating: 0x20, count: next - columns) + bytes[(index + 1)...])
                    copy.column += index + 1 - bytes.startIndex
                    return copy
                }
                width = next
            } else {
                break
            }
            index += 1
        }
        var copy = self
        copy.column += index - bytes.startIndex
        copy.bytes = bytes[index...]
        return copy
    }

    /// The line with its first `count` bytes (a container marker) replaced by spaces, so that
    /// indentation can be measured past the marker.
    func blankingPrefix(_ count: Int) -> MarkdownLine {
        var copy = self
        copy.bytes = ArraySlice(Array(repeating: 0x20, count: count) + bytes.dropFirst(count))
        return copy
    }
}
