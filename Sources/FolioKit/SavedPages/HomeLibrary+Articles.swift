import Foundation

extension HomeLibrary {
    /// The folders of the library that hold articles, whether they exist yet or not: today its
    /// saved pages (`pages/`). `folio` with no PATH opens these, and `folio dump` and `folio
    /// search` with none read them; what else the library comes to hold as articles is added
    /// here.
    public func articleRoots() -> [String] {
        [pages.path]
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
