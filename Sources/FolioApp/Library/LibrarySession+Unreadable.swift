import FolioKit
import FolioUI

extension LibrarySession {
    /// Names folders the walk could not read on the status line (the first, and how many
    /// more), and keeps them for standard error once the screen has ended.
    func reportUnreadable(_ errors: [LoadError], on state: inout AppState) {
        guard let first = errors.first else { return }
        let more = errors.count > 1 ? " (and \(errors.count - 1) more)" : ""
        state.message = StatusMessage(first.description + more, isError: true)
        for error in errors where !unreadable.contains(error) { unreadable.append(error) }
    }
}
