import FolioKit

/// What the list sorts entries by, by their positions in `AppState.entries`, found once for a
/// sort rather than read from the entries at every comparison (`AppState.sortKeys(_:)`).
struct EntrySortKeys {
    /// Each entry's publication date.
    var published: [SimpleDate?]
    /// Sorting by title: each entry's title in lower case.
    var titles: [String] = []
    /// Sorting by title: each entry's place in title order (ties in the entries' order).
    var titleRanks: [Int] = []

    /// The order of two entries by `sort`: newest first (undated last), or by title.
    func comesBefore(_ lhs: Int, _ rhs: Int, by sort: SortOrder) -> Bool {
        switch sort {
        case .date: return Self.newer(published[lhs], published[rhs]) ?? (lhs < rhs)
        case .title: return titleRanks[lhs] < titleRanks[rhs]
        }
    }

    /// True when `lhs` sorts before `rhs` newest first (a date before none); nil when they are
    /// the same.
    static func newer(_ lhs: SimpleDate?, _ rhs: SimpleDate?) -> Bool? {
        switch (lhs, rhs) {
        case let (left?, right?) where left != right: return left > right
        case (.some, nil): return true
        case (nil, .some): return false
        default: return nil
        }
    }
}
