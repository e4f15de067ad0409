import FolioStore
import FolioUI

extension LibrarySession {
    /// Takes the stamp of a page the reader saved when its file lies under the library's
    /// paths, as the walk would have taken it: `R` then knows it, and drops it when it goes.
    func keepStamp(of result: PageSaveResult, _ stamp: FileStamp?) {
        guard let stamp else { return }
        switch result {
        case .saved(_, let file), .exists(_, let file):
            guard case .file(let path) = file.source,
                paths.contains(where: { path.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") })
            else { return }
            stamps[path] = stamp
        case .failed:
            break
        }
    }
}
