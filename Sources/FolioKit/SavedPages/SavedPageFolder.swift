import Foundation

/// The folder of saved pages, `pages/` in the home library.
///
/// Each page is a file named after its title, holding the page exactly as it was fetched
/// (`Title.html`, `Title.md`, `Title.txt`); beside it a hidden record, `.Title.html.json`,
/// says where it came from (`SavedPageRecord`). Both are written atomically: to temporary files
/// first (`prepare`, flushed to disk), then named (`add`, `replace`). The record takes its name
/// first and so claims it; the page follows, so a page in the folder always has its record, and
/// a walk of the folder (which skips hidden files) sees pages only.
public struct SavedPageFolder: Sendable {
    /// The folder's path, without a trailing `/`.
    public let path: String

    /// The folder at `path`.
    public init(_ path: String) {
        self.path = path
    }

    /// The path of the record kept beside the page at `page`.
    public static func recordPath(forPage page: String) -> String {
        // Split at the last slash by hand: Foundation's `deletingLastPathComponent` traps on a
        // one-character name (`folio add` of an address ending in `/10` read a page named so).
        guard let slash = page.lastIndex(of: "/") else { return "." + page + ".json" }
        return page[...slash] + "." + page[page.index(after: slash)...] + ".json"
    }

    /// The address the page at `page` was fetched from (its record's final address, after
    /// redirects), when a readable record is kept beside it; nil for any other file. Costs one
    /// failed `access` for a file that is not a saved page.
    public static func address(ofPage page: String) -> String? {
        let record = recordPath(forPage: page)
        guard access(record, R_OK) == 0, let bytes = FileManager.default.contents(atPath: record) else { return nil }
        return SavedPageRecord(json: Array(bytes))?.finalURL
    }

    /// Every saved page that has a readable record, in no particular order.
    public func pages() -> [SavedPage] {
        let names = FolderNames.names(in: path).filter { name in
            name.hasPrefix(".") && name.hasSuffix(".json") && !name.hasPrefix(AtomicFile.temporaryPrefix) && name.count > 6
        }
        return names.compactMap { name in
            let page = path + "/" + String(name.dropFirst().dropLast(5))
            var status = stat()
            guard stat(page, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
                let bytes = FileManager.default.contents(atPath: path + "/" + name),
                let record = SavedPageRecord(json: Array(bytes))
            else { return nil }
            return SavedPage(path: page, record: record)
        }
    }

    /// Writes `body` and `record` to temporary files in the folder and flushes them to disk:
    /// the slow part of a save, which can run concurrently with others. `add` or `replace` then
    /// gives them their names.
    public func prepare(_ body: [UInt8], record: SavedPageRecord) throws(SaveError) -> PreparedPage {
        let destination = path + "/" + SavedPageName.stem(forTitle: record.title)
        return PreparedPage(
            page: try TemporaryFile(body, in: path, for: destination),
            record: try TemporaryFile(record.json(), in: path, for: destination), details: record)
    }

    /// Saves a new page: `body` as fetched, under a name made from `record.title` and unique in
    /// the folder, with `record` beside it. Returns the page's path.
    public func add(_ body: [UInt8], record: SavedPageRecord, fileExtension: String) throws(SaveError) -> String {
        try add(prepare(body, record: record), fileExtension: fileExtension)
    }

    /// Gives a prepared page a name made from its title and unique in the folder, its record
    /// first. Returns the page's path.
    public func add(_ prepared: PreparedPage, fileExtension: String) throws(SaveError) -> String {
        let stem = SavedPageName.stem(forTitle: prepared.details.title)
        var number = 1
        while true {
            let page = path + "/" + SavedPageName.candidate(stem, number: number, fileExtension: fileExtension)
            number += 1
            let recordPath = Self.recordPath(forPage: page)
            if exists(page) || exists(recordPath) { continue }
            do {
                try prepared.record.commit(to: recordPath, replacing: false)
            } catch .exists {
                continue
            }
            do {
                try prepared.page.commit(to: page, replacing: false)
            } catch {
                unlink(recordPath)
                if case .exists = error { continue }
                throw error
            }
            return page
        }
    }

    /// Replaces the saved page at `page` with `body` and its record with `record`; the name
    /// stays.
    public func replace(_ page: String, with body: [UInt8], record: SavedPageRecord) throws(SaveError) {
        try replace(page, with: prepare(body, record: record))
    }

    /// Replaces the saved page at `page` and its record with a prepared page; the name stays.
    public func replace(_ page: String, with prepared: PreparedPage) throws(SaveError) {
        try prepared.page.commit(to: page, replacing: true)
        try prepared.record.commit(to: Self.recordPath(forPage: page), replacing: true)
    }

    private func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }
}

/// A page and its record written to temporary files in the pages folder and flushed, waiting
/// for their names (`SavedPageFolder.add`, `replace`). Dropped unnamed, the files go.
public struct PreparedPage: Sendable {
    let page: TemporaryFile
    let record: TemporaryFile
    /// The record the page is kept with.
    public let details: SavedPageRecord
}
