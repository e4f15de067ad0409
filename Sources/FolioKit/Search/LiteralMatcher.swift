import Foundation

/// Finds a literal pattern in UTF-8 text, exactly or ignoring case (simple Unicode case
/// folding), on the text's canonical composition (`CanonicalComposition`). Matches do not
/// overlap; with `wholeWord`, only matches bounded by non-word characters count. Ranges are
/// those of the text as given.
struct LiteralMatcher: Sendable {
    /// The pattern's UTF-8 bytes, composed, and folded when ignoring case.
    let needle: [UInt8]
    /// Whether case is ignored.
    let ignoresCase: Bool
    /// Whether only whole words match.
    let wholeWord: Bool
    private let needleIsASCII: Bool
    /// The non-ASCII scalars of a text that become a byte of an ASCII needle when the text is
    /// composed or folded (the Kelvin sign becomes `K`, the long s folds to `s`, the Greek
    /// question mark becomes `;`), as UTF-8: a text holding one takes the slow path.
    private let becomingNeedleBytes: [[UInt8]]
    /// Index in `needle` of the byte to scan for: the rarest letter in English text.
    private let anchor: Int
    /// Index in `needle` of the second byte the vector scan checks: the next rarest, or
    /// `anchor` for a one-byte needle.
    private let partner: Int

    /// Creates a matcher for `pattern`.
    init(_ pattern: String, ignoresCase: Bool, wholeWord: Bool) {
        self.ignoresCase = ignoresCase
        self.wholeWord = wholeWord
        let composed = CanonicalComposition.composed(pattern)
        let bytes = Array((ignoresCase ? CaseFolding.fold(composed) : composed).utf8)
        needle = bytes
        needleIsASCII = bytes.allSatisfy { $0 < 0x80 }
        let becoming = ignoresCase ? Self.becomingFolded : Self.becomingComposed
        becomingNeedleBytes = becoming.filter { bytes.contains($0.ascii) }.map(\.utf8)
        let byRarity = bytes.indices.sorted { Self.commonness(bytes[$0]) < Self.commonness(bytes[$1]) }
        anchor = byRarity.first ?? 0
        partner = byRarity.dropFirst().first ?? anchor
    }

    /// The byte ranges of every match in `text`, at most `limit` of them.
    ///
    /// An ASCII needle is looked for in the bytes as they are: composition changes none of its
    /// matches but one whose last character composes with an unstable scalar after it
    /// (`cafe` before a combining accent), and makes new ones only from the few scalars that
    /// become ASCII (`becomingNeedleBytes`); either sends the text to the composed search. A
    /// non-ASCII needle searches the composed text whenever the text has an unstable scalar.
    func ranges(in text: UnsafeBufferPointer<UInt8>, limit: Int = .max) -> [Range<Int>] {
        guard !needle.isEmpty else { return [] }
        if needleIsASCII {
            if !Self.contains(becomingNeedleBytes, in: text) {
                guard text.count >= needle.count else { return [] }
                let found = ignoresCase ? asciiFoldRanges(in: text, limit: limit) : exactRanges(in: text, limit: limit)
                if !found.contains(where: { CanonicalComposition.isUnstable(in: text, at: $0.upperBound) }) { return found }
            }
        } else if Self.isASCII(text) {
            return []
        } else if ignoresCase {
            if let found = foldedRanges(in: text, limit: limit) { return found }
        } else if CanonicalComposition.firstUnstable(in: text) == nil {
            return exactRanges(in: text, limit: limit)
        }
        return composedRanges(in: text, limit: limit)
    }

    // MARK: - Scanning

    private func exactRanges(in text: UnsafeBufferPointer<UInt8>, limit: Int) -> [Range<Int>] {
        scan(text, foldingASCII: false, limit: limit) { accepts($0, in: text) ? $0 : nil }
    }

    private func asciiFoldRanges(in text: UnsafeBufferPointer<UInt8>, limit: Int) -> [Range<Int>] {
        scan(text, foldingASCII: true, limit: limit) { accepts($0, in: text) ? $0 : nil }
    }

