import FolioKit

/// The help overlay: every key binding, grouped by where it applies, generated from the key
/// map; scrolls when taller than the screen.
enum HelpOverlay {
    /// The order contexts are listed in.
    static let contexts: [KeyContext] = [
        .browsing, .list, .reader, .searchInput, .filterInput, .addressInput, .outline, .links, .bookmarks, .help, .anywhere,
    ]

    /// One row of the overlay.
    struct Row: Equatable {
        var keys: String
        var description: String
        var isHeading: Bool
    }

    /// The rows: a heading per context, then its keys; bindings with the same description
    /// share a row (`1–9` for long runs).
    static func rows(_ keyMap: KeyMap) -> [Row] {
        var rows: [Row] = []
        for context in contexts {
            var merged: [(labels: [String], description: String)] = []
            for binding in keyMap.bindings where binding.context == context {
                let labels = binding.keys.map(\.label)
                if let last = merged.last, last.description == binding.description {
                    merged[merged.count - 1].labels += labels
                } else {
                    merged.append((labels, binding.description))
                }
            }
            guard !merged.isEmpty else { continue }
            if !rows.isEmpty { rows.append(Row(keys: "", description: "", isHeading: false)) }
            rows.append(Row(keys: context.title, description: "", isHeading: true))
            for (labels, description) in merged {
                let keys = labels.count > 4 ? "\(labels[0])–\(labels[labels.count - 1])" : labels.joined(separator: " ")
                rows.append(Row(keys: keys, description: description, isHeading: false))
            }
        }
        rows.append(Row(keys: "", description: "", isHeading: false))
        rows.append(Row(keys: "Search backward: / then N (previous hit).", description: "", isHeading: true))
        return rows
    }

    static func render(_ keyMap: KeyMap, top: Int, into buffer: inout ScreenBuffer, theme: Theme) {
        let rows = rows(keyMap)
        let width = min(buffer.width - 4, 72)
        let height = min(buffer.height - 2, rows.count + 2)
        let box = Rect(x: (buffer.width - width) / 2, y: (buffer.height - height) / 2, width: width, height: height)
        buffer.drawBox(box, title: "Keys — q, Esc or ? closes, j/k scroll", style: theme[.help])
        let inside = max(0, height - 2)
        let first = min(max(0, top), max(0, rows.count - inside))
        let keyWidth = 18
        for (offset, row) in rows.dropFirst(first).prefix(inside).enumerated() {
            let y = box.y + 1 + offset
            if row.isHeading {
                buffer.writeTruncated(row.keys, x: box.x + 2, y: y, style: theme[.readerHeading], maxX: box.maxX - 2)
            } else {
                buffer.writeTruncated(row.keys, x: box.x + 4, y: y, style: theme[.help], maxX: box.x + 3 + keyWidth)
                buffer.writeTruncated(row.description, x: box.x + 4 + keyWidth, y: y, style: theme[.help], maxX: box.maxX - 2)
            }
        }
    }
}
