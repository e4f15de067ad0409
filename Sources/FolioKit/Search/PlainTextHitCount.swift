import Foundation

/// Counting hits in a plain-text article without parsing all of it.
///
/// For a query of letters only, the hits the reader's article holds are exactly the hits in
/// the file's bytes less those in the lines the reader leaves out: a letter cannot match
/// indentation, line breaks, list markers or the spaces that join wrapped lines. What the
/// reader leaves out is decided at the two ends of the file: the header (the lines between
/// the title and the body other than the byline: the datelines) and, at the end, a debris line.
/// The header is read with the reader's own code on the first paragraphs; a hit in the last
/// line, which may or may not be debris, sends the file to the full parse.
extension ArticleSearch {
    /// The number of hits `hits(in: PlainTextReader.read(bytes, path: path))` gives, or nil
    /// when only the full parse can tell (a query that is not letters only, a regular
    /// expression, bytes the reader would rewrite, a title line longer than a title, a hit in
    /// the last line).
    public func plainTextHitCount(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard case .literal(let literal) = matcher,
            query.pattern.allSatisfy({ $0.isLetter }),
            !bytes.starts(with: [0xEF, 0xBB, 0xBF]),
            TextDecoding.firstUnclean(in: bytes, from: 0) == bytes.count
        else { return nil }
        guard let excluded = Self.headerExclusions(in: bytes), let last = Self.lastLine(in: bytes),
            literal.ranges(in: UnsafeBufferPointer(rebasing: bytes[last]), limit: 1).isEmpty
        else { return nil }
        var count = literal.ranges(in: bytes).count
        for line in excluded {
            count -= literal.ranges(in: UnsafeBufferPointer(rebasing: bytes[line.textStart..<line.textEnd])).count
        }
        return count
    }

    /// The header lines the reader leaves out of the article; nil when the header cannot be
    /// told from the first paragraphs, the title is cut or no body follows.
    private static func headerExclusions(in bytes: UnsafeBufferPointer<UInt8>) -> [ScannedLine]? {
        // The header is the title and at most three paragraphs after it: a prefix holding a few
        // more complete paragraphs than that decides it exactly as the whole file does.
        let prefixEnd = prefixEnd(in: bytes, paragraphs: PlainTextHeader.maxHeaderParagraphs + 4)
        let prefix = UnsafeBufferPointer(rebasing: bytes[0..<prefixEnd])
        let lines = LineScanner.lines(in: prefix)
        let paragraphs = PlainTextReader.paragraphRanges(lines)
        guard let header = PlainTextHeader(paragraphs: paragraphs, lines: lines, bytes: prefix),
            let firstParagraph = paragraphs.first,
            let titleEnd = lines.first?.textEnd, header.titleLine.text.utf8.count == titleEnd - lines[0].textStart,
            let bodyStart = header.bodyParagraphs.first?.lowerBound
        else { return nil }
        return lines[(firstParagraph.lowerBound + 1)..<bodyStart].filter { $0.number != header.bylineLine?.line }
    }

    /// The offset of the blank line after the `paragraphs`-th paragraph, or the end. Lines
    /// are found with memchr for line feeds; a file without them (CR endings) is taken whole.
    private static func prefixEnd(in bytes: UnsafeBufferPointer<UInt8>, paragraphs: Int) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var seen = 0
        var lineStart = 0
        var inParagraph = false
        while lineStart < bytes.count {
            guard let found = memchr(base + lineStart, 0x0A, bytes.count - lineStart) else { return bytes.count }
            let lineEnd = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            var hasText = false
            for index in lineStart..<lineEnd where bytes[index] != 0x20 && bytes[index] != 0x09 && bytes[index] != 0x0D {
                hasText = true
                break
            }
            if hasText {
                inParagraph = true
            } else if inParagraph {
                inParagraph = false
                seen += 1
                if seen >= paragraphs { return lineEnd }
            }
            lineStart = lineEnd + 1
        }
        return bytes.count
    }

    /// The text of the last non-blank line of the file (a range at least as wide as the
    /// reader's, which trims the same white space or less).
    private static func lastLine(in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        var end = bytes.count
        while end > 0, isSpace(bytes[end - 1]) { end -= 1 }
        guard end > 0 else { return nil }
        var start = end
        while start > 0, bytes[start - 1] != 0x0A, bytes[start - 1] != 0x0D { start -= 1 }
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        return start..<end
    }
}
