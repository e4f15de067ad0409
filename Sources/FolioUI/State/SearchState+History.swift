extension SearchState {
    /// The most queries the history keeps; the oldest go first.
    public static let historyLimit = 200

    /// Makes `query` the newest in the history: once only (an earlier copy goes), and at most
    /// `historyLimit` queries.
    mutating func remember(_ query: String) {
        history.removeAll { $0 == query }
        history.append(query)
        if history.count > Self.historyLimit { history.removeFirst(history.count - Self.historyLimit) }
    }

    /// Takes the history kept from earlier runs (oldest first): this run's queries stay the newest.
    mutating func restoreHistory(_ earlier: [String]) {
        let recent = history
        history = []
        for query in earlier + recent { remember(query) }
        historyIndex = nil
        isHistoryLoaded = true
    }
}
