import FolioKit

extension AppState {
    /// `m`: asks the wiring to keep the reader's place as a bookmark.
    mutating func addBookmark() -> [Effect] {
        guard let entry = reader.entry, reader.layout != nil else {
            message = StatusMessage("Open an article to set a bookmark")
            return []
        }
        return [.addBookmark(entry: entry, anchor: reader.anchor)]
    }

    /// Shows the bookmarks the wiring read (or says there are none).
    mutating func bookmarksLoaded(_ items: [BookmarkItem]) {
        guard !items.isEmpty else {
            message = StatusMessage("No bookmarks yet: press m in an article to set one")
            return
        }
        overlay = .bookmarks(BookmarkList(items: items))
    }

    mutating func moveBookmarkSelection(by delta: Int) {
        guard case .bookmarks(var list) = overlay else { return }
        list.selected = min(max(0, list.selected + delta), max(0, list.items.count - 1))
        overlay = .bookmarks(list)
    }

    /// Opens the selected bookmark's article and asks the wiring to move to the bookmark.
    mutating func openBookmark() -> [Effect] {
        guard case .bookmarks(let list) = overlay, list.items.indices.contains(list.selected) else { return [] }
        let item = list.items[list.selected]
        overlay = nil
        guard let entry = item.entry, entries.contains(entry) else {
            message = StatusMessage("“\(item.title)” is not among the articles opened: \(PathBytes.escaped(item.path))", isError: true)
            return []
        }
        let opening = open(entry).filter { if case .loadPosition = $0 { false } else { true } }
        return opening + [.openBookmark(id: item.id, entry: entry)]
    }

    /// Deletes the selected bookmark; the popup closes when none are left.
    mutating func deleteBookmark() -> [Effect] {
        guard case .bookmarks(var list) = overlay, list.items.indices.contains(list.selected) else { return [] }
        let item = list.items.remove(at: list.selected)
        list.selected = min(list.selected, max(0, list.items.count - 1))
        overlay = list.items.isEmpty ? nil : .bookmarks(list)
        message = StatusMessage("Bookmark deleted: \(item.place) — \(item.title)")
        return [.deleteBookmark(id: item.id)]
    }
}
