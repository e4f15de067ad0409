import FolioKit

/// A place in an article that survives re-wrapping and edits: the block's indices, the first
/// characters of the block's text, and a UTF-8 offset into that text.
///
/// The anchor never mentions screen lines, so a different terminal width finds the same words.
/// When a paragraph was inserted or removed before it, the indices are stale and the block is
/// found again by its snippet (and, for a snippet several blocks share, such as `* * *`, by
/// which of them it was).
public struct ReadingAnchor: Sendable, Hashable {
    /// How many characters of the block's text the snippet keeps.
    public static let snippetLength = 40

    /// Index of the section in `Article.sections`.
    public var section: Int
    /// Index of the block in that section's `blocks`.
    public var block: Int
    /// The first `snippetLength` characters of the block's text (all of it when shorter).
    public var snippet: String
    /// UTF-8 offset into the block's text.
    public var offset: Int
    /// How many blocks before this one start with the same snippet.
    public var occurrence: Int

    /// Creates an anchor from stored values.
    public init(section: Int, block: Int, snippet: String, offset: Int, occurrence: Int = 0) {
        self.section = section
        self.block = block
        self.snippet = snippet
        self.offset = offset
        self.occurrence = occurrence
    }

    /// The anchor of UTF-8 offset `offset` in block `block` of section `section`; nil when the
    /// article has no such block.
    public init?(in article: Article, section: Int, block: Int, offset: Int = 0) {
        guard article.sections.indices.contains(section), article.sections[section].blocks.indices.contains(block)
        else { return nil }
        let text = article.sections[section].blocks[block].text
        self.init(
            section: section, block: block, snippet: String(text.prefix(Self.snippetLength)),
            offset: Self.boundary(max(0, offset), in: text))
        // Counted in place, on the first byte before the snippet: this runs for every block
        // before the place, at every save.
        let first = snippet.utf8.first
        var count = 0
        for sectionIndex in 0...section {
            let blocks = article.sections[sectionIndex].blocks
            let end = sectionIndex == section ? block : blocks.count
            blocks.withUnsafeBufferPointer { blocks in
                for index in 0..<end where blocks[index].text.utf8.first == first && matches(blocks[index].text) {
                    count += 1
                }
            }
        }
        occurrence = count
    }

    /// Where the anchor lies in `article`, which may have been edited since the anchor was made:
    /// - the block starting with the snippet that is the same occurrence of it as before
    ///   (the anchor's own block when the snippet is unique);
    /// - when there are fewer such blocks now, the one nearest the anchor's indices;
    /// - when none starts with the snippet (the block's opening was edited), the block at the
    ///   anchor's indices, if it exists.
    ///
    /// The offset is kept, cut to the block's length and moved back to the start of a Unicode
    /// scalar. Nil when none of these exist.
    public func resolve(in article: Article) -> (section: Int, block: Int, offset: Int)? {
        func position(_ section: Int, _ block: Int) -> (section: Int, block: Int, offset: Int) {
            (section, block, Self.boundary(offset, in: article.sections[section].blocks[block].text))
        }
        let sections = article.sections
        var found: [(section: Int, block: Int, flat: Int)] = []
        var flat = 0
        for (sectionIndex, candidate) in sections.enumerated() {
            for (blockIndex, block) in candidate.blocks.enumerated() {
                if matches(block.text) { found.append((sectionIndex, blockIndex, flat)) }
                flat += 1
            }
        }
        if found.indices.contains(occurrence) { return position(found[occurrence].section, found[occurrence].block) }
        let target = sections.prefix(min(section, sections.count)).reduce(0) { $0 + $1.blocks.count } + block
        if let nearest = found.min(by: { abs($0.flat - target) < abs($1.flat - target) }) {
            return position(nearest.section, nearest.block)
        }
        let indicesExist = sections.indices.contains(section) && sections[section].blocks.indices.contains(block)
        return indicesExist ? position(section, block) : nil
    }

    /// True when `text` starts with the snippet (an empty snippet matches only empty text).
    private func matches(_ text: String) -> Bool {
        snippet.isEmpty ? text.isEmpty : text.utf8.starts(with: snippet.utf8)
    }

    /// `offset` cut to the length of `text` and moved back to the start of a Unicode scalar.
    private static func boundary(_ offset: Int, in text: String) -> Int {
        var text = text
        return text.withUTF8 { utf8 in
            var result = min(max(0, offset), utf8.count)
            while result > 0, result < utf8.count, utf8[result] & 0xC0 == 0x80 { result -= 1 }
            return result
        }
    }
}
