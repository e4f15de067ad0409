import FolioKit
import FolioStore

/// Converts between the reader's place on screen (`LayoutAnchor`) and the place the state
/// database keeps (`ReadingAnchor`, which survives edits of the file).
enum ReadingPlace {
    /// The stored anchor for a place in `article`; nil at the top (title, byline, date).
    /// A section heading is kept as the start of the section's first block.
    static func anchor(_ place: LayoutAnchor, in article: Article) -> ReadingAnchor? {
        switch place.content {
        case .block(let section, let block):
            return ReadingAnchor(in: article, section: section, block: block, offset: place.offset)
        case .heading(let section):
            return ReadingAnchor(in: article, section: section, block: 0)
        case .title, .byline, .meta, .blank:
            return nil
        }
    }

    /// The place on screen for a stored anchor, found again in `article` as it is now; the
    /// start of a section's first block shows from the section's heading.
    static func place(_ anchor: ReadingAnchor, in article: Article) -> LayoutAnchor? {
        guard let (section, block, offset) = anchor.resolve(in: article) else { return nil }
        if block == 0, offset == 0, article.sections[section].heading != nil {
            return LayoutAnchor(content: .heading(section: section))
        }
        return LayoutAnchor(content: .block(section: section, block: block), offset: offset)
    }

    /// A bookmark's label: the section's heading (or `lead`) and the first words from the
    /// place, `Impact on Regional Stability: The conflict has…`.
    static func label(_ anchor: ReadingAnchor, in article: Article) -> String {
        guard article.sections.indices.contains(anchor.section) else { return "" }
        let section = article.sections[anchor.section]
        let heading = section.heading ?? "lead"
        guard section.blocks.indices.contains(anchor.block) else { return heading }
        let text = Array(section.blocks[anchor.block].text.utf8)
        let start = min(max(0, anchor.offset), text.count)
        let words = String(decoding: text[start...], as: UTF8.self).prefix(48)
        return "\(heading): \(words)\(words.count == 48 ? "…" : "")"
    }
}
