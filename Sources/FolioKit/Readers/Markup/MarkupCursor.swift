import Foundation

/// A position in a page's or feed's bytes, read as libxml2 reads its buffer: past the end
/// there are NUL bytes.
struct MarkupCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The byte at `index`.
    var current: UInt8 { byte(index) }

    /// The byte at `position`, 0 past the end.
    func byte(_ position: Int) -> UInt8 {
        position >= 0 && position < bytes.count ? bytes[position] : 0
    }

    /// Moves past blanks.
    mutating func skipBlanks() {
        while index < bytes.count, AttributeLimit.isBlank(bytes[index]) { index += 1 }
    }

    /// Moves past the bytes `test` accepts; returns how many there were.
    @discardableResult
    mutating func skip(while test: (UInt8) -> Bool) -> Int {
        let start = index
        while index < bytes.count, test(bytes[index]) { index += 1 }
        return index - start
    }

    /// The position of the next `byte` at or after `start` (default: `index`).
    func next(_ byte: UInt8, from start: Int? = nil) -> Int? {
        let start = start ?? index
        guard start < bytes.count, let base = bytes.baseAddress,
            let found = memchr(base + start, Int32(byte), bytes.count - start)
        else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Moves past the next `end` found from `start`; false (and at the end) when there is none.
    @discardableResult
    mutating func skip(past end: String, from start: Int) -> Bool {
        let end = Array(end.utf8)
        var position = start
        while let found = next(end[0], from: position) {
            index = found
            if starts(end) {
                index += end.count
                return true
            }
            position = found + 1
        }
        index = bytes.count
        return false
    }

    /// Whether the bytes at `index` are `text`.
    func starts(_ text: String) -> Bool { starts(Array(text.utf8)) }

    /// Whether the bytes at `index` are `bytes`.
    func starts(_ text: [UInt8]) -> Bool {
        text.indices.allSatisfy { byte(index + $0) == text[$0] }
    }

    /// Whether the bytes at `index` are `text` (written with upper-case letters) in any case.
    func startsIgnoringCase(_ text: String) -> Bool {
        text.utf8.enumerated().allSatisfy { offset, letter in
            let found = byte(index + offset)
            return found == letter || (AttributeLimit.isLetter(letter) && found == letter | 0x20)
        }
    }

    /// The length of the UTF-8 character a lead byte starts (1 for any other byte).
    static func characterLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...0xF7: 4
        case 0xE0...0xEF: 3
        case 0xC0...0xDF: 2
        default: 1
        }
    }
}
