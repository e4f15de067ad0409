import Foundation

extension HomeLibrary {
    /// The folders of the library that hold articles, whether they exist yet or not: its saved
    /// pages (`pages/`) and its feeds' items (`feeds/`). `folio` with no PATH opens these, and
    /// `folio dump` and `folio search` with none read them.
    public func articleRoots() -> [String] {
        [pages.path, feedsFolder]
    }

    /// The article roots that exist now, as folders (a library nothing was saved in yet has
    /// none).
    public func existingArticleRoots() -> [String] {
        articleRoots().filter { root in
            var status = stat()
            return stat(root, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
        }
    }
}
