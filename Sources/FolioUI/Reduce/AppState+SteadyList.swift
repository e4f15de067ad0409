/// A steady list: while the library is read or searched in the background, rows are added and
/// sorted again; the selected article stays selected and keeps its row on the screen. A row
/// that comes above the top of the screen moves nothing on it; one that comes between the top
/// and the selection pushes the rows above the selection up.
extension AppState {
    /// The selection, and its row on the screen.
    struct ListAnchor {
        var selected: EntryID?
        var selectedFeed: FeedKey?
        var screenRow: Int?
    }

    /// Where the selection is now.
    var listAnchor: ListAnchor {
        ListAnchor(selected: list.selected, selectedFeed: list.selectedFeed, screenRow: selectedScreenRow)
    }

    /// The selected row's row on the screen (in list rows from the pane's top) as the list
    /// shows it: its top held to the last screenful and moved so that the selection is in view.
    var selectedScreenRow: Int? {
        let rows = listRows
        guard let position = selectedRow(in: rows) else { return nil }
        let visible = listPage
        let top = min(max(min(list.top, max(0, rows.count - visible)), position - visible + 1), position)
        return position - top
    }

    /// Applies a change the background brought (rows read, hits found), holding the list
    /// steady; shows an all-articles search's results at its first hit.
    mutating func holdingList<T>(_ change: (inout AppState) -> T) -> T {
        let anchor = listAnchor
        let result = change(&self)
        showResultsOnFirstHit()
        hold(anchor)
        return result
    }

    /// After the rows changed: until the user moves in the list, it stays at its top with the
    /// first row selected; else the selection, when it is still `anchor`'s, goes back to its
    /// screen row (a selection gone from the library goes to the first article).
    mutating func hold(_ anchor: ListAnchor) {
        let rows = listRows
        if list.isUntouched {
            let first = rows.first
            list.selectedFeed = first?.feed
            list.selected = first?.entry.map { entries[$0].id }
            list.top = 0
            return
        }
        if list.selected.map({ !entries.contains($0) }) ?? true {
            list.selected = shownEntries.first.map { entries[$0].id }
        }
        if list.selected == anchor.selected, list.selectedFeed == anchor.selectedFeed, let row = anchor.screenRow,
            let position = selectedRow(in: rows)
        {
            list.top = max(0, position - row)
        }
        keepSelectionVisible()
    }
}
