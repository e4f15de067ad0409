import FolioKit
import FolioStore
import FolioUI

extension LibrarySession {
    /// True for a library of the bundled samples (opened by `folio` alone): they are not files,
    /// and keep no marks.
    var isSamples: Bool { paths.isEmpty }

    /// Handles a reading-state effect for an article that keeps no marks: nothing is read or
    /// written, and `m` (and `'` on the samples) says so on the status line instead of doing
    /// nothing; so does `m` when the state database is read-only. False for every other
    /// effect, which `perform` carries out.
    func refusesMarks(_ effect: Effect, on state: inout AppState) -> Bool {
        // A file keeps marks; standard input (which cannot be opened again) and the bundled
        // samples keep none.
        let entries = state.entries
        func keepsMarks(_ id: EntryID) -> Bool? { entries[id].map { $0.source.isFile } }
        switch effect {
        case .addBookmark(let id, _):
            guard keepsMarks(id) == false else {
                guard store.isReadOnly else { return false }
                state.message = StatusMessage("The state database is read-only: bookmarks are not saved", isError: true)
                return true
            }
            state.message = StatusMessage(isSamples ? "The bundled samples keep no bookmarks" : "Standard input keeps no bookmarks")
            return true
        case .listBookmarks, .openBookmark, .deleteBookmark:
            guard isSamples else { return false }
            state.message = StatusMessage("The bundled samples keep no bookmarks")
            return true
        case .savePosition(let id, _, _):
            return keepsMarks(id) != true
        case .loadPosition(let id):
            return keepsMarks(id) == false
        case .setRead, .setLastArticle:
            // Standard input's own marks are left out where they are written.
            return isSamples
        default:
            return false
        }
    }

    /// Keeps the theme picked with `T` for the next start.
    func keepTheme(_ name: String, on state: inout AppState) {
        attempt(&state) { () throws(StoreError) in try store.setPreference(.theme, to: name) }
    }
}
