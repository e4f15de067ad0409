import FolioKit

/// The PATH arguments of `folio dump` and `folio search`, expanded into article files.
enum PathArguments {
    /// The article files for `paths`, in order; each path that cannot be used is reported on
    /// standard error and sets `failed`.
    static func files(_ paths: [String], failed: inout Bool) -> [String] {
        var files: [String] = []
        for entry in ArticleFiles.expand(paths) {
            switch entry {
            case .success(let path): files.append(path)
            case .failure(let error):
                StandardOutput.error(error.description)
                failed = true
            }
        }
        return files
    }
}
