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
    /// The rest of a big library's folder walk, to finish in the background: its files are
    /// listed, checked against the catalog and read there.
    var walk: ArticleWalk?
    /// Files read before the first paint, for the background to keep in the store.
    var readings: [FileReading] = []
    /// Standard input, when it had not ended before the first paint: read on, and parsed as
    /// it grows.
    var standardInput: StandardInput?
    /// A note for the status line of the first paint (how to add an article to an empty home
    /// library).
    var note: String?

    /// The note of the bundled samples opened in place of an empty home library.
    static let emptyHomeNote = "No saved articles yet: press a to add a URL, or run folio add URL"

    /// A library with at most this many files new to the catalog, and no more to walk, is read
    /// before the first paint: its titles show at once (a few files parse in well under a frame).
    static let readBeforePaint = 8

    /// Files listed and checked against the catalog before the first paint: a list of 128 rows
    /// (two a file). A bigger library paints at once with these, and the rest of the list
    /// comes from the background, in path order, a batch at a time.
    static let listedBeforePaint = 64

    /// Reads the bundled sample articles.
    static func samples() -> Library {
        var library = Library()
        for sample in BundledSamples.all {
            let source = ArticleSource.sample(sample.name)
            let article = PlainTextReader.read(Array(sample.text.utf8), path: source.name)
            library.entries.append(LibraryEntry(article: article, source: source))
        }
        return library
    }

    /// The start of a folder walk: the first files of the command-line paths, found without
    /// the state database (which opens meanwhile).
    struct Listing {
        /// The command-line paths.
        var paths: [String]
        /// The rest of the walk.
        var walk: ArticleWalk
        /// The files found so far, in order.
        var files: [String]

        /// True when the screen will show a list of these files whatever the state database
        /// says: several files, none of them standard input, and no path that could not be
        /// opened (which is reported before the screen starts).
        var showsList: Bool {
            files.count > 1 && walk.errors.isEmpty && !paths.contains { ArticleSource(argument: $0).isStandardInput }
        }

        /// True when the file whose store path is `key` may be among the paths' files: it is
        /// one of them or lies under one.
        func mayHold(_ key: String) -> Bool {
            paths.contains { path in
                let root = StorePath.key(path)
                return key == root || key.hasPrefix(root.hasSuffix("/") ? root : root + "/")
            }
        }
    }

    /// Expands `paths` as far as the first `listedBeforePaint` files (all of them when
    /// standard input, `-`, is among them: it is read before the screen starts, with every
    /// file beside it).
    static func list(_ paths: [String]) -> Listing {
        var walk = ArticleWalk(paths)
        let readsInput = paths.contains { ArticleSource(argument: $0).isStandardInput }
        let files = readsInput ? walk.rest() : walk.next(listedBeforePaint)
        return Listing(paths: paths, walk: walk, files: files)
    }

    /// Lists the files of `listing` without parsing: files the catalog knows unchanged with
    /// their details, the others under their file names until the background reading
    /// (`stale`) gets to them. A single file is read at once, so that one that cannot be read
    /// is reported before the screen starts. The rest of the walk is left to the background
    /// (`walk`), unless `last` (the article open at the last quit, by its store path) is
    /// further on: the walk goes on until it is found, so that it can open again. `stamped`:
    /// stamps of files already taken.
    static func open(
        _ listing: Listing, stamped: [String: FileStamp] = [:], session: LibrarySession, readPaths: Set<String>,
        through last: String? = nil
    ) -> Library {
        var library = Library()
        var walk = listing.walk, files = listing.files
        if let last, listing.mayHold(last) {
            var found = files.contains { StorePath.key($0) == last }
            while !found, !walk.isFinished {
                let more = walk.next(1024)
                found = more.contains { StorePath.key($0) == last }
                files += more
            }
        }
        // The paths that cannot be used, and the folders found unreadable so far; the rest of
        // the walk reports its own.
        library.errors = walk.errors
        if walk.isFinished, files.count == 1 || files.contains(where: { ArticleSource(argument: $0).isStandardInput }) {
            readNow(files, readPaths: readPaths, session: session, into: &library)
            return library
        }
        if !walk.isFinished { library.walk = walk }
        // Fresh state has no catalog to look in: every file is read in the background.
        let checked = CatalogCheck(files, stamped: stamped, store: session.opening.firstLook()?.store, beforePaint: true)
        library.entries = checked.entries(readPaths: readPaths)
        library.stale = checked.stale
        session.stamps.merge(checked.stamps) { _, new in new }
        if library.walk == nil, !checked.stale.isEmpty, checked.stale.count <= readBeforePaint {
            var readings: [String: FileReading] = [:]
            for file in checked.stale { readings[file] = FileReading.details(of: file, readPaths: readPaths, limit: session.sizeLimit) }
            // A feed's file gives an entry per item.
            library.entries = zip(checked.files, library.entries).flatMap { file, entry in readings[file]?.file.entries ?? [entry] }
            library.readings = checked.stale.compactMap { readings[$0] }
            library.stale = []
        }
        return library
    }

    /// Files up to this size are parsed before the screen starts (in a few milliseconds), so
    /// the first frame shows the article. A bigger one is loaded once the screen is up, away
    /// from the thread that reads keys: `q` and signals are answered while it parses.
    static let parsedBeforePaint = 1 << 20

    /// Reads `files` (standard input, or a lone file) before the screen starts, so that a file
    /// that cannot be read is reported there; what the store keeps of them is kept in the
    /// background (`readings`). Standard input that has not ended within a moment is read on
    /// in the background (`standardInput`).
    private static func readNow(_ files: [String], readPaths: Set<String>, session: LibrarySession, into library: inout Library) {
        for file in files {
            let source = ArticleSource(argument: file)
            let stamp = source.isFile ? FileStamp(path: StorePath.key(file)) : nil
            let isUnread = !readPaths.contains(StorePath.key(file))
            do throws(LoadError) {
                let bytes: [UInt8]
                switch source {
                case .standardInput:
                    let input = StandardInput(limit: session.sizeLimit, descriptor: session.input)
                    guard input.readBriefly() else {
                        library.entries.append(LibraryEntry(source: source))
                        library.standardInput = input
                        continue
                    }
                    let arrived = input.snapshot
                    if let failure = arrived.failure { throw failure }
                    bytes = try ArticleLoader.text(arrived.bytes, path: file)
                default:
                    bytes = try ArticleLoader.bytes(of: file, limit: session.sizeLimit)
                    if bytes.count > parsedBeforePaint {
                        var entry = LibraryEntry(source: source, isUnread: isUnread)
                        entry.isOnDisk = true
                        library.entries.append(entry)
                        if let stamp { session.stamps[file] = stamp }
                        continue
                    }
                }
                let reading = try FileReading(source, path: file, bytes: bytes, stamp: stamp, isUnread: isUnread, limit: session.sizeLimit)
                library.entries += reading.file.entries
                if reading.catalog != nil {
                    if let stamp { session.stamps[file] = stamp }
                    library.readings.append(reading)
                }
            } catch {
                library.errors.append(error)
            }
        }
    }

    /// Reads an entry's article again (the file may have changed since the start; refused
    /// past `limit` bytes) and says how it went, as the action the app state expects.
    static func load(_ entry: LibraryEntry, limit: SizeLimit) -> Action {
        // Standard input cannot be read twice, the samples are not files, and a feed item is
        // one of many in its file: those keep the article read at the start.
        guard case .file(let path) = entry.source, entry.article?.format != .feed else {
            guard let article = entry.article else { return .loadFailed(entry.id, "no article in it yet") }
            return .articleLoaded(entry.id, article)
        }
        do throws(LoadError) {
            // The file may have changed since the start; it is one article (not a feed).
            guard let article = try ArticleLoader.load(path, limit: limit).first else {
                return .loadFailed(entry.id, "no article any more")
            }
            return .articleLoaded(entry.id, article)
        } catch {
            return .loadFailed(entry.id, error.reason)
        }
    }
}
