/// How the list and the reader share the width side by side. The reader keeps its measure (its
/// widest text column, with a column of margin each side) and the list gets the rest, at least
/// `minimumList` columns: where both cannot fit, the measure gives way. `<` and `>` move the
/// divider from there (`shift`), and the choice is kept for the next start.
public struct PaneSplit: Sendable, Equatable {
    /// The narrowest list side by side.
    public static let minimumList = 30
    /// The narrowest reader pane side by side (margins included).
    public static let minimumReader = 40
    /// The columns `<` and `>` move the divider.
    public static let step = 4
    /// The measure when none is set.
    public static let standardMeasure = 80

    /// The reader's widest text column.
    public var measure: Int
    /// The columns the list has beyond (negative: short of) what the reader's measure leaves it.
    public var shift: Int

    /// Creates a split.
    public init(measure: Int = PaneSplit.standardMeasure, shift: Int = 0) {
        self.measure = measure
        self.shift = shift
    }

    /// The list's width side by side in a terminal `width` columns wide, the divider's column
    /// not counted: what the reader's measure leaves, moved by `shift`, and never narrower than
    /// `minimumList` nor so wide that the reader has less than `minimumReader`.
    public func listWidth(in width: Int) -> Int {
        clamped(natural(in: width) + shift, in: width)
    }

    /// The split with the divider moved by `columns` (negative: to the left, a narrower list)
    /// in a terminal `width` columns wide. The shift kept is the one in force there, so a
    /// divider at its limit moves back at the first key the other way.
    public func moved(by columns: Int, in width: Int) -> PaneSplit {
        var moved = self
        moved.shift = clamped(listWidth(in: width) + columns, in: width) - natural(in: width)
        return moved
    }

    /// The list's width before any move: what the reader's measure leaves, at least `minimumList`.
    private func natural(in width: Int) -> Int {
        max(PaneSplit.minimumList, width - 1 - (measure + 2))
    }

    private func clamped(_ listWidth: Int, in width: Int) -> Int {
        let widest = max(PaneSplit.minimumList, width - 1 - PaneSplit.minimumReader)
        return min(max(PaneSplit.minimumList, listWidth), widest)
    }
}
