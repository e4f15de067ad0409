extension AppState {
    /// Moves the divider between the list and the reader by `columns` (negative: to the left),
    /// within the panes' limits, lays the open article out for the reader's new width, and asks
    /// for the choice to be kept. The status line says what the panes got, or why nothing moved.
    mutating func moveDivider(by columns: Int) -> [Effect] {
        guard geometry.sideBySide else {
            message = StatusMessage("The list and the reader are side by side from \(ScreenGeometry.sideBySideWidth) columns")
            return []
        }
        let moved = split.moved(by: columns, in: width)
        guard moved.listWidth(in: width) != split.listWidth(in: width) else {
            message = StatusMessage(
                columns < 0
                    ? "The list is as narrow as it goes (\(PaneSplit.minimumList) columns)"
                    : "The reader is as narrow as it goes (\(PaneSplit.minimumReader) columns)")
            return []
        }
        split = moved
        let effects = relayout()
        message = StatusMessage("List \(geometry.listArea.width) columns, reader \(geometry.readerColumn.width)")
        return effects + [.keepDivider(shift: split.shift)]
    }
}
