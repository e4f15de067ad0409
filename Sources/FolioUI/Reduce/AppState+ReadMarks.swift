import FolioKit

extension AppState {
    /// The article read-mark keys act on: the open one in the reader, else the selected one.
    private var markedEntry: Int? {
        (keyContext == .reader ? reader.entry : list.selected).flatMap(entries.position(of:))
    }

    /// `U`: marks the article read when it is unread, else unread; on a feed's header, every
    /// item of the feed (read when any is unread, else unread).
    mutating func toggleRead() -> [Effect] {
        if keyContext != .reader, let feed = list.selectedFeed {
            let items = entries.indices.filter { FeedKey(entries[$0]) == feed }
            let read = items.contains { entries[$0].isUnread }
            message = StatusMessage("Marked “\(feed.title)” \(read ? "read" : "unread")")
            return setRead(items, read: read)
        }
        guard let index = markedEntry else {
            message = StatusMessage("No article selected")
            return []
        }
        let read = entries[index].isUnread
        message = StatusMessage("Marked \(read ? "read" : "unread"): \(entries[index].title)")
        return setRead([index], read: read)
    }

    /// `A`: marks every article the list shows read (those a filter hides keep their marks).
    mutating func markListedRead() -> [Effect] {
        let unread = shownEntries.filter { entries[$0].isUnread }
        message = StatusMessage(
            unread.isEmpty ? "Every article listed is read"
                : "Marked \(unread.count == 1 ? "1 article" : "\(unread.count) articles") read")
        return setRead(unread, read: true)
    }

    /// `.`: opens the next unread article in the list's order: from the list the selected one
    /// when it is unread, from the reader the first after the open one; past the end it goes on
    /// from the top.
    mutating func openNextUnread() -> [Effect] {
        let order = shownEntries
        let fromReader = keyContext == .reader
        let start = markedEntry.flatMap { order.firstIndex(of: $0) }.map { fromReader ? $0 + 1 : $0 } ?? 0
        for step in 0..<order.count {
            let index = order[(start + step) % order.count]
            guard entries[index].isUnread else { continue }
            if start + step >= order.count { message = StatusMessage("No unread article below: continuing from the top") }
            return open(entries[index].id)
        }
        message = StatusMessage(order.count == entries.count ? "No unread articles" : "No unread articles listed")
        return []
    }

    /// `J` and `K` in the reader: opens the article after (1) or before (-1) the open one in
    /// the list's order, marking it read as opening does.
    mutating func openAdjacent(_ step: Int) -> [Effect] {
        let order = shownEntries
        guard let current = reader.entry.flatMap(entries.position(of:)), let position = order.firstIndex(of: current) else {
            message = StatusMessage("The open article is not in the list")
            return []
        }
        let next = position + step
        guard order.indices.contains(next) else {
            message = StatusMessage(step > 0 ? "Last article in the list" : "First article in the list")
            return []
        }
        return open(entries[order[next]].id)
    }

    /// Sets the read mark of entries, and asks the wiring to keep the marks that changed.
    private mutating func setRead(_ indices: [Int], read: Bool) -> [Effect] {
        var changed: [EntryID] = []
        for index in indices where entries[index].isUnread == read {
            entries[index].isUnread = !read
            changed.append(entries[index].id)
        }
        return changed.isEmpty ? [] : [.setRead(entries: changed, isRead: read)]
    }
}
