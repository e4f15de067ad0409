/// White-space and control-character handling for text taken from web pages, on UTF-8 bytes.
enum HTMLText {
    /// `text` with every run of white space (including no-break spaces) made one space, the ends
    /// trimmed, and control characters (C0, DEL, C1: terminal escape material) dropped.
    static func collapsed(_ text: String) -> String {
        var offsets: [Int]?
        return collapsed(text, offsets: &offsets)
    }

    /// `collapsed(text)`, and for each UTF-8 offset of `text` (its end included) the offset in
    /// the result where what followed it went.
    static func collapsedWithOffsets(_ text: String) -> (text: String, offsets: [Int]) {
        var offsets: [Int]? = []
        offsets?.reserveCapacity(text.utf8.count + 1)
        let result = collapsed(text, offsets: &offsets)
        return (result, offsets ?? [])
    }

    /// `range` of the UTF-8 text `utf8` without the spaces at its ends, clamped to the text.
    static func trimmed(_ range: Range<Int>, in utf8: [UInt8]) -> Range<Int> {
        var lower = min(range.lowerBound, utf8.count)
        var upper = max(lower, min(range.upperBound, utf8.count))
        while lower < upper, utf8[lower] == 0x20 { lower += 1 }
        while upper > lower, utf8[upper - 1] == 0x20 { upper -= 1 }
        return lower..<upper
    }

    private static func collapsed(_ text: String, offsets: inout [Int]?) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        var previous: UInt8 = 0
        for byte in text.utf8 {
            offsets?.append(output.count)
            defer { previous = byte }
            if previous == 0xC2, byte == 0xA0 || (byte >= 0x80 && byte <= 0x9F) {
                output.removeLast()  // the 0xC2 lead byte of a no-break space or C1 control
                if byte == 0xA0 { pendingSpace = !output.isEmpty }
                continue
            }
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                pendingSpace = !output.isEmpty
                continue
            }
            if byte < 0x20 || byte == 0x7F { continue }
            if pendingSpace {
                output.append(0x20)
                pendingSpace = false
            }
            output.append(byte)
        }
        offsets?.append(output.count)
        return String(decoding: output, as: UTF8.self)
    }

    /// `text` with the entities metadata sometimes carries twice-escaped (`&amp;amp;`,
    /// `&#8217;`) decoded; libxml2 has already decoded one level.
    static func unescapingEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let named: [Substring: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " "]
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let after = rest[rest.index(after: ampersand)...]
            guard let semicolon = after.prefix(12).firstIndex(of: ";") else {
                result += "&"
                rest = after
                continue
            }
            let name = after[..<semicolon]
            var decoded: String?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
            } else if name.hasPrefix("#") {
                decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
            } else {
                decoded = named[name]
            }
            if let decoded {
                result += decoded
                rest = after[after.index(after: semicolon)...]
            } else {
                result += "&"
                rest = after
            }
        }
        return result + rest
    }

    /// `text` with control characters other than newline dropped and tabs made spaces; for
    /// preformatted code, whose line breaks and indentation matter.
    static func preformatted(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var previous: UInt8 = 0
        for byte in text.utf8 {
            defer { previous = byte }
            if previous == 0xC2, byte == 0xA0 || (byte >= 0x80 && byte <= 0x9F) {
                output.removeLast()
                if byte == 0xA0 { output.append(0x20) }
                continue
            }
            switch byte {
            case 0x0A: output.append(byte)
            case 0x09: output.append(contentsOf: [0x20, 0x20, 0x20, 0x20])
            case 0x00..<0x20, 0x7F: continue
            default: output.append(byte)
            }
        }
        while let last = output.last, last == 0x0A || last == 0x20 { output.removeLast() }
        while let first = output.first, first == 0x0A { output.removeFirst() }
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether `text` is empty or only white space.
    static func isBlank(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { $0.allSatisfy(isBlankByte) }
    }

    private static func isBlankByte(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) || byte == 0xC2 || byte == 0xA0
    }

    /// The length in Unicode scalars, as Readability measures text.
    static func length(_ text: String) -> Int {
        var count = 0
        for byte in text.utf8 where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }
}
