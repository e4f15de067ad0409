import Foundation

/// Counting hits in a plain-text article without parsing all of it.
///
/// For a query of letters only, the hits the reader's article holds are exactly the hits in
/// the file's bytes less those in the lines the reader leaves out: a letter cannot match
/// indentation, line breaks, list markers or the spaces that join wrapped lines. What the
/// reader leaves out is decided at the two ends of the file: the header (the lines between
/// the title and the body other than the byline: the datelines) and, at the end, a debris
/// paragraph (one line, or a heading wrapped over two). The header is read with the reader's
/// own code on the first paragraphs; a hit in the last two lines, which may be debris, sends
/// the file to the full parse.
///
/// The reader rewrites bytes that are not clean UTF-8 (controls become spaces, invalid bytes
/// are read as Windows-1252). An ASCII letter neither appears nor disappears that way, and no
/// Windows-1252 character folds to one, so for an ASCII query that is not whole-word only the
/// two ends, where the reader decides what to leave out, must be clean; other queries need the
/// whole file clean.
extension ArticleSearch {
    /// The number of hits `hits(in: PlainTextReader.read(bytes, path: path))` gives, or nil
    /// when only the full parse can tell (a query that is not letters only, a regular
    /// expression, bytes the reader would rewrite where they matter, a title line longer than
    /// a title, a hit in the last two lines).
    public func plainTextHitCount(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard case .literal(let literal) = matcher,
            isLettersOnly,
            !bytes.starts(with: [0xEF, 0xBB, 0xBF])
        else { return nil }
        let needsWholeFileClean = literal.wholeWord || !isASCII
        if needsWholeFileClean, TextDecoding.firstUnclean(in: bytes, from: 0) != bytes.count { return nil }
        guard let tail = Self.lastTwoLines(in: bytes), Self.isClean(bytes, tail.lowerBound..<bytes.count),
            literal.ranges(in: UnsafeBufferPointer(rebasing: bytes[tail]), limit: 1).isEmpty
        else { return nil }
        let hits = literal.ranges(in: bytes)
        // The header is the title's paragraph and at most three paragraphs after it, each read
        // up to its first line that is neither a byline nor a dateline: a prefix of complete
        // paragraphs one longer than that decides it exactly as the whole file does. With no
        // hit in it, what the header leaves out does not matter.
        let prefixEnd = Self.prefixEnd(in: bytes, paragraphs: PlainTextHeader.maxHeaderParagraphs + 2)
        guard let first = hits.first, first.lowerBound < prefixEnd else { return hits.count }
        guard let excluded = Self.headerExclusions(in: UnsafeBufferPointer(rebasing: bytes[0..<prefixEnd])) else {
            return nil
        }
        // A letters-only hit never spans a line break, so each lies within a line or outside it.
        return hits.count - excluded.reduce(0) { total, line in
            total + hits.filter { $0.lowerBound >= line.textStart && $0.upperBound <= line.textEnd }.count
        }
    }

    private static func isClean(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let region = UnsafeBufferPointer(rebasing: bytes[range])
        return TextDecoding.firstUnclean(in: region, from: 0) == region.count
    }

    /// The header lines the reader leaves out of the article, read from a prefix of whole
    /// paragraphs; nil when the prefix is not clean, the title is cut or no body follows.
    private static func headerExclusions(in prefix: UnsafeBufferPointer<UInt8>) -> [ScannedLine]? {
        guard isClean(prefix, 0..<prefix.count) else { return nil }
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

    /// The last non-blank line of the file, and the line just before it unless a blank line
    /// parts them (the debris the reader may drop is one line or a heading wrapped over two),
    /// from the first byte of the earlier line to the end of the text.
    private static func lastTwoLines(in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        func lineStart(before index: Int) -> Int {
            var start = index
            while start > 0, bytes[start - 1] != 0x0A, bytes[start - 1] != 0x0D { start -= 1 }
            return start
        }
        var end = bytes.count
        while end > 0, isSpace(bytes[end - 1]) { end -= 1 }
        guard end > 0 else { return nil }
        let last = lineStart(before: end)
        // One line break (LF, CRLF or CR) before the last line: the line before is adjacent.
        guard last > 0 else { return last..<end }
        let crlf = last >= 2 && bytes[last - 2] == 0x0D && bytes[last - 1] == 0x0A
        let before = last - (crlf ? 2 : 1)
        let previous = lineStart(before: before)
        return (bytes[previous..<before].allSatisfy(isSpace) ? last : previous)..<end
    }
}
