/// CommonMark's emphasis rules: delimiter runs, flanking, and matching openers to closers.
extension InlineMarkdown {
    // MARK: - Emphasis

    mutating func delimiterRun(at start: Int) -> Int {
        let character = content[start]
        let length = runLength(at: start)
        let before = start > 0 ? Self.scalar(endingAt: start, in: content) : nil
        let after = start + length < content.count ? Self.scalar(startingAt: start + length, in: content) : nil
        let beforeSpace = before.map(Self.isWhitespace) ?? true
        let afterSpace = after.map(Self.isWhitespace) ?? true
        let beforePunctuation = before.map(Self.isPunctuation) ?? false
        let afterPunctuation = after.map(Self.isPunctuation) ?? false
        let left = !afterSpace && (!afterPunctuation || beforeSpace || beforePunctuation)
        let right = !beforeSpace && (!beforePunctuation || afterSpace || afterPunctuation)
        let canOpen = character == 0x2A ? left : left && (!right || beforePunctuation)
        let canClose = character == 0x2A ? right : right && (!left || afterPunctuation)
        let index = delimiters.count
        nodes.append(.delimiter(index))
        delimiters.append(
            Delimiter(
                character: character, count: length, original: length, canOpen: canOpen, canClose: canClose,
                previous: tail))
        if let tail { delimiters[tail].next = index }
        tail = index
        return start + length
    }

    /// CommonMark's "process emphasis" over the delimiters from `bottom` on; they are all
    /// removed from consideration afterwards.
    mutating func processEmphasis(bottom: Int) {
        var openersBottom: [Int: Int] = [:]
        var closer = firstDelimiter(from: bottom)
        while let current = closer {
            let run = delimiters[current]
            guard run.canClose else {
                closer = run.next
                continue
            }
            let key = Int(run.character) * 8 + (run.canOpen ? 4 : 0) + run.original % 3
            let floor = max(bottom, openersBottom[key] ?? bottom)
            var found: Int?
            var candidate = run.previous
            while let opener = candidate, opener >= floor {
                let open = delimiters[opener]
                if open.character == run.character, open.canOpen {
                    let oddMatch = (open.canClose || run.canOpen) && (open.original + run.original) % 3 == 0
                        && !(open.original % 3 == 0 && run.original % 3 == 0)
                    if !oddMatch {
                        found = opener
                        break
                    }
                }
                candidate = open.previous
            }
            guard let opener = found else {
                openersBottom[key] = current
                if !run.canOpen { removeDelimiter(current) }
                closer = run.next
                continue
            }
            let strong = delimiters[opener].count >= 2 && run.count >= 2
            let used = strong ? 2 : 1
            delimiters[opener].count -= used
            delimiters[current].count -= used
            delimiters[opener].opens.insert(strong ? .strong : .emphasis, at: 0)
            delimiters[current].closes += 1
            while let between = delimiters[opener].next, between != current { removeDelimiter(between) }
            if delimiters[opener].count == 0 { removeDelimiter(opener) }
            if delimiters[current].count == 0 {
                closer = delimiters[current].next
                removeDelimiter(current)
            }
        }
        while let last = tail, last >= bottom { removeDelimiter(last) }
    }

    func firstDelimiter(from start: Int) -> Int? {
        var index = start
        while index < delimiters.count {
            if !delimiters[index].removed { return index }
            index += 1
        }
        return nil
    }

    mutating func removeDelimiter(_ index: Int) {
        let run = delimiters[index]
        guard !run.removed else { return }
        delimiters[index].removed = true
        if let previous = run.previous { delimiters[previous].next = run.next }
        if let next = run.next { delimiters[next].previous = run.previous }
        if tail == index { tail = run.previous }
    }

    // MARK: - Characters

    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte)
            || (0x7B...0x7E).contains(byte)
    }

    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0C, 0x0D: return true
        case 0..<0x80: return false
        default: return scalar.properties.generalCategory == .spaceSeparator
        }
    }

    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return isASCIIPunctuation(UInt8(scalar.value)) }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    static func scalar(startingAt index: Int, in bytes: [UInt8]) -> Unicode.Scalar? {
        var iterator = bytes[index...].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }

    static func scalar(endingAt end: Int, in bytes: [UInt8]) -> Unicode.Scalar? {
        var start = end - 1
        while start > 0, end - start < 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(startingAt: start, in: bytes)
    }
}
