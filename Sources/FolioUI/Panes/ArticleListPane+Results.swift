extension ArticleListPane {
    /// What the list says while it shows an all-articles search's results and none is listed:
    /// the search goes on, or found nothing here.
    static func resultsNote(_ state: AppState) -> [String] {
        let query = state.search.field.text
        if state.search.isSearching { return ["Searching all articles", "for “\(query)”…"] }
        let filter = state.list.filter.text
        let nothing = filter.isEmpty ? "No article holds “\(query)”." : "No results match “\(filter)”."
        return [nothing, "Esc shows the whole library."]
    }
}