    /// Folds the text, finds the folded needle in it and maps the matches back; nil when the
    /// text is not composed (the folding finds out on its way).
    private func foldedRanges(in text: UnsafeBufferPointer<UInt8>, limit: Int) -> [Range<Int>]? {
        let (folded, offsets, isComposed) = CaseFolding.fold(text)
        guard isComposed else { return nil }
        return folded.withUnsafeBufferPointer { foldedText in
            scan(foldedText, foldingASCII: false, limit: limit) { range in
                let original = Int(offsets[range.lowerBound])..<Int(offsets[range.upperBound])
                return accepts(original, in: text) ? original : nil
            }
        }
    }

    /// Composes the text (and folds it when ignoring case), finds the needle in it and maps
    /// the matches back.
    private func composedRanges(in text: UnsafeBufferPointer<UInt8>, limit: Int) -> [Range<Int>] {
        let composed = CanonicalComposition.compose(text)
        return composed.bytes.withUnsafeBufferPointer { composedText in
            guard ignoresCase else {
                return scan(composedText, foldingASCII: false, limit: limit) { range in
                    let original = composed.original(range)
                    return accepts(original, in: text) ? original : nil
                }
            }
            let (folded, offsets, _) = CaseFolding.fold(composedText)
            return folded.withUnsafeBufferPointer { foldedText in
                scan(foldedText, foldingASCII: false, limit: limit) { range in
                    let original = composed.original(Int(offsets[range.lowerBound])..<Int(offsets[range.upperBound]))
                    return accepts(original, in: text) ? original : nil
                }
            }
        }
    }

    /// Finds the needle in `text`: 16 positions at a time where the needle's two rarest bytes
    /// sit at their offsets (in both cases when folding ASCII), then memchr for the anchor
    /// byte in the last few bytes; each candidate is compared whole. `accept` maps a match to
    /// the range to report, or rejects it, in which case the search goes on from the next byte.
    private func scan(
        _ text: UnsafeBufferPointer<UInt8>, foldingASCII: Bool, limit: Int,
        accept: (Range<Int>) -> Range<Int>?
    ) -> [Range<Int>] {
        guard let base = text.baseAddress else { return [] }
        var result: [Range<Int>] = []
        let from = vectorScan(base, count: text.count, foldingASCII: foldingASCII, limit: limit, into: &result, accept: accept)
        byteScan(base, count: text.count, from: from, foldingASCII: foldingASCII, limit: limit, into: &result, accept: accept)
        return result
    }

    /// The vector part of `scan`: blocks of 16 candidate starts while the loads stay inside
    /// the text. Returns where the scalar scan must go on.
    private func vectorScan(
        _ base: UnsafePointer<UInt8>, count: Int, foldingASCII: Bool, limit: Int, into result: inout [Range<Int>],
        accept: (Range<Int>) -> Range<Int>?
    ) -> Int {
        typealias Block = ByteBlock.Bytes
        let length = needle.count
        let reach = max(anchor, partner, length - 1)
        func folding(_ byte: UInt8) -> (fold: UInt8, value: UInt8) {
            let isLetter = byte >= 0x61 && byte <= 0x7A
            return foldingASCII && isLetter ? (0x20, byte) : (0, byte)
        }
        let (firstFold, firstValue) = folding(needle[anchor])
        let (secondFold, secondValue) = folding(needle[partner])
        let first = Block(repeating: firstValue), second = Block(repeating: secondValue)
        let firstMask = Block(repeating: firstFold), secondMask = Block(repeating: secondFold)
        let raw = UnsafeRawPointer(base)
        var start = 0, from = 0
        @inline(__always) func candidates(at start: Int) -> SIMDMask<SIMD16<Int8>> {
            let a = ByteBlock.load(raw, at: start &+ anchor) | firstMask
            let b = ByteBlock.load(raw, at: start &+ partner) | secondMask
            return (a .== first) .& (b .== second)
        }
        // The last start whose loads stay inside the text.
        let last = count - reach - ByteBlock.size
        while start <= last, result.count < limit {
            // Blocks without a candidate, two at a time: most of the text.
            while start &+ ByteBlock.size <= last {
                let (low, high) = ByteBlock.words(candidates(at: start))
                let (nextLow, nextHigh) = ByteBlock.words(candidates(at: start &+ ByteBlock.size))
                if low | high | nextLow | nextHigh != 0 { break }
                start &+= 2 &* ByteBlock.size
            }
            guard start <= last else { break }
            let hits = candidates(at: start)
            let (low, high) = ByteBlock.words(hits)
            if low | high != 0 {
                ByteBlock.forEachLane(of: hits) { lane in
                    let candidate = start + lane
                    guard candidate >= from,
                        foldingASCII ? equalsFolded(base + candidate) : equals(base + candidate),
                        let range = accept(candidate..<candidate + length)
                    else { return true }
                    result.append(range)
                    from = candidate + length
                    return result.count < limit
                }
            }
            start &+= ByteBlock.size
        }
        return max(start, from)
    }

