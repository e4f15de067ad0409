/// The results of an all-articles search as the list shows them: only the articles with hits
/// (a feed's items listed flat), from the search's first hit until Esc.
public struct SearchResults: Sendable, Equatable {
    /// Where the results are in their life.
    public enum Phase: Sendable, Equatable {
        /// No hit yet: the list shows the library.
        case waiting
        /// The list shows the results.
        case shown
        /// Esc put the library back in the list; the search's hits stay highlighted.
        case dismissed
    }

    /// Where the results are in their life.
    public internal(set) var phase = Phase.waiting
    /// How the results are ordered (`s` cycles it; the list's own sort stays).
    public internal(set) var order = ResultsOrder.rank
    /// The list's place when the results came, to go back to: the selected row and its row
    /// on the screen.
    var place: ListPlace?

    /// Creates results waiting for a search's first hit.
    public init() {}
}

/// The orders of a search's results.
public enum ResultsOrder: String, Sendable, Equatable, CaseIterable {
    /// Best first: by the full-text index's BM25 rank where it has one (whole-word queries),
    /// else by the number of hits.
    case rank
    /// Newest first, undated last.
    case date
    /// By title, ignoring case.
    case title

    /// The next order `s` goes to.
    var next: ResultsOrder {
        let all = Self.allCases
        return all[(all.firstIndex(of: self).map { $0 + 1 } ?? 0) % all.count]
    }
}

/// A place in the list to go back to: what was selected, where it was on the screen, and
/// whether the user had moved in the list.
struct ListPlace: Sendable, Equatable {
    var selected: EntryID?
    var selectedFeed: FeedKey?
    /// The selected row's row on the screen (counted in list rows from the top of the pane).
    var screenRow: Int?
    var isUntouched: Bool
}
