import FolioKit
import FolioStore
import FolioUI

extension LibrarySession {
    /// Takes the stamp of a page the reader saved when its file lies under the library's
    /// paths, as the walk would have taken it: `R` then knows it, and drops it when it goes.
    func keepStamp(of result: PageSaveResult, _ stamp: FileStamp?) {
        switch result {
        case .saved(_, let file), .exists(_, let file):
            keepStamp(stamp, of: file.source)
        case .failed:
            break
        }
    }

    /// Takes the stamp of a file the reader wrote or read again (a saved page, an item given its
    /// full text) when the file lies under the library's paths.
    func keepStamp(_ stamp: FileStamp?, of source: ArticleSource) {
        guard let stamp, case .file(let path) = source, isWatched(path) else { return }
        stamps[path] = stamp
    }

    /// True when `path` is one of the library's paths or lies under one (`R` reads it again).
    func isWatched(_ path: String) -> Bool {
        paths.contains { path == $0 || path.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
    }
}
