import FolioKit
import FolioStore
import FolioUI

/// Files checked against the catalog: their stamps, the details the catalog has of those
/// unchanged since it saw them, and the others (new or changed: to read).
struct CatalogCheck {
    /// The files checked, in order.
    var files: [String]
    /// Each file's stamp, by the path the library names it by.
    var stamps: [String: FileStamp] = [:]
    /// The catalog's details of each file it knows unchanged.
    var cached: [String: CatalogEntry] = [:]
    /// The files new or changed since the catalog saw them (or that could not be stamped:
    /// reading them reports why), in order.
    var stale: [String] = []

    /// Stamps `files` (those not in `stamped` already) and looks them up in `store`'s
    /// catalog (`beforePaint`: for the first screen, see `LibraryStore.cachedEntries`).
    /// Without a store, or when its catalog cannot be read, every file is stale.
    init(_ files: [String], stamped known: [String: FileStamp] = [:], store: LibraryStore?, beforePaint: Bool = false) {
        self.files = files
        var stamped: [FileStamp] = []
        stamped.reserveCapacity(files.count)
        stamps.reserveCapacity(files.count)
        for file in files {
            guard let stamp = known[file] ?? FileStamp(path: StorePath.key(file)) else { continue }
            stamps[file] = stamp
            stamped.append(stamp)
        }
        var known: [String: CatalogEntry] = [:]
        for entry in (try? store?.cachedEntries(for: stamped, beforePaint: beforePaint).fresh) ?? [] { known[entry.path] = entry }
        for file in files {
            if let stamp = stamps[file], let entry = known[stamp.path] {
                cached[file] = entry
            } else {
                stale.append(file)
            }
        }
    }

    /// The stamps of `files` (those that can be stamped), by the path the library names them by.
    static func stamps(of files: [String]) -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        stamps.reserveCapacity(files.count)
        for file in files {
            if let stamp = FileStamp(path: StorePath.key(file)) { stamps[file] = stamp }
        }
        return stamps
    }

    /// The list entries of the files checked, in order: details from the catalog, or the
    /// file's name until it is read.
    func entries(readPaths: Set<String>) -> [LibraryEntry] {
        files.map { file in
            let isUnread = !readPaths.contains(stamps[file]?.path ?? StorePath.key(file))
            if let cached = cached[file] { return LibrarySession.entry(path: file, cached: cached, isUnread: isUnread) }
            var entry = LibraryEntry(source: .file(file), isUnread: isUnread)
            entry.isOnDisk = true
            return entry
        }
    }
}
