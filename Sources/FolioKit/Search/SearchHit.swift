/// Where in an article a piece of searchable text lies.
public enum TextPlace: Sendable, Hashable, Comparable {
    /// The article's title.
    case title
    /// The byline line.
    case byline
    /// The heading of section `section`.
    case heading(section: Int)
    /// Block `block` of section `section`.
    case block(section: Int, block: Int)

    /// The section the place belongs to (title and byline belong to the first).
    public var section: Int {
        switch self {
        case .title, .byline: return 0
        case .heading(let section), .block(let section, _): return section
        }
    }
}

/// One match: the place and the UTF-8 byte range within that place's text.
public struct SearchHit: Sendable, Hashable, Comparable {
    /// Which text the hit is in.
    public var place: TextPlace
    /// UTF-8 offsets of the match within that text.
    public var range: Range<Int>

    /// Creates a hit.
    public init(place: TextPlace, range: Range<Int>) {
        self.place = place
        self.range = range
    }

    public static func < (lhs: SearchHit, rhs: SearchHit) -> Bool {
        lhs.place != rhs.place ? lhs.place < rhs.place : lhs.range.lowerBound < rhs.range.lowerBound
    }
}
