import FolioKit
import Foundation

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

    /// `paths`, or the home library's folder when there are none (`folio dump`, `folio search`
    /// without a PATH): its saved pages and feed items. Exit status 2 when there is no home
    /// library to read.
    static func orHomeLibrary(_ paths: [String]) throws(ExitStatus) -> [String] {
        guard paths.isEmpty else { return paths }
        let library = try CommandRun.homeLibrary(ProcessEnvironment.variables())
        guard access(library.folder, F_OK) == 0 else {
            StandardOutput.error("the home library (\(library.folder)) is empty: add articles with `folio add URL` or feeds with `folio feed add URL`")
            throw ExitStatus(2)
        }
        return [library.folder]
    }
}
