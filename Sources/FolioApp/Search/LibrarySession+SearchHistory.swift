import FolioStore
import FolioUI

extension LibrarySession {
    /// The search history kept from earlier runs, oldest first (none when it cannot be read).
    func searchHistory(on state: inout AppState) -> [String] {
        attempt(&state) { () throws(StoreError) in try store.searchHistory() } ?? []
    }

    /// Keeps `query` as the newest in the search history.
    func saveSearch(_ query: String, on state: inout AppState) {
        attempt(&state) { () throws(StoreError) in try store.addSearch(query) }
    }
}