    /// The scalar part of `scan`, from `from`: memchr for the anchor byte, then compares.
    private func byteScan(
        _ base: UnsafePointer<UInt8>, count: Int, from start: Int, foldingASCII: Bool, limit: Int,
        into result: inout [Range<Int>], accept: (Range<Int>) -> Range<Int>?
    ) {
        let length = needle.count
        let lower = needle[anchor]
        let upper = foldingASCII && lower >= 0x61 && lower <= 0x7A ? lower - 0x20 : lower
        var nextLower = -1, nextUpper = lower == upper ? count : -1
        var from = start
        while result.count < limit, from + length <= count {
            let minimum = from + anchor
            if nextLower < minimum { nextLower = Self.find(lower, in: base, from: minimum, count: count) }
            if nextUpper < minimum { nextUpper = Self.find(upper, in: base, from: minimum, count: count) }
            let start = min(nextLower, nextUpper) - anchor
            if start + length > count { break }
            if foldingASCII ? equalsFolded(base + start) : equals(base + start) {
                if let range = accept(start..<start + length) {
                    result.append(range)
                    from = start + length
                    continue
                }
            }
            from = start + 1
        }
    }

    private func equals(_ start: UnsafePointer<UInt8>) -> Bool {
        needle.withUnsafeBytes { pattern in
            guard let bytes = pattern.baseAddress else { return true }
            return memcmp(start, bytes, pattern.count) == 0
        }
    }

    private func equalsFolded(_ start: UnsafePointer<UInt8>) -> Bool {
        for index in 0..<needle.count {
            let byte = start[index]
            let folded = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if folded != needle[index] { return false }
        }
        return true
    }

    private static func find(_ byte: UInt8, in base: UnsafePointer<UInt8>, from: Int, count: Int) -> Int {
        guard from < count, let found = memchr(base + from, Int32(byte), count - from) else { return count }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    // MARK: - Checks

    private func accepts(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        !wholeWord || WordCharacters.isWholeWord(range, in: text)
    }

    /// True when every byte is ASCII.
    static func isASCII(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= text.count {
            if raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 {
                return false
            }
            index += 8
        }
        while index < text.count {
            if text[index] >= 0x80 { return false }
            index += 1
        }
        return true
    }

    /// Non-ASCII scalars that composition makes ASCII, with the byte they become: the Kelvin
    /// sign, the Greek question mark and the Greek varia.
    private static let becomingComposed: [(ascii: UInt8, utf8: [UInt8])] = [
        (0x4B, [0xE2, 0x84, 0xAA]), (0x3B, [0xCD, 0xBE]), (0x60, [0xE1, 0xBF, 0xAF]),
    ]

    /// The same after case folding, with the long s, which folds to `s`.
    private static let becomingFolded: [(ascii: UInt8, utf8: [UInt8])] = [
        (0x6B, [0xE2, 0x84, 0xAA]), (0x73, [0xC5, 0xBF]), (0x3B, [0xCD, 0xBE]), (0x60, [0xE1, 0xBF, 0xAF]),
    ]

    /// True when the text holds one of the byte sequences (UTF-8 of single scalars): memchr for
    /// each one's last byte, then a look at the bytes before it.
    static func contains(_ sequences: [[UInt8]], in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress, !sequences.isEmpty, !isASCII(text) else { return false }
        for sequence in sequences {
            let last = sequence.count - 1
            var from = last
            while case let found = find(sequence[last], in: base, from: from, count: text.count), found < text.count {
                if (0..<last).allSatisfy({ base[found - last + $0] == sequence[$0] }) { return true }
                from = found + 1
            }
        }
        return false
    }

    /// How common a byte is in English text, for choosing the byte to scan for.
    private static func commonness(_ byte: UInt8) -> Int {
        let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        let letters: [UInt8] = Array("zqjxkvbpygfwmucldrhsnioate ".utf8)
        if let rank = letters.firstIndex(of: lower) { return rank + 1 }
        return lower >= 0x80 ? 1 : 10  // digits and punctuation: moderately rare
    }
}
