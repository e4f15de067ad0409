import FolioKit
import FolioStore
import FolioUI

extension LibrarySession {
    /// `m`: keeps a bookmark where the reader is in the entry's article (one per place), and
    /// says so on the status line.
    func addBookmark(_ id: EntryID, _ anchor: LayoutAnchor, on state: inout AppState) -> [Effect] {
        guard let key = storeKey(id, in: state), let article = state.reader.layout?.article else { return [] }
        // The title, byline and date have no place of their own: the bookmark is the article's start.
        let stored = ReadingPlace.anchor(anchor, in: article) ?? ReadingAnchor(in: article, section: 0, block: 0)
        guard let stored else {
            state.message = StatusMessage("This article has no text to bookmark", isError: true)
            return []
        }
        let label = ReadingPlace.label(stored, in: article)
        // `m` twice at one place keeps one bookmark.
        let existing = attempt(&state) { () throws(StoreError) in try store.bookmarks(for: key) }
        if let same = existing?.first(where: { $0.anchor == stored }) {
            state.message = StatusMessage("Already bookmarked: \(same.label)")
            return []
        }
        if attempt(&state, { () throws(StoreError) in
            try store.addBookmark(path: key, anchor: stored, label: label)
        }) != nil {
            state.message = StatusMessage("Bookmark set: \(label)")
        }
        return []
    }

    /// `'`: reads every bookmark, each named by its article's entry when it is among those
    /// opened (else by its file), for the popup.
    func listBookmarks(on state: inout AppState) -> [Effect] {
        guard let all = attempt(&state, { () throws(StoreError) in try store.bookmarks() }) else { return [] }
        bookmarks = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // Each bookmarked file's first entry among those opened.
        var opened: [String: LibraryEntry] = [:]
        let wanted = Set(all.map(\.path))
        for entry in state.entries {
            guard let path = entry.source.path else { continue }
            let key = StorePath.key(path)
            if wanted.contains(key), opened[key] == nil { opened[key] = entry }
        }
        let items = all.map { bookmark in
            let entry = opened[bookmark.path]
            return BookmarkItem(
                id: bookmark.id, entry: entry?.id, path: entry?.source.path ?? bookmark.path,
                title: entry?.title ?? LibraryEntry(source: .file(bookmark.path)).title, label: bookmark.label)
        }
        return state.reduce(.bookmarksLoaded(items))
    }
}
