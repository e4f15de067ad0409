import FolioKit

extension AppState {
    /// `=` and Ctrl-G, as less's `=`: the file, the lines on the screen of how many and how
    /// far that is, and the section at the top; in the list, the selected article's file and
    /// its place in the list. Shown on the status line until the next key.
    mutating func showPlace() {
        if keyContext == .reader, let entry = reader.entry.flatMap({ entries[$0] }), let layout = reader.layout {
            let count = layout.lines.count
            let last = min(reader.top + viewHeight, count)
            let percent = count == 0 ? 100 : last * 100 / count
            let section = StatusLine.section(layout: layout, top: reader.top)
            message = StatusMessage(
                "\(entry.source.name) · lines \(reader.top + 1)–\(last) of \(count) · \(percent)% · \(section)")
            return
        }
        let order = shownEntries
        if let feed = list.selectedFeed {
            let items = order.filter { FeedKey(entries[$0]) == feed }.count
            message = StatusMessage("\(feed.name) · feed “\(feed.title)” · \(items == 1 ? "1 item" : "\(items) items")")
        } else if let index = list.selected.flatMap(entries.position(of:)), let position = order.firstIndex(of: index) {
            message = StatusMessage("\(entries[index].source.name) · article \(position + 1) of \(order.count)")
        } else {
            message = StatusMessage("No article selected")
        }
    }
}
