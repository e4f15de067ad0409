import FolioKit
import Foundation

/// The PATH arguments of `folio dump` and `folio search`, expanded into article files; none
/// given reads the home library.
enum PathArguments {
    /// The article files for `paths`, in order; each path that cannot be used is reported on
    /// standard error and sets `failed`. No path: the home library's articles, which `--no-state`
    /// does not hide (they are data, not state); while it has none, one line on standard error
    /// says so and there are no files (the command ends as for no input). Exit status 2 when
    /// the environment names no home library.
    static func files(_ paths: [String], failed: inout Bool) throws(ExitStatus) -> [String] {
        guard !paths.isEmpty else { return try homeFiles(failed: &failed) }
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

    /// The article files of the home library.
    private static func homeFiles(failed: inout Bool) throws(ExitStatus) -> [String] {
        let library = try CommandRun.homeLibrary(ProcessEnvironment.variables())
        let roots = library.existingArticleRoots()
        let files = roots.isEmpty ? [] : try files(roots, failed: &failed)
        if files.isEmpty, !failed {
            StandardOutput.error("the home library (\(library.folder)) has no articles yet: add one with folio add URL")
        }
        return files
    }
}
