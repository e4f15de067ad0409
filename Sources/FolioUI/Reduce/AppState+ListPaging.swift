extension AppState {
    /// The rows (articles or feed headers) the list shows at once: a page.
    var listPage: Int { max(1, geometry.listArea.height / ArticleListPane.rowsPerEntry) }

    /// Pages the list as the reader pages text: the view moves by `rows` and the selection
    /// with it, staying on the same screen row; at either end the selection goes on to the
    /// first or last row.
    mutating func moveListView(by rows: Int) {
        let all = listRows
        guard !all.isEmpty else { return }
        let position = selectedRow(in: all) ?? 0
        let lastTop = max(0, all.count - listPage)
        list.top = min(max(0, list.top + rows), lastTop)
        select(all[min(max(0, position + rows), all.count - 1)])
        keepSelectionVisible()
    }
}
