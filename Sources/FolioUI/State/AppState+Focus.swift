extension AppState {
    /// True when keys go to the list rather than the reader: it has focus, or no article is
    /// open. The list then shows its selection highlighted, and the divider points at it.
    var listHasFocus: Bool { focus == .list || reader.entry == nil }
}
