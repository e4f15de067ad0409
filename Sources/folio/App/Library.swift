import FolioKit
import FolioUI

/// The articles the reader opens: the files behind the command-line paths (or the bundled
/// samples), parsed up front on all cores, and the errors of those that could not be read.
struct Library {
    /// One entry per article that could be read, in path order.
    var entries: [LibraryEntry] = []
    /// What went wrong with the paths and files that could not be read.
    var errors: [LoadError] = []

    /// Reads the bundled sample articles.
    static func samples() -> Library {
        var library = Library()
        for sample in BundledSamples.all {
            let article = PlainTextReader.read(Array(sample.text.utf8), path: "samples/\(sample.name)")
            library.entries.append(LibraryEntry(article: article))
        }
        return library
    }

    /// Expands and reads `paths` (`-` is standard input).
    static func open(_ paths: [String]) -> Library {
        var library = Library()
        var files: [String] = []
        for result in ArticleFiles.expand(paths) {
            switch result {
            case .success(let file): files.append(file)
            case .failure(let error): library.errors.append(error)
            }
        }
        FileBatches.run(files, work: { path in Result { () throws(LoadError) in try ArticleLoader.load(path) } }) {
            switch $0 {
            case .success(let articles): library.entries += articles.map { LibraryEntry(article: $0) }
            case .failure(let error): library.errors.append(error)
            }
        }
        return library
    }

    /// Reads entry `index` again (the file may have changed since the start) and says how it
    /// went, as the action the app state expects.
    static func load(_ index: Int, of entries: [LibraryEntry]) -> Action {
        guard entries.indices.contains(index) else { return .loadFailed(index, "no such article") }
        let entry = entries[index]
        // Standard input cannot be read twice, the samples are not files, and a feed item is
        // one of many in its file: those keep the article read at the start.
        if let article = entry.article, entry.path == "-" || entry.path.hasPrefix("samples/") || article.format == .feed {
            return .articleLoaded(index, article)
        }
        do throws(LoadError) {
            // The file may have changed since the start; it is one article (not a feed).
            guard let article = try ArticleLoader.load(entry.path).first else {
                return .loadFailed(index, "no article any more")
            }
            return .articleLoaded(index, article)
        } catch {
            return .loadFailed(index, error.reason)
        }
    }
}
