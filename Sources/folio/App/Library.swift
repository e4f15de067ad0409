import FolioKit
import FolioStore
import FolioUI

/// The articles the reader opens: the files behind the command-line paths (or the bundled
/// samples), and the errors of the paths that could not be used.
struct Library {
    /// One entry per article, in path order.
    var entries: [LibraryEntry] = []
    /// What went wrong with the paths and files that could not be read.
    var errors: [LoadError] = []
    /// Files to read in the background: new or changed since the catalog last saw them.
    var stale: [String] = []
    /// Files to check against the catalog in the background (a big library), then read if
    /// new or changed.
    var unchecked: [String] = []

    /// Up to this many files are checked against the catalog before the first paint (well
    /// under 100 ms); a bigger library paints at once under the files' names, sorted by path,
    /// and its details arrive from the background.
    static let checkedBeforePaint = 5_000

    /// Reads the bundled sample articles.
    static func samples() -> Library {
        var library = Library()
        for sample in BundledSamples.all {
            let article = PlainTextReader.read(Array(sample.text.utf8), path: "samples/\(sample.name)")
            library.entries.append(LibraryEntry(article: article))
        }
        return library
    }

    /// Expands `paths` (`-` is standard input, read at once) and lists their files without
    /// parsing: files the catalog knows unchanged with their details, the others under their
    /// file names until the background reading (`stale`) gets to them. A single file is read
    /// at once, so that one that cannot be read is reported before the screen starts. Beyond
    /// `checkedBeforePaint` files, even the catalog is read in the background (`unchecked`).
    static func open(_ paths: [String], session: LibrarySession) -> Library {
        var library = Library()
        var files: [String] = []
        for result in ArticleFiles.expand(paths) {
            switch result {
            case .success(let file): files.append(file)
            case .failure(let error): library.errors.append(error)
            }
        }
        let readPaths = (try? session.store.readPaths()) ?? []
        if files.count == 1 || files.contains("-") {
            // Standard input (and a lone file) are read now, as before the screen.
            for file in files {
                let stamp = file == "-" ? nil : FileStamp(path: StorePath.key(file))
                do throws(LoadError) {
                    let articles = try ArticleLoader.load(file)
                    let isUnread = !readPaths.contains(StorePath.key(file))
                    library.entries += articles.map { article in
                        var entry = LibraryEntry(article: article, isUnread: isUnread)
                        entry.isOnDisk = file != "-" && article.format != .feed
                        return entry
                    }
                    if let stamp, articles.count == 1, let article = articles.first, article.format != .feed {
                        session.stamps[file] = stamp
                        try? session.store.update([CatalogEntry(article: article, stamp: stamp)])
                        try? session.store.index(article, stamp: stamp)
                    }
                } catch {
                    library.errors.append(error)
                }
            }
            return library
        }
        let keys = files.map(StorePath.key)
        guard files.count <= checkedBeforePaint else {
            library.entries = zip(files, keys).map { file, key in
                var entry = LibraryEntry(path: file, isUnread: !readPaths.contains(key))
                entry.isOnDisk = true
                return entry
            }
            library.unchecked = files
            return library
        }
        var stamped: [FileStamp] = []
        stamped.reserveCapacity(files.count)
        for (file, key) in zip(files, keys) {
            guard let stamp = FileStamp(path: key) else { continue }
            session.stamps[file] = stamp
            stamped.append(stamp)
        }
        let cached = (try? session.store.cachedEntries(for: stamped).fresh) ?? []
        var known: [String: CatalogEntry] = [:]
        known.reserveCapacity(cached.count)
        for entry in cached { known[entry.path] = entry }
        library.entries.reserveCapacity(files.count)
        for (file, key) in zip(files, keys) {
            let isUnread = !readPaths.contains(key)
            if let entry = known[key] {
                library.entries.append(LibrarySession.entry(path: file, cached: entry, isUnread: isUnread))
            } else {
                var entry = LibraryEntry(path: file, isUnread: isUnread)
                entry.isOnDisk = true
                library.entries.append(entry)
                library.stale.append(file)
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
